package org.homeward.kinship.dvi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.homeward.kinship.Marker;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;
import org.junit.jupiter.api.Test;

/** The joint-identification rules where the reference implementation (R package dvir) is specific, on its own data and values. */
class ReferenceRulesTest {

    /**
     * dvir's {@code example2}: one marker of ten alleles at 0.1; victims V1 = 1/1 ♂, V2 = 1/2 ♂,
     * V3 = 3/4 ♀; family F1 is M1 + R1 (2/2) with son M2, family F2 is R2 (3/3) + MO2 with daughter
     * M3. Pairwise LRs: V2 = M2 and V3 = M3 are 5, V1 = M1 and V2 = M1 are 1.
     */
    static DviProblem example2() {
        Marker.Builder b = Marker.builder("L1");
        for (int a = 1; a <= 10; a++) {
            b.allele(Integer.toString(a), 0.1);
        }
        Marker l1 = b.build();
        Pedigree f1 = Pedigree.builder().founder("M1", Sex.MALE).founder("R1", Sex.FEMALE).child("M2", Sex.MALE, "M1", "R1").build();
        Pedigree f2 = Pedigree.builder().founder("R2", Sex.MALE).founder("MO2", Sex.FEMALE).child("M3", Sex.FEMALE, "R2", "MO2").build();
        return DviProblem.of(List.of(l1),
                List.of(victim("V1", "1", "1", Sex.MALE), victim("V2", "1", "2", Sex.MALE), victim("V3", "3", "4", Sex.FEMALE)),
                List.of(new DviProblem.Family("F1", f1, List.of("M1", "M2"), Map.of("R1", profile("R1", "2", "2"))),
                        new DviProblem.Family("F2", f2, List.of("M3"), Map.of("R2", profile("R2", "3", "3")))),
                List.of());
    }

    private static Profile profile(String id, String a, String b) {
        return Profile.builder(id).put("L1", a, b).build();
    }

    private static DviProblem.Victim victim(String id, String a, String b, Sex sex) {
        return new DviProblem.Victim(profile(id, a, b), sex);
    }

    @Test
    void atThresholdFiveOnExample2OnlyM3EqualsV3IsUndisputed() {
        DviProblem problem = example2();
        PairwiseMatrix lrs = DviAnalysis.pairwise(problem, DviOptions.defaults());
        assertThat(lrs.lr("V2", "M2").orElseThrow().lr()).isCloseTo(5, within(1e-12));
        assertThat(lrs.lr("V2", "M1").orElseThrow().lr()).isCloseTo(1, within(1e-12));
        assertThat(lrs.lr("V3", "M3").orElseThrow().lr()).isCloseTo(5, within(1e-12));

        DviResult r = DviAnalysis.run(problem, DviOptions.defaults().withThresholds(5, 1));
        assertThat(r.forMissing("M3").conclusion()).isEqualTo(Conclusion.UNDISPUTED);
        assertThat(r.forMissing("M3").sample()).hasValue("V3");
        // V2 = M2 has LR 5 = threshold, but V2 = M1 has LR 1 = 5 / threshold: a tie disputes it.
        assertThat(r.forMissing("M2").conclusion()).isNotEqualTo(Conclusion.UNDISPUTED);
        assertThat(r.forVictim("V2").conclusion()).isNotEqualTo(Conclusion.UNDISPUTED);
        assertThat(r.am().stream().filter(c -> c.conclusion() == Conclusion.UNDISPUTED)).hasSize(1);
    }

    /**
     * The top of dvir's joint table for its {@code fire} data (family F1: M1, M2, M3; victims V1,
     * V2, V3), as its test prints it. The symmetric match {V2, V3} = {M2, M3} has GLR 2,947,149.10:
     * its best row against the best row anywhere that does not pair them (V1 = M2, V2 = M1,
     * V3 = M3), not against the best row that keeps V1 = M1.
     */
    @Test
    void symmetricMatchGlrOnTheFireTableIsTheReferences() {
        int[][] rows = {{0, 1, 2}, {0, 2, 1}, {-1, 1, 2}, {-1, 2, 1}, {1, 0, 2}, {2, 0, 1}};
        double[] loglik = {-257.7327, -257.7327, -268.8973, -268.8973, -272.6291, -272.6291};
        JointTable fire = new JointTable(List.of("F1"), List.of("V1", "V2", "V3"), List.of("M1", "M2", "M3"), rows, loglik, -280);
        double symmetric = Math.pow(10, fire.log10SymmetricGlr(1, 2, 1, 2).orElseThrow());
        assertThat(symmetric / 2_947_149.10).isCloseTo(1, within(1e-4));
        assertThat(Math.pow(10, fire.log10Glr("V1", "M1").orElseThrow()) / 70_582.39).isCloseTo(1, within(1e-4));
    }

    @Test
    void floatingPointNoiseNeverDecidesAComparison() {
        double five = Math.log10(5);
        double noisyFive = Math.log10(0.1 / (2 * 0.1 * 0.1));
        assertThat(Tolerance.atLeast(noisyFive, five)).isTrue();
        assertThat(Tolerance.atLeast(Math.log10(4.99), five)).isFalse();
        assertThat(Tolerance.above(Math.log10(5 * (1 + 1e-12)), five)).as("within the tolerance: equal, not above").isFalse();
        assertThat(Tolerance.above(Math.log10(5.0001), five)).isTrue();
    }
}
