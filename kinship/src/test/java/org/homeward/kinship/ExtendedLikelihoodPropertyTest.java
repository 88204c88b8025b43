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

    /** A silent allele at the marker; a pair of monozygotic twins (a new child sharing an existing child's parents and sex). */
    @RepeatedTest(100)
    void silentAllelesAndMonozygoticTwinsEqualEnumeration(RepetitionInfo info) {
        Random rnd = new Random(50_000 + info.getCurrentRepetition());
        Pedigree base = LikelihoodPropertyTest.randomPedigree(rnd, 3 + rnd.nextInt(2));
        Marker marker = LikelihoodPropertyTest.randomMarker(rnd);
        InheritanceUnit unit = InheritanceUnit.of(marker, rnd.nextBoolean() ? Chromosome.X : Chromosome.AUTOSOMAL)
                .withSilentAllele("L", marker.allele(marker.alleleCount() - 1));
        Map<String, String> twins = new HashMap<>();
        Pedigree ped = base;
        for (int i = 0; i < base.size(); i++) {
            if (!base.isFounder(i)) {
                ped = withChild(base, "twin", base.sex(i), base.id(base.father(i)), base.id(base.mother(i)));
                twins.put("twin", base.id(i));
                break;
            }
        }
        Hypothesis h = new Hypothesis(ped, Map.of(), twins);
        int[] coTwin = new int[ped.size()];
        java.util.Arrays.fill(coTwin, -1);
        twins.forEach((t, c) -> coTwin[h.pedigree().indexOf(t)] = h.pedigree().indexOf(c));
        Observation[][] obs = new Observation[ped.size()][1];
        Map<String, Map<String, Observation>> typed = new LinkedHashMap<>();
        for (int i = 0; i < ped.size(); i++) {
            if (rnd.nextDouble() < 0.6) {
                boolean hemizygous = unit.chromosome() == Chromosome.X && ped.sex(i) == Sex.MALE;
                String a = marker.allele(rnd.nextInt(marker.alleleCount() - 1));
                String b = marker.allele(rnd.nextInt(marker.alleleCount() - 1));
                obs[i][0] = hemizygous ? Observation.hemizygous(a) : rnd.nextBoolean() ? Observation.pair(a, a) : Observation.pair(a, b);
                typed.put(ped.id(i), Map.of("L", obs[i][0]));
            }
        }
        double expected = ExtendedBruteForce.likelihood(ped, unit, obs, Map.of(), coTwin, new DropoutModel[ped.size()], 0);
        double got = Math.exp(h.logLikelihood(unit, typed, 0));
        String what = ped + " twins " + twins + " " + unit + " " + typed;
        if (expected == 0) {
            assertThat(got).as(what).isZero();
        } else {
            assertThat(got / expected).as(what).isCloseTo(1.0, within(1e-11));
        }
    }

    /** Samples under a dropout and drop-in model, alone or with θ (fewer repetitions: four alleles make enumeration slow). */
    @RepeatedTest(25)
    void dropoutAndDropInEqualEnumeration(RepetitionInfo info) {
        Random rnd = new Random(60_000 + info.getCurrentRepetition());
        Pedigree ped = LikelihoodPropertyTest.randomPedigree(rnd, 3 + rnd.nextInt(2));
        // Four alleles, so that alleles seen in nobody are several (where lumping would go wrong).
        Marker marker = Marker.builder("L").allele("9", 0.1).allele("10", 0.2).allele("11", 0.3).allele("12", 0.4)
                .femaleMutation(MutationModel.equal(0.02)).maleMutation(MutationModel.proportional(0.03)).build();
        boolean theta = rnd.nextBoolean();
        InheritanceUnit unit = InheritanceUnit.of(marker, theta || rnd.nextBoolean() ? Chromosome.AUTOSOMAL : Chromosome.X);
        Observation[][] obs = new Observation[ped.size()][1];
        DropoutModel[] dropout = new DropoutModel[ped.size()];
        Map<String, Map<String, Observation>> typed = new LinkedHashMap<>();
        Map<String, DropoutModel> models = new HashMap<>();
        for (int i = 0; i < ped.size(); i++) {
            if (rnd.nextDouble() < 0.6) {
                boolean hemizygous = unit.chromosome() == Chromosome.X && ped.sex(i) == Sex.MALE;
                String a = marker.allele(rnd.nextInt(2));
                obs[i][0] = hemizygous ? Observation.hemizygous(a) : Observation.pair(a, marker.allele(rnd.nextInt(2)));
                typed.put(ped.id(i), Map.of("L", obs[i][0]));
                if (rnd.nextBoolean()) {
                    dropout[i] = new DropoutModel(0.5 * rnd.nextDouble(), 0.3 * rnd.nextDouble(), 0.2 * rnd.nextDouble());
                    models.put(ped.id(i), dropout[i]);
                }
            }
        }
        double t = theta ? 0.2 * rnd.nextDouble() : 0;
        double expected = ExtendedBruteForce.likelihood(ped, unit, obs, Map.of(), noTwins(ped), dropout, t);
        double got = Math.exp(UnitLikelihood.logLikelihood(ped, unit, typed, Map.of(), Map.of(), models, t));
        String what = ped + " " + unit + " θ " + t + " " + typed + " " + models;
        if (expected == 0) {
            assertThat(got).as(what).isZero();
        } else {
            assertThat(got / expected).as(what).isCloseTo(1.0, within(1e-11));
        }
    }

    private static int[] noTwins(Pedigree ped) {
        int[] none = new int[ped.size()];
        java.util.Arrays.fill(none, -1);
        return none;
    }

    private static Pedigree withChild(Pedigree ped, String id, Sex sex, String father, String mother) {
        Pedigree.Builder b = Pedigree.builder();
        for (int i = 0; i < ped.size(); i++) {
            b.person(ped.id(i), ped.sex(i), ped.isFounder(i) ? null : ped.id(ped.father(i)), ped.isFounder(i) ? null : ped.id(ped.mother(i)));
        }
        return b.child(id, sex, father, mother).build();
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
        double got = Math.exp(UnitLikelihood.logLikelihood(ped, unit, typed, inbreeding, Map.of(), Map.of(), theta));
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
