package org.homeward.kinship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The closed form against the general variable elimination, on random families of every covered shape and some others. */
class NuclearPosteriorTest {

    static Marker randomMarker(Random rnd) {
        int k = 2 + rnd.nextInt(9);
        double[] w = new double[k];
        double s = 0;
        for (int i = 0; i < k; i++) {
            w[i] = 0.02 + rnd.nextDouble();
            s += w[i];
        }
        Marker.Builder b = Marker.builder("M");
        for (int i = 0; i < k; i++) {
            b.allele(String.valueOf(10 + i), w[i] / s);
        }
        return b.femaleMutation(model(rnd)).maleMutation(model(rnd)).build();
    }

    static MutationModel model(Random rnd) {
        return switch (rnd.nextInt(5)) {
            case 0 -> MutationModel.NONE;
            case 1 -> MutationModel.stepwise(0.002 + 0.05 * rnd.nextDouble(), 0.3, 1e-4);
            case 2 -> MutationModel.proportional(0.001 + 0.01 * rnd.nextDouble());
            case 3 -> MutationModel.onestep(0.01 + 0.1 * rnd.nextDouble());
            default -> MutationModel.equal(0.01 + 0.1 * rnd.nextDouble());
        };
    }

    /** A missing person MP with parents (maybe with grandparents), full and half siblings, or as a founder with children. */
    static Pedigree randomFamily(Random rnd, List<String> candidates) {
        Pedigree.Builder b = Pedigree.builder();
        Sex mpSex = rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        int shape = rnd.nextInt(6);
        if (shape == 0) { // MP a founder with children by one or two partners
            b.founder("MP", mpSex);
            Sex other = mpSex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
            int partners = 1 + rnd.nextInt(2);
            for (int p = 0; p < partners; p++) {
                b.founder("P" + p, other);
                candidates.add("P" + p);
            }
            int children = 1 + rnd.nextInt(3);
            for (int c = 0; c < children; c++) {
                String partner = "P" + rnd.nextInt(partners);
                b.child("C" + c, c == 0 ? Sex.MALE : rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE,
                        mpSex == Sex.MALE ? "MP" : partner, mpSex == Sex.MALE ? partner : "MP");
                candidates.add("C" + c);
            }
            if (rnd.nextInt(4) == 0) { // a typed grandchild: not covered
                b.founder("X", Sex.FEMALE).child("GC", Sex.MALE, "C0", "X");
                candidates.add("GC");
            }
            return b.build();
        }
        parent(b, rnd, "F", Sex.MALE, candidates);
        parent(b, rnd, "Mo", Sex.FEMALE, candidates);
        b.child("MP", mpSex, "F", "Mo");
        int full = rnd.nextInt(4);
        for (int s = 0; s < full; s++) {
            b.child("S" + s, s == 0 ? Sex.FEMALE : rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE, "F", "Mo");
            candidates.add("S" + s);
        }
        int halfF = rnd.nextInt(3);
        int mothers = 1 + rnd.nextInt(2);
        for (int m = 0; m < mothers && halfF > 0; m++) {
            b.founder("HM" + m, Sex.FEMALE);
            candidates.add("HM" + m);
        }
        for (int s = 0; s < halfF; s++) {
            b.child("HF" + s, rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE, "F", "HM" + rnd.nextInt(mothers));
            candidates.add("HF" + s);
        }
        int halfM = rnd.nextInt(2);
        for (int s = 0; s < halfM; s++) {
            b.founder("HP" + s, Sex.MALE).child("HM_" + s, rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE, "HP" + s, "Mo");
            candidates.add("HM_" + s);
            candidates.add("HP" + s);
        }
        if (shape == 5) { // a typed cousin through the paternal grandparents, or a niece: not covered
            if (candidates.contains("GF_F")) {
                b.founder("A", Sex.FEMALE).child("U", Sex.MALE, "GF_F", "GM_F").child("Cz", Sex.MALE, "U", "A");
                candidates.add("Cz");
            } else if (full > 0) {
                b.founder("A", Sex.MALE).child("N", Sex.FEMALE, "A", "S0");
                candidates.add("N");
            }
        }
        return b.build();
    }

    /** Random genotypes for about two thirds of the candidates, −1 (untyped) for everyone else. */
    static int[] randomGenotypes(Random rnd, Pedigree ped, int k, List<String> candidates) {
        int[] genotypes = new int[ped.size()];
        java.util.Arrays.fill(genotypes, -1);
        for (String c : candidates) {
            if (rnd.nextInt(3) > 0) {
                genotypes[ped.indexOf(c)] = Marker.genotypeIndex(rnd.nextInt(k), rnd.nextInt(k));
            }
        }
        return genotypes;
    }

    private static void parent(Pedigree.Builder b, Random rnd, String id, Sex sex, List<String> candidates) {
        if (rnd.nextInt(3) == 0) {
            b.founder("GF_" + id, Sex.MALE).founder("GM_" + id, Sex.FEMALE).child(id, sex, "GF_" + id, "GM_" + id);
            candidates.add("GF_" + id);
            candidates.add("GM_" + id);
        } else {
            b.founder(id, sex);
        }
        candidates.add(id);
    }

    @Test
    void theClosedFormEqualsVariableEliminationOnEveryShapeItAccepts() {
        Random rnd = new Random(19);
        int closed = 0;
        int declined = 0;
        for (int trial = 0; trial < 4000; trial++) {
            List<String> candidates = new ArrayList<>();
            Pedigree ped = randomFamily(rnd, candidates);
            Marker marker = randomMarker(rnd);
            int[] genotypes = randomGenotypes(rnd, ped, marker.alleleCount(), candidates);
            int mp = ped.indexOf("MP");
            for (boolean mendelian : new boolean[] {false, true}) {
                double[] fast = NuclearPosterior.posterior(ped, marker, genotypes, mp, mendelian);
                Marker m = mendelian ? marker.withoutMutation() : marker;
                double[] general = MarkerLikelihood.compute(ped, m, genotypes, mp).posterior();
                if (fast == null) {
                    declined++;
                    continue;
                }
                closed++;
                assertThat(general).as("%s %s", ped, java.util.Arrays.toString(genotypes)).isNotNull();
                for (int g = 0; g < general.length; g++) {
                    if (general[g] == 0) {
                        assertThat(fast[g]).as("%s genotype %d", ped, g).isZero();
                    } else {
                        assertThat(Math.abs(fast[g] - general[g])).as("%s genotype %d", ped, g)
                                .isLessThanOrEqualTo(1e-12 * general[g]);
                    }
                }
            }
        }
        // Most draws are covered; the rest are shapes it leaves to the general engine or impossible genotypes.
        assertThat(closed).isGreaterThan(3000);
        assertThat(declined).isGreaterThan(1500);
    }

    @Test
    void theMendelianSetReadOffTheSidesIsExactlyTheGenotypesTheGeneralEngineGivesAPositiveProbabilityWithoutMutation() {
        Random rnd = new Random(23);
        int covered = 0;
        int inconsistent = 0;
        for (int trial = 0; trial < 4000; trial++) {
            List<String> candidates = new ArrayList<>();
            Pedigree ped = randomFamily(rnd, candidates);
            Marker marker = randomMarker(rnd);
            int[] genotypes = randomGenotypes(rnd, ped, marker.alleleCount(), candidates);
            int mp = ped.indexOf("MP");
            boolean[] fast = NuclearPosterior.compatible(ped, marker, genotypes, mp);
            double[] closed = NuclearPosterior.posterior(ped, marker, genotypes, mp, true);
            double[] general = MarkerLikelihood.compute(ped, marker.withoutMutation(), genotypes, mp).posterior();
            if (fast == null) {
                assertThat(closed).as("a shape the sides decline is declined by the closed form too").isNull();
                continue;
            }
            covered++;
            boolean any = false;
            for (int g = 0; g < fast.length; g++) {
                boolean expected = general != null && general[g] > 0;
                assertThat(fast[g]).as("%s %s genotype %d", ped, java.util.Arrays.toString(genotypes), g).isEqualTo(expected);
                if (closed != null) {
                    assertThat(fast[g]).isEqualTo(closed[g] > 0);
                }
                any |= fast[g];
            }
            inconsistent += any ? 0 : 1;
        }
        assertThat(covered).isGreaterThan(2000);
        assertThat(inconsistent).as("references inconsistent without mutation: no genotype at all").isGreaterThan(100);
    }

    @Test
    void loopsAndGrandchildrenGoToTheGeneralEngine() {
        Marker marker = Marker.builder("M").allele("1", 0.5).allele("2", 0.3).allele("3", 0.2).build();
        Pedigree cousins = Pedigree.builder().founder("GF", Sex.MALE).founder("GM", Sex.FEMALE)
                .child("F", Sex.MALE, "GF", "GM").child("U", Sex.MALE, "GF", "GM").founder("Mo", Sex.FEMALE)
                .founder("A", Sex.FEMALE).child("MP", Sex.MALE, "F", "Mo").child("C", Sex.MALE, "U", "A").build();
        int[] g = {-1, -1, -1, -1, -1, -1, -1, Marker.genotypeIndex(0, 1)};
        assertThat(NuclearPosterior.posterior(cousins, marker, g, cousins.indexOf("MP"), false)).isNull();
        Pedigree grandchild = Pedigree.builder().founder("MP", Sex.MALE).founder("W", Sex.FEMALE)
                .child("C", Sex.FEMALE, "MP", "W").founder("H", Sex.MALE).child("GC", Sex.MALE, "H", "C").build();
        int[] h = {-1, -1, -1, -1, Marker.genotypeIndex(1, 2)};
        assertThat(NuclearPosterior.posterior(grandchild, marker, h, 0, false)).isNull();
        assertThat(Likelihoods.genotypeDistribution(grandchild, marker, h, 0))
                .containsExactly(MarkerLikelihood.compute(grandchild, marker, h, 0).posterior());
    }
}
