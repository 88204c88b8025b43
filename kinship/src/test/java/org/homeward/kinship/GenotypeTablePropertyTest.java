package org.homeward.kinship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * {@link Hypothesis#logJointByGenotype} (one computation for every genotype, θ's urn as a mixture over
 * partitions of the founder alleles) against the per-genotype likelihood with the urn's joint table
 * ({@link Hypothesis#logLikelihood} with the person typed as each genotype in turn), on random small
 * pedigrees (loops included), with random mutation models (stepwise: nothing lumps), θ and
 * observations (full and partial genotypes).
 */
class GenotypeTablePropertyTest {

    @RepeatedTest(200)
    void everyGenotypeEqualsItsOwnLikelihood(RepetitionInfo info) {
        Random rnd = new Random(70_000 + info.getCurrentRepetition());
        Pedigree ped = LikelihoodPropertyTest.randomPedigree(rnd, 3 + rnd.nextInt(4));
        Marker marker = rnd.nextBoolean() ? LikelihoodPropertyTest.randomMarker(rnd) : stepwise(rnd, 3 + rnd.nextInt(3));
        double theta = rnd.nextInt(5) == 0 ? 0 : 0.001 + 0.3 * rnd.nextDouble();
        int query = rnd.nextInt(ped.size());
        Map<String, Map<String, Observation>> typed = new LinkedHashMap<>();
        for (int i = 0; i < ped.size(); i++) {
            if (i != query && rnd.nextDouble() < 0.5) {
                String a = marker.allele(rnd.nextInt(marker.alleleCount()));
                Observation o = rnd.nextInt(4) == 0 ? Observation.oneUnobserved(a)
                        : Observation.pair(a, marker.allele(rnd.nextInt(marker.alleleCount())));
                typed.put(ped.id(i), Map.of(marker.name(), o));
            }
        }
        Hypothesis h = Hypothesis.of(ped);
        InheritanceUnit unit = InheritanceUnit.of(marker, Chromosome.AUTOSOMAL);
        double[] table = h.logJointByGenotype(marker, typed, ped.id(query), theta);
        assertThat(table).hasSize(marker.genotypeCount());
        for (int g = 0; g < table.length; g++) {
            Map<String, Map<String, Observation>> withQuery = new LinkedHashMap<>(typed);
            withQuery.put(ped.id(query), Map.of(marker.name(),
                    Observation.pair(marker.allele(Marker.lowerAllele(g)), marker.allele(Marker.upperAllele(g)))));
            double expected = h.logLikelihood(unit, withQuery, theta);
            String what = ped + " θ " + theta + " " + typed + " " + ped.id(query) + " genotype " + g;
            if (expected == Double.NEGATIVE_INFINITY) {
                assertThat(table[g]).as(what).isEqualTo(Double.NEGATIVE_INFINITY);
            } else {
                assertThat(Math.exp(table[g] - expected)).as(what).isCloseTo(1.0, within(1e-12));
            }
        }
    }

    @Test
    void tooManyFounderAllelesAreComputedOneGenotypeAtATime() {
        // Six untyped founders with two typed children each: twelve founder alleles, 4,213,597 partitions.
        Pedigree.Builder b = Pedigree.builder();
        Map<String, Map<String, Observation>> typed = new LinkedHashMap<>();
        Marker marker = LikelihoodPropertyTest.randomMarker(new Random(1));
        Observation o = Observation.pair(marker.allele(0), marker.allele(1));
        for (int c = 0; c < 3; c++) {
            b.founder("F" + c, Sex.MALE).founder("M" + c, Sex.FEMALE);
            for (int k = 0; k < 2; k++) {
                b.child("C" + c + k, Sex.FEMALE, "F" + c, "M" + c);
                typed.put("C" + c + k, Map.of(marker.name(), o));
            }
        }
        Pedigree ped = b.founder("Q", Sex.MALE).build();
        // Too many partitions for the mixture: the table is computed one genotype at a time, the urn as one table.
        double[] table = Hypothesis.of(ped).logJointByGenotype(marker, typed, "Q", 0.01);
        InheritanceUnit unit = InheritanceUnit.of(marker, Chromosome.AUTOSOMAL);
        for (int g = 0; g < table.length; g++) {
            Map<String, Map<String, Observation>> withQ = new LinkedHashMap<>(typed);
            withQ.put("Q", Map.of(marker.name(), Observation.pair(marker.allele(Marker.lowerAllele(g)), marker.allele(Marker.upperAllele(g)))));
            assertThat(table[g]).as("genotype %d", g).isEqualTo(Hypothesis.of(ped).logLikelihood(unit, withQ, 0.01));
        }
        assertThat(Hypothesis.of(ped).logJointByGenotype(marker, typed, "Q", 0)).doesNotContain(Double.NEGATIVE_INFINITY);
    }

    /** Stepwise mutation that differs by sex: the unseen alleles cannot be lumped. */
    private static Marker stepwise(Random rnd, int k) {
        return ExtendedBruteForce.smallMarker(rnd, "L", k, MutationModel.stepwise(0.02 * rnd.nextDouble(), 0.1 + 0.8 * rnd.nextDouble(), 0.001),
                MutationModel.stepwise(0.05 * rnd.nextDouble(), 0.1 + 0.8 * rnd.nextDouble(), 0.001));
    }
}
