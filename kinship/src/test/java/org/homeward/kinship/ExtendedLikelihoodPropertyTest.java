package org.homeward.kinship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * The extended model's engine against enumeration of its definition on random small pedigrees
 * (loops included) with random mutation models: X markers, θ, founder inbreeding, genotypes with
 * one unobserved allele and linked pairs, alone and mixed as the model allows.
 */
class ExtendedLikelihoodPropertyTest {

    @RepeatedTest(150)
    void xMarkersInbreedingAndPartialGenotypesEqualEnumeration(RepetitionInfo info) {
        Random rnd = new Random(20_000 + info.getCurrentRepetition());
        Pedigree ped = LikelihoodPropertyTest.randomPedigree(rnd, 3 + rnd.nextInt(3));
        Chromosome chromosome = rnd.nextBoolean() ? Chromosome.X : Chromosome.AUTOSOMAL;
        InheritanceUnit unit = InheritanceUnit.of(LikelihoodPropertyTest.randomMarker(rnd), chromosome);
        check(ped, unit, randomInbreeding(rnd, ped), 0, rnd);
    }

    @RepeatedTest(150)
    void thetaEqualsEnumerationOfOneUrnOverAllFounders(RepetitionInfo info) {
        Random rnd = new Random(30_000 + info.getCurrentRepetition());
        Pedigree ped = LikelihoodPropertyTest.randomPedigree(rnd, 3 + rnd.nextInt(3));
        InheritanceUnit unit = InheritanceUnit.of(LikelihoodPropertyTest.randomMarker(rnd), Chromosome.AUTOSOMAL);
        check(ped, unit, Map.of(), 0.001 + 0.3 * rnd.nextDouble(), rnd);
    }

    @RepeatedTest(100)
    void linkedPairsEqualEnumeration(RepetitionInfo info) {
        Random rnd = new Random(40_000 + info.getCurrentRepetition());
        Pedigree ped = LikelihoodPropertyTest.randomPedigree(rnd, 3 + rnd.nextInt(2));
        Chromosome chromosome = rnd.nextInt(3) == 0 ? Chromosome.X : Chromosome.AUTOSOMAL;
        Marker a = twoAlleles(rnd, "A");
        Marker b = twoAlleles(rnd, "B");
        check(ped, InheritanceUnit.linked("A+B", chromosome, a, b, 0.5 * rnd.nextDouble()), Map.of(), 0, rnd);
    }

    private static void check(Pedigree ped, InheritanceUnit unit, Map<String, FounderInbreeding> inbreeding,
                              double theta, Random rnd) {
        Observation[][] obs = new Observation[ped.size()][unit.markers().size()];
        Map<String, Map<String, Observation>> typed = new LinkedHashMap<>();
        for (int i = 0; i < ped.size(); i++) {
            for (int m = 0; m < unit.markers().size(); m++) {
                if (rnd.nextDouble() < 0.6) {
                    obs[i][m] = randomObservation(rnd, unit.markers().get(m),
                            unit.chromosome() == Chromosome.X && ped.sex(i) == Sex.MALE);
                    typed.computeIfAbsent(ped.id(i), k -> new HashMap<>()).put(unit.markers().get(m).name(), obs[i][m]);
                }
            }
        }
        double expected = ExtendedBruteForce.likelihood(ped, unit, obs, inbreeding, theta);
        double got = Math.exp(UnitLikelihood.logLikelihood(ped, unit, typed, inbreeding, theta));
        String what = ped + " " + unit + " θ " + theta + " " + inbreeding + " " + typed;
        if (expected == 0) {
            assertThat(got).as(what).isZero();
        } else {
            assertThat(got / expected).as(what).isCloseTo(1.0, within(1e-11));
        }
    }

    private static Observation randomObservation(Random rnd, Marker m, boolean hemizygous) {
        String a = m.allele(rnd.nextInt(m.alleleCount()));
        if (hemizygous) {
            return Observation.hemizygous(a);
        }
        return rnd.nextInt(3) == 0 ? Observation.oneUnobserved(a) : Observation.pair(a, m.allele(rnd.nextInt(m.alleleCount())));
    }

    private static Map<String, FounderInbreeding> randomInbreeding(Random rnd, Pedigree ped) {
        Map<String, FounderInbreeding> out = new HashMap<>();
        for (int i = 0; i < ped.size(); i++) {
            if (ped.isFounder(i) && rnd.nextBoolean()) {
                out.put(ped.id(i), new FounderInbreeding(rnd.nextDouble() * 0.5,
                        ped.sex(i) == Sex.FEMALE ? rnd.nextDouble() * 0.5 : 0));
            }
        }
        return out;
    }

    private static Marker twoAlleles(Random rnd, String name) {
        double p = 0.2 + 0.6 * rnd.nextDouble();
        List<MutationModel> models = List.of(MutationModel.NONE, MutationModel.equal(0.05 * rnd.nextDouble()),
                MutationModel.onestep(0.05 * rnd.nextDouble()));
        return Marker.builder(name).allele("10", p).allele("11", 1 - p)
                .femaleMutation(models.get(rnd.nextInt(3))).maleMutation(models.get(rnd.nextInt(3))).build();
    }
}
