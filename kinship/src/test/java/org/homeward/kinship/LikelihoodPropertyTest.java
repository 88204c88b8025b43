package org.homeward.kinship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** Peeling against brute-force enumeration on random small pedigrees, loops and all mutation models included. */
class LikelihoodPropertyTest {

    @RepeatedTest(300)
    void likelihoodEqualsEnumerationOfAllAlleleAssignments(RepetitionInfo info) {
        Random rnd = new Random(1000 + info.getCurrentRepetition());
        Pedigree ped = randomPedigree(rnd, 3 + rnd.nextInt(3));
        Marker m = randomMarker(rnd);
        int[] g = randomTyping(rnd, ped, m, 0.6);
        double expected = BruteForce.likelihood(ped, m, g);
        double got = Math.exp(Likelihoods.logLikelihood(ped, m, g));
        if (expected == 0) {
            assertThat(got).as(ped + " " + m).isZero();
        } else {
            assertThat(got / expected).as(ped + " " + m).isCloseTo(1.0, within(1e-12));
        }
    }

    @RepeatedTest(200)
    void genotypeDistributionEqualsEnumeration(RepetitionInfo info) {
        Random rnd = new Random(5000 + info.getCurrentRepetition());
        Pedigree ped = randomPedigree(rnd, 3 + rnd.nextInt(3));
        Marker m = randomMarker(rnd);
        int[] g = randomTyping(rnd, ped, m, 0.5);
        int person = rnd.nextInt(ped.size());
        g[person] = -1;
        if (BruteForce.likelihood(ped, m, g) == 0) {
            return;
        }
        double[] expected = BruteForce.distribution(ped, m, g, person);
        double[] got = Likelihoods.genotypeDistribution(ped, m, g, person);
        for (int x = 0; x < expected.length; x++) {
            assertThat(got[x]).as(ped + " " + m + " genotype " + m.genotypeLabel(x)).isCloseTo(expected[x], within(1e-13));
        }
    }

    @Test
    void firstCousinParentsFormALoopAndStayExact() {
        // GF+GM → S1, S2; S1+W1 → C1; S2+W2 → C2; C1+C2 → X (a marriage loop).
        Pedigree ped = Pedigree.builder()
                .founder("GF", Sex.MALE).founder("GM", Sex.FEMALE)
                .child("S1", Sex.MALE, "GF", "GM").child("S2", Sex.MALE, "GF", "GM")
                .founder("W1", Sex.FEMALE).founder("W2", Sex.FEMALE)
                .child("C1", Sex.MALE, "S1", "W1").child("C2", Sex.FEMALE, "S2", "W2")
                .child("X", Sex.MALE, "C1", "C2").build();
        Marker m = Marker.builder("L").allele("1", 0.2).allele("2", 0.8)
                .femaleMutation(MutationModel.equal(0.01)).maleMutation(MutationModel.proportional(0.02)).build();
        int[] g = new int[ped.size()];
        java.util.Arrays.fill(g, -1);
        g[ped.indexOf("X")] = Marker.genotypeIndex(0, 0);
        g[ped.indexOf("GM")] = Marker.genotypeIndex(0, 1);
        g[ped.indexOf("W2")] = Marker.genotypeIndex(1, 1);
        double expected = BruteForce.likelihood(ped, m, g);
        assertThat(Math.exp(Likelihoods.logLikelihood(ped, m, g)) / expected).isCloseTo(1.0, within(1e-12));
    }

    @RepeatedTest(50)
    void lrDoesNotDependOnLabelsOrOrder(RepetitionInfo info) {
        Random rnd = new Random(9000 + info.getCurrentRepetition());
        Pedigree ped = randomPedigree(rnd, 4 + rnd.nextInt(3));
        Marker m = randomMarker(rnd);
        int missing = ped.size() - 1;
        Map<String, Profile> refs = new HashMap<>();
        for (int i = 0; i < missing; i++) {
            if (rnd.nextDouble() < 0.5) {
                int a = rnd.nextInt(m.alleleCount());
                int b = rnd.nextInt(m.alleleCount());
                refs.put(ped.id(i), Profile.builder(ped.id(i)).put("L", m.allele(a), m.allele(b)).build());
            }
        }
        Profile remains = Profile.builder("R").put("L", m.allele(0), m.allele(m.alleleCount() - 1)).build();
        double lr;
        try {
            lr = ReferenceFamily.prepare(ped, ped.id(missing), List.of(m), refs).lr(remains).lr();
        } catch (KinshipInputException impossible) {
            return;
        }
        // Rename everybody and rebuild the pedigree from a shuffled list of persons.
        Pedigree renamed = ped.relabel(id -> "p_" + id);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < renamed.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, rnd);
        Pedigree.Builder b = Pedigree.builder();
        for (int i : order) {
            b.person(renamed.id(i), renamed.sex(i), renamed.isFounder(i) ? null : renamed.id(renamed.father(i)),
                    renamed.isFounder(i) ? null : renamed.id(renamed.mother(i)));
        }
        Pedigree shuffled = b.build();
        Map<String, Profile> renamedRefs = new HashMap<>();
        refs.forEach((k, v) -> renamedRefs.put("p_" + k, new Profile("p_" + k, v.genotypes())));
        double again = ReferenceFamily.prepare(shuffled, "p_" + ped.id(missing), List.of(m), renamedRefs).lr(remains).lr();
        if (lr == 0) {
            assertThat(again).isZero();
        } else {
            assertThat(again / lr).isCloseTo(1.0, within(1e-12));
        }
    }

    /** Founders, then children of random existing couples: inbreeding loops arise often. */
    static Pedigree randomPedigree(Random rnd, int size) {
        List<String> males = new ArrayList<>();
        List<String> females = new ArrayList<>();
        Pedigree.Builder b = Pedigree.builder();
        b.founder("m0", Sex.MALE).founder("f0", Sex.FEMALE);
        males.add("m0");
        females.add("f0");
        for (int i = 2; i < size; i++) {
            Sex sex = rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            String id = (sex == Sex.MALE ? "m" : "f") + i;
            if (rnd.nextDouble() < 0.25) {
                b.founder(id, sex);
            } else {
                b.child(id, sex, males.get(rnd.nextInt(males.size())), females.get(rnd.nextInt(females.size())));
            }
            (sex == Sex.MALE ? males : females).add(id);
        }
        return b.build();
    }

    static Marker randomMarker(Random rnd) {
        int k = 2 + rnd.nextInt(2);
        double[] w = new double[k];
        double s = 0;
        for (int i = 0; i < k; i++) {
            w[i] = 0.2 + rnd.nextDouble();
            s += w[i];
        }
        Marker.Builder b = Marker.builder("L");
        String[] names = rnd.nextBoolean() ? new String[] {"9", "10", "10.2", "11"} : new String[] {"12", "13", "14", "15"};
        for (int i = 0; i < k; i++) {
            b.allele(names[i], w[i] / s);
        }
        return b.femaleMutation(randomModel(rnd, names[0].equals("9") && k > 2)).maleMutation(randomModel(rnd, names[0].equals("9") && k > 2)).build();
    }

    private static MutationModel randomModel(Random rnd, boolean microvariants) {
        double r = rnd.nextDouble() * 0.05;
        return switch (rnd.nextInt(microvariants ? 4 : 5)) {
            case 0 -> MutationModel.NONE;
            case 1 -> MutationModel.equal(r);
            case 2 -> MutationModel.proportional(r);
            case 3 -> MutationModel.stepwise(r, 0.1 + rnd.nextDouble() * 0.8, rnd.nextDouble() * 0.01);
            default -> MutationModel.onestep(r);
        };
    }

    static int[] randomTyping(Random rnd, Pedigree ped, Marker m, double share) {
        int[] g = new int[ped.size()];
        for (int i = 0; i < g.length; i++) {
            g[i] = rnd.nextDouble() < share ? rnd.nextInt(m.genotypeCount()) : -1;
        }
        return g;
    }
}
