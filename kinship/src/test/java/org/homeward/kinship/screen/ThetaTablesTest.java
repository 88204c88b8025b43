package org.homeward.kinship.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.homeward.kinship.AllelePair;
import org.homeward.kinship.Chromosome;
import org.homeward.kinship.ExtendedBruteForce;
import org.homeward.kinship.Hypothesis;
import org.homeward.kinship.InheritanceUnit;
import org.homeward.kinship.Marker;
import org.homeward.kinship.MutationModel;
import org.homeward.kinship.Observation;
import org.homeward.kinship.sim.ReferenceConfiguration;
import org.homeward.kinship.sim.SimulatedFamily;
import org.homeward.kinship.sim.Simulator;
import org.junit.jupiter.api.Test;

/**
 * The θ tables (one computation per side for all genotypes) against the identification LR computed
 * genotype by genotype with the urn's joint table ({@link Hypothesis#missingPersonLr}), for every
 * family shape the simulator makes, untyped founders included, under stepwise mutation (no lumping).
 */
class ThetaTablesTest {

    @Test
    void everyGenotypesEntryIsItsOwnIdentificationLr() {
        Random rnd = new Random(18);
        List<Marker> markers = List.of(marker(rnd, "A", 5), marker(rnd, "B", 6));
        Simulator sim = new Simulator(markers, 18);
        int checked = 0;
        for (ReferenceConfiguration shape : ReferenceConfiguration.values()) {
            for (double theta : new double[] {0.01, 0.2}) {
                SimulatedFamily f = sim.family("F", shape);
                int mp = f.pedigree().indexOf(f.missingPerson());
                for (Marker m : markers) {
                    double[] table = ThetaTables.log10Lr(f.pedigree(), mp, m, f.references(), theta);
                    Map<String, Map<String, Observation>> refs = new LinkedHashMap<>();
                    f.references().forEach((id, p) -> {
                        AllelePair pair = p.genotypes().get(m.name());
                        refs.put(id, Map.of(m.name(), Observation.pair(pair)));
                    });
                    for (int g = 0; g < m.genotypeCount(); g++) {
                        Observation remains = Observation.pair(m.allele(Marker.lowerAllele(g)), m.allele(Marker.upperAllele(g)));
                        double expected = Hypothesis.of(f.pedigree()).missingPersonLr(f.missingPerson(),
                                List.of(InheritanceUnit.of(m, Chromosome.AUTOSOMAL)), refs, Map.of(m.name(), remains), theta).log10Lr();
                        String what = shape + " θ " + theta + " " + m.name() + " genotype " + g;
                        if (expected == Double.NEGATIVE_INFINITY) {
                            assertThat(table[g]).as(what).isEqualTo(expected);
                        } else {
                            // 1e-12 relative on the LR
                            assertThat(table[g]).as(what).isCloseTo(expected, within(1e-12 / Math.log(10)));
                        }
                        checked++;
                    }
                    assertThat(table[m.genotypeCount()]).isZero();
                }
            }
        }
        assertThat(checked).isEqualTo(ReferenceConfiguration.values().length * 2 * (15 + 21));
    }

    private static Marker marker(Random rnd, String name, int alleles) {
        return ExtendedBruteForce.smallMarker(rnd, name, alleles, MutationModel.stepwise(0.01, 0.3, 0.001),
                MutationModel.stepwise(0.03, 0.2, 0.001));
    }
}
