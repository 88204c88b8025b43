package org.homeward.kinship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Sharing untyped founders' sides across families never changes a number: warm caches give what empty ones give, bit for bit. */
class FounderSidesTest {

    @Test
    void aPosteriorIsTheSameWhetherItsFounderSidesWereCachedOrNot() {
        for (long markerSeed = 1; markerSeed <= 20; markerSeed++) {
            Marker shared = NuclearPosteriorTest.randomMarker(new Random(markerSeed));
            Random rnd = new Random(markerSeed * 7919);
            int compared = 0;
            for (int trial = 0; trial < 150; trial++) {
                List<String> candidates = new ArrayList<>();
                Pedigree ped = NuclearPosteriorTest.randomFamily(rnd, candidates);
                int[] genotypes = NuclearPosteriorTest.randomGenotypes(rnd, ped, shared.alleleCount(), candidates);
                int mp = ped.indexOf("MP");
                for (boolean mendelian : new boolean[] {false, true}) {
                    // The shared marker's caches fill as the trials go; a fresh equal marker starts empty.
                    Marker fresh = NuclearPosteriorTest.randomMarker(new Random(markerSeed));
                    double[] warm = NuclearPosterior.posterior(ped, shared, genotypes, mp, mendelian);
                    double[] cold = NuclearPosterior.posterior(ped, fresh, genotypes, mp, mendelian);
                    if (warm == null) {
                        assertThat(cold).isNull();
                        continue;
                    }
                    compared++;
                    assertThat(warm).as("%s %s", ped, java.util.Arrays.toString(genotypes)).containsExactly(cold);
                }
            }
            assertThat(compared).isGreaterThan(50);
        }
    }
}
