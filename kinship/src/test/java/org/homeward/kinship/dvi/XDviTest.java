package org.homeward.kinship.dvi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Marker;
import org.homeward.kinship.MutationModel;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;
import org.junit.jupiter.api.Test;

/**
 * X-linked markers in joint identification and in the advice, against values derived by hand on one X
 * marker without mutation, alleles a, b, c, d at 0.1, 0.2, 0.3, 0.4. A man's X genotype is written as a
 * homozygote (his one allele twice).
 */
class XDviTest {

    static final double FA = 0.1;
    static final double FB = 0.2;
    static final double FC = 0.3;
    static final Marker X = Marker.builder("DXS1").allele("a", FA).allele("b", FB).allele("c", FC).allele("d", 0.4).build();
    /** An autosomal marker nobody is typed at: the X part alone decides. */
    static final Marker A = DviAnalysisTest.L;

    /** Father F (typed a) of a missing daughter D; a mother M and a son S, untyped. */
    static DviProblem.Family fatherAndDaughter() {
        Pedigree ped = Pedigree.builder().founder("F", Sex.MALE).founder("M", Sex.FEMALE)
                .child("D", Sex.FEMALE, "F", "M").child("S", Sex.MALE, "F", "M").build();
        return new DviProblem.Family("A", ped, List.of("D"), Map.of("F", profile("F", "a", "a")));
    }

    /** A missing woman W and her paternal half-sister H (typed a/c): same father P, mothers M1 and M2. */
    static DviProblem.Family halfSisters() {
        Pedigree ped = Pedigree.builder().founder("P", Sex.MALE).founder("M1", Sex.FEMALE).founder("M2", Sex.FEMALE)
                .child("W", Sex.FEMALE, "P", "M1").child("H", Sex.FEMALE, "P", "M2").build();
        return new DviProblem.Family("B", ped, List.of("W"), Map.of("H", profile("H", "a", "c")));
    }

    /** A profile typed at the X marker only. */
    static Profile profile(String id, String a, String b) {
        return Profile.builder(id).put(X.name(), a, b).build();
    }

    static DviProblem problem(List<DviProblem.Victim> victims, DviProblem.Family... families) {
        return DviProblem.of(List.of(A), List.of(X), victims, List.of(families), List.of());
    }

    /** A daughter has her father's X allele: D = a/b has P(a/b | F = a) = f_b against 2 f_a f_b, LR 1/(2 f_a) = 5. */
    @Test
    void aFatherGivesHisXToHisDaughter() {
        DviProblem.Victim daughter = new DviProblem.Victim(profile("V1", "a", "b"), Sex.FEMALE);
        DviProblem.Victim other = new DviProblem.Victim(profile("V2", "b", "c"), Sex.FEMALE);
        PairwiseMatrix m = DviAnalysis.pairwise(problem(List.of(daughter, other), fatherAndDaughter()), DviOptions.defaults());
        assertThat(m.lr("V1", "D").orElseThrow().lr()).isCloseTo(1 / (2 * FA), within(1e-12));
        assertThat(m.incompatibleMarkers("V1", "D")).hasValue(0);
        assertThat(m.lr("V2", "D").orElseThrow().isZero()).isTrue();
        assertThat(m.incompatibleMarkers("V2", "D")).as("b/c lacks the father's a").hasValue(1);
    }

    /**
     * Paternal half-sisters share their father's X. H = a/c: the father is a or c, 1/2 each; W = a/b then has
     * P = 1/2 · f_b against 2 f_a f_b: LR 1/(4 f_a) = 2.5. On autosomes they would share an allele only half the time.
     */
    @Test
    void paternalHalfSistersShareTheirFathersX() {
        DviProblem.Victim w = new DviProblem.Victim(profile("V", "a", "b"), Sex.FEMALE);
        PairwiseMatrix m = DviAnalysis.pairwise(problem(List.of(w), halfSisters()), DviOptions.defaults());
        assertThat(m.lr("V", "W").orElseThrow().lr()).isCloseTo(1 / (4 * FA), within(1e-12));
    }

    /** Without a known sex, or under sex ignored in a place of the other sex, a victim's X is not used: LR 1. */
    @Test
    void aVictimOfUnknownOrOtherSexGivesNoXEvidence() {
        DviProblem.Victim unknown = new DviProblem.Victim(profile("U", "a", "b"), Sex.UNKNOWN);
        DviProblem.Victim man = new DviProblem.Victim(profile("M", "b", "b"), Sex.MALE);
        PairwiseMatrix m = DviAnalysis.pairwise(problem(List.of(unknown, man), fatherAndDaughter()), DviOptions.defaults().withIgnoreSex(true));
        assertThat(m.lr("U", "D").orElseThrow().lr()).isCloseTo(1, within(1e-12));
        assertThat(m.lr("M", "D").orElseThrow().lr()).isCloseTo(1, within(1e-12));
        assertThat(m.incompatibleMarkers("M", "D")).hasValue(0);
    }

    @Test
    void aManWithTwoXAllelesIsRefused() {
        DviProblem.Victim man = new DviProblem.Victim(profile("V", "a", "b"), Sex.MALE);
        DviProblem.Family family = new DviProblem.Family("A", fatherAndDaughter().pedigree(), List.of("D"),
                Map.of("F", profile("F", "a", "b")));
        assertThatThrownBy(() -> problem(List.of(man), family)).isInstanceOf(KinshipInputException.class)
                .hasMessageContaining("victim 'V' is a man but shows two alleles (a, b) at the X-linked marker DXS1")
                .hasMessageContaining("'F' is a man but shows two alleles (a, b)");
    }

    /**
     * Two missing children of F and M, a daughter D and a son S, and two victims: a woman a/b and a man c. By hand,
     * the null likelihood is f_a (F) · 2 f_a f_b · f_c; D = V1 alone gives f_a · f_b (her mother's allele) · f_c, LR
     * 1/(2 f_a); S = V2 alone LR 1 (a son's X is his mother's); both: the mother passes b to D and c to S, the same
     * copy (1/2) impossible, the other copy f_c: f_a · f_b · f_c / 2, LR 1/(4 f_a).
     */
    @Test
    void theJointTableUsesXLikeThePedigreeEngine() {
        DviProblem.Family family = new DviProblem.Family("A", fatherAndDaughter().pedigree(), List.of("D", "S"),
                Map.of("F", profile("F", "a", "a")));
        DviProblem.Victim v1 = new DviProblem.Victim(profile("V1", "a", "b"), Sex.FEMALE);
        DviProblem.Victim v2 = new DviProblem.Victim(profile("V2", "c", "c"), Sex.MALE);
        JointTable table = DviAnalysis.joint(problem(List.of(v1, v2), family), DviOptions.defaults()).get(0);
        assertThat(table.nullLogLikelihood()).isCloseTo(Math.log(FA * 2 * FA * FB * FC), within(1e-12));
        for (int r = 0; r < table.size(); r++) {
            List<String> a = table.row(r).assignment();
            double expected = !a.get(0).equals("D") ? 0 : a.get(1).equals("S") ? Math.log10(1 / (4 * FA)) : Math.log10(1 / (2 * FA));
            assertThat(table.log10LrVersusNull(r)).as("row %s", a).isCloseTo(expected, within(1e-12));
        }
        assertThat(table.size()).isEqualTo(4);
    }

    /** The stepwise analysis accepts the daughter on X alone when the threshold allows it. */
    @Test
    void theStepwiseAnalysisConcludesOnX() {
        DviProblem.Victim daughter = new DviProblem.Victim(profile("V1", "a", "b"), Sex.FEMALE);
        DviResult result = DviAnalysis.run(problem(List.of(daughter), fatherAndDaughter()), DviOptions.defaults().withThresholds(4, 2));
        AmConclusion d = result.am().get(0);
        assertThat(d.sample()).hasValue("V1");
        assertThat(d.conclusion()).isEqualTo(Conclusion.UNDISPUTED);
    }

    /**
     * Advice on X, by hand. The father typed a: an unrelated woman is excluded when she lacks a, (1 − f_a)²; the true
     * daughter is a/y with y from the mother, LR 1/(2 f_a) for y ≠ a and 1/f_a for y = a.
     */
    @Test
    void adviceCountsAFathersXForHisDaughter() {
        FamilyAdvice advice = FamilyAdvice.assess(List.of(A), List.of(X), fatherAndDaughter(), "D", 4000, 3, 1e4);
        FamilyAdvice.Power power = advice.power();
        double expected = (1 - FA) * Math.log10(1 / (2 * FA)) + FA * Math.log10(1 / FA);
        assertThat(power.xExpectedLog10Lr()).isCloseTo(expected, within(1e-12));
        assertThat(power.expectedLog10Lr()).isCloseTo(expected, within(1e-12));
        assertThat(power.xExclusionPower()).isCloseTo((1 - FA) * (1 - FA), within(1e-12));
        assertThat(power.exclusionPower()).isCloseTo((1 - FA) * (1 - FA), within(1e-12));
        assertThat(power.lowLog10Lr()).isCloseTo(Math.log10(1 / (2 * FA)), within(1e-12));
        assertThat(power.highLog10Lr()).as("a/a has P f_a = 0.1: above the 95th percentile it is rare")
                .isCloseTo(Math.log10(1 / FA), within(1e-12));
        assertThat(power.medianLog10Lr()).isCloseTo(Math.log10(1 / (2 * FA)), within(1e-12));
    }

    /** H = a/c: the father is a or c, so W must carry a or c: an unrelated woman is excluded with (1 − f_a − f_c)². */
    @Test
    void adviceCountsAPaternalHalfSister() {
        FamilyAdvice.Power power = FamilyAdvice.assess(List.of(A), List.of(X), halfSisters(), "W", 100, 3, 1e4).power();
        assertThat(power.xExclusionPower()).isCloseTo(Math.pow(1 - FA - FC, 2), within(1e-12));
        // W = (father's allele x ∈ {a, c}, 1/2 each) with y from M1; LR = P(W | H) / HW(W), by hand over x and y
        double[] f = {FA, FB, FC, 0.4};
        double expected = 0;
        for (int x : new int[] {0, 2}) {
            for (int y = 0; y < 4; y++) {
                double p = probabilityGivenHalfSister(x, y, f);
                double hw = x == y ? f[x] * f[x] : 2 * f[x] * f[y];
                expected += 0.5 * f[y] * Math.log10(p / hw);
            }
        }
        assertThat(power.xExpectedLog10Lr()).isCloseTo(expected, within(1e-12));
    }

    /** P(W = {x, y} | H = a/c): W's paternal allele is a or c with 1/2 each, her maternal allele from the population. */
    private static double probabilityGivenHalfSister(int x, int y, double[] f) {
        double p = 0;
        for (int paternal : new int[] {0, 2}) {
            if (paternal == x) {
                p += 0.5 * f[y];
            }
            if (paternal == y && x != y) {
                p += 0.5 * f[x];
            }
        }
        return p;
    }

    /**
     * Nobody typed but the missing daughter's untyped father F can be asked: by hand, typing F (allele a with f_a) makes
     * D = x/d with x her father's allele: LR 1/HW(x/d) once F is typed, f_x/HW(x/d) before; typing her brother S
     * adds nothing, as his X is his mother's, already typed.
     */
    @Test
    void theFatherIsTheRelativeToAskForOnX() {
        Pedigree ped = fatherAndDaughter().pedigree();
        DviProblem.Family nobody = new DviProblem.Family("A", ped, List.of("D"), Map.of("M", profile("M", "d", "d")));
        // no autosomal marker: typing F would add a parent's autosomal power too
        FamilyAdvice advice = FamilyAdvice.assess(List.of(), List.of(X), nobody, "D", 100, 3, 1e4);
        FamilyAdvice.RelativeGain father = advice.additionalRelatives().get(0);
        assertThat(father.relative()).isEqualTo("F");
        // M = d/d: D = x/d with x from F; P(D) = f_x before F is typed, 1 after
        double[] f = {FA, FB, FC, 0.4};
        double now = 0;
        double withFather = 0;
        for (int x = 0; x < 4; x++) {
            double hw = x == 3 ? f[3] * f[3] : 2 * f[x] * f[3];
            now += f[x] * Math.log10(f[x] / hw);
            withFather += f[x] * Math.log10(1 / hw);
        }
        assertThat(advice.power().xExpectedLog10Lr()).isCloseTo(now, within(1e-12));
        assertThat(father.expectedLog10Lr()).isCloseTo(withFather, within(1e-12));
        assertThat(father.expectedGain()).isCloseTo(withFather - now, within(1e-12));
        assertThat(advice.additionalRelatives().get(1).relative()).isEqualTo("S");
        assertThat(advice.additionalRelatives().get(1).expectedGain()).isCloseTo(0, within(1e-12));
    }

    /** With mutation the engine's X likelihood is the pedigree engine's; the pairwise LR equals Hypothesis's directly. */
    @Test
    void withMutationThePairwiseLrIsThePedigreeEnginesOwn() {
        Marker mutating = Marker.builder("DXS1").alleles(Map.of("a", FA, "b", FB, "c", FC, "d", 0.4))
                .mutation(MutationModel.equal(0.01)).build();
        DviProblem.Victim v = new DviProblem.Victim(profile("V", "b", "c"), Sex.FEMALE);
        DviProblem p = DviProblem.of(List.of(A), List.of(mutating), List.of(v), List.of(fatherAndDaughter()), List.of());
        double lr = DviAnalysis.pairwise(p, DviOptions.defaults()).lr("V", "D").orElseThrow().lr();
        // D = b/c with father a: F's a mutates to b or c (0.01/3 each), the mother gives the other
        double expected = (0.01 / 3 * FC + 0.01 / 3 * FB) / (2 * FB * FC);
        assertThat(lr).isCloseTo(expected, within(1e-12));
    }
}
