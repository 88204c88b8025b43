package org.homeward.kinship.dvi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;
import org.junit.jupiter.api.Test;

/**
 * Small cases worked by hand. One marker L with alleles a, b, c, d at 1/4 each and no mutation:
 * HW is 1/16 for a homozygote and 1/8 for a heterozygote.
 *
 * <ul>
 *   <li>Family A: typed parents PA = a/a and QA = b/b, two missing children MA1 (male) and MA2
 *       (female). Both children must be a/b, so the LR of an a/b victim is 1/(1/8) = 8.</li>
 *   <li>Family B: typed father RB = c/c and an untyped mother, one missing son MB. A c/d victim
 *       has P = 1/4 given RB, so LR 1/4 ÷ 1/8 = 2.</li>
 *   <li>Victims V1 = a/b male, V2 = a/b female, V3 = c/d male.</li>
 * </ul>
 */
class DviAnalysisTest {

    static final Marker L = Marker.builder("L").allele("a", 0.25).allele("b", 0.25).allele("c", 0.25).allele("d", 0.25).build();

    static Profile profile(String id, String a, String b) {
        return Profile.builder(id).put("L", a, b).build();
    }

    static DviProblem.Family familyA() {
        Pedigree ped = Pedigree.builder().founder("PA", Sex.MALE).founder("QA", Sex.FEMALE)
                .child("MA1", Sex.MALE, "PA", "QA").child("MA2", Sex.FEMALE, "PA", "QA").build();
        return new DviProblem.Family("A", ped, List.of("MA1", "MA2"),
                Map.of("PA", profile("PA", "a", "a"), "QA", profile("QA", "b", "b")));
    }

    static DviProblem.Family familyB() {
        Pedigree ped = Pedigree.builder().founder("RB", Sex.MALE).founder("SB", Sex.FEMALE).child("MB", Sex.MALE, "RB", "SB").build();
        return new DviProblem.Family("B", ped, List.of("MB"), Map.of("RB", profile("RB", "c", "c")));
    }

    static List<DviProblem.Victim> victims() {
        return List.of(new DviProblem.Victim(profile("V1", "a", "b"), Sex.MALE),
                new DviProblem.Victim(profile("V2", "a", "b"), Sex.FEMALE),
                new DviProblem.Victim(profile("V3", "c", "d"), Sex.MALE));
    }

    static DviProblem handCase(List<NonDnaLr> evidence) {
        return DviProblem.of(List.of(L), victims(), List.of(familyA(), familyB()), evidence);
    }

    @Test
    void pairwiseLrsAndIncompatibilitiesMatchTheHandValues() {
        PairwiseMatrix m = DviAnalysis.pairwise(handCase(List.of()), DviOptions.defaults());
        assertThat(m.lr("V1", "MA1").orElseThrow().lr()).isCloseTo(8, within(1e-12));
        assertThat(m.lr("V2", "MA2").orElseThrow().lr()).isCloseTo(8, within(1e-12));
        assertThat(m.lr("V3", "MB").orElseThrow().lr()).isCloseTo(2, within(1e-12));
        assertThat(m.lr("V1", "MB").orElseThrow().lr()).isZero();
        assertThat(m.incompatibleMarkers("V1", "MB")).hasValue(1);
        assertThat(m.incompatibleMarkers("V3", "MA1")).hasValue(1);
        assertThat(m.incompatibleMarkers("V1", "MA1")).hasValue(0);
        assertThat(m.lr("V1", "MA2")).as("a male victim is not paired with a female missing person").isEmpty();
        assertThat(m.lr("V2", "MB")).isEmpty();
        assertThat(DviAnalysis.pairwise(handCase(List.of()), DviOptions.defaults().withIgnoreSex(true)).lr("V1", "MA2"))
                .hasValueSatisfying(lr -> assertThat(lr.lr()).isCloseTo(8, within(1e-12)));
    }

    /**
     * Family A's joint table: V1 ∈ {*, MA1}, V2 ∈ {*, MA2} (V3 is ruled out by LR 0). With
     * L(refs) = 1/256: null = 1/256 · 1/8 · 1/8; both assigned = 1/256 (LR 64); one assigned LR 8.
     */
    @Test
    void jointTableOfFamilyAHasFourAssignmentsWithHandLikelihoods() {
        DviResult r = DviAnalysis.run(handCase(List.of()), DviOptions.defaults());
        assertThat(r.jointTables()).hasSize(1);
        JointTable t = r.jointTables().get(0);
        assertThat(t.victims()).containsExactly("V1", "V2");
        assertThat(t.size()).isEqualTo(4);
        assertThat(t.row(0).assignment()).containsExactly("MA1", "MA2");
        assertThat(t.top(10)).hasSize(4).first().isEqualTo(t.row(0));
        assertThat(t.row(3).assignment()).containsExactly(JointTable.NOT_ASSIGNED, JointTable.NOT_ASSIGNED);
        assertThat(t.row(0).logLikelihood()).isCloseTo(Math.log(1.0 / 256), within(1e-12));
        assertThat(t.nullLogLikelihood()).isCloseTo(Math.log(1.0 / 16384), within(1e-12));
        assertThat(Math.pow(10, t.log10LrVersusNull(0))).isCloseTo(64, within(1e-9));
        assertThat(Math.pow(10, t.log10LrVersusNull(1))).isCloseTo(8, within(1e-9));
        assertThat(t.posterior(0)).isCloseTo(64.0 / 81, within(1e-12));
        assertThat(t.pairingPosterior("V1", "MA1")).isCloseTo(72.0 / 81, within(1e-12));
        assertThat(Math.pow(10, t.log10Glr("V1", "MA1").orElseThrow())).isCloseTo(8, within(1e-9));
        assertThat(t.log10Glr("V1", "MA2")).as("no assignment makes this pairing").isEmpty();
    }

    @Test
    void defaultThresholdsLeaveEverythingInconclusive() {
        DviResult r = DviAnalysis.run(handCase(List.of()), DviOptions.defaults());
        AmConclusion ma1 = r.forMissing("MA1");
        assertThat(ma1.conclusion()).isEqualTo(Conclusion.INCONCLUSIVE);
        assertThat(ma1.sample()).isEmpty();
        assertThat(ma1.lr().orElseThrow().lr()).isCloseTo(8, within(1e-9));
        assertThat(Math.pow(10, ma1.log10Glr().orElseThrow())).isCloseTo(8, within(1e-9));
        AmConclusion mb = r.forMissing("MB");
        assertThat(mb.conclusion()).isEqualTo(Conclusion.INCONCLUSIVE);
        assertThat(mb.sample()).hasValue("V3");
        assertThat(mb.comment()).isEqualTo("Best: V3");
        assertThat(r.forVictim("V1").conclusion()).isEqualTo(Conclusion.INCONCLUSIVE);
        assertThat(r.forVictim("V1").comment()).isEqualTo("Best: MA1");
        assertThat(r.forVictim("V3").comment()).isEqualTo("Best: MB");
    }

    @Test
    void lowThresholdsMakeFamilyAUndisputedInStepOne() {
        DviResult r = DviAnalysis.run(handCase(List.of()), DviOptions.defaults().withThresholds(5, 3));
        assertThat(r.forMissing("MA1").conclusion()).isEqualTo(Conclusion.UNDISPUTED);
        assertThat(r.forMissing("MA1").sample()).hasValue("V1");
        assertThat(r.forMissing("MA1").comment()).isEqualTo("Step 1");
        assertThat(r.forVictim("V2").missing()).hasValue("MA2");
        assertThat(r.forVictim("V2").family()).hasValue("A");
        assertThat(r.forMissing("MB").conclusion()).isEqualTo(Conclusion.INCONCLUSIVE);
        assertThat(r.jointTables()).isEmpty();
    }

    /**
     * Conditioning. PA = a/a and W = c/c are typed; MA1 is PA's son (mother untyped) and MA2 is the
     * son of MA1 and W. V1 = a/b: LR for MA1 = 1/4 ÷ 1/8 = 2. V2 = b/c: for MA2, given only PA and W,
     * MA1 passes b with probability 1/2 · 1/4, so LR = 1/8 ÷ 1/8 = 1; once V1 is entered as MA1,
     * P = 1/2 and LR = 4. With an undisputed threshold of 1.5, V1 = MA1 in step 1 and V2 = MA2 in step 2.
     */
    @Test
    void undisputedMatchesAreConditionedOnAndTheProcedureRepeats() {
        Pedigree ped = Pedigree.builder().founder("PA", Sex.MALE).founder("Q", Sex.FEMALE).founder("W", Sex.FEMALE)
                .child("MA1", Sex.MALE, "PA", "Q").child("MA2", Sex.MALE, "MA1", "W").build();
        DviProblem.Family a = new DviProblem.Family("A", ped, List.of("MA1", "MA2"),
                Map.of("PA", profile("PA", "a", "a"), "W", profile("W", "c", "c")));
        DviProblem p = DviProblem.of(List.of(L), List.of(new DviProblem.Victim(profile("V1", "a", "b"), Sex.MALE),
                new DviProblem.Victim(profile("V2", "b", "c"), Sex.MALE)), List.of(a));
        assertThat(DviAnalysis.pairwise(p, DviOptions.defaults()).lr("V2", "MA2").orElseThrow().lr()).isCloseTo(1, within(1e-12));
        DviResult r = DviAnalysis.run(p, DviOptions.defaults().withThresholds(1.5, 1.2));
        assertThat(r.forMissing("MA1").conclusion()).isEqualTo(Conclusion.UNDISPUTED);
        assertThat(r.forMissing("MA1").comment()).isEqualTo("Step 1");
        AmConclusion ma2 = r.forMissing("MA2");
        assertThat(ma2.conclusion()).isEqualTo(Conclusion.UNDISPUTED);
        assertThat(ma2.sample()).hasValue("V2");
        assertThat(ma2.comment()).isEqualTo("Step 2");
        assertThat(ma2.lr().orElseThrow().lr()).isCloseTo(4, within(1e-12));
    }

    /** PA = a/a, QA = b/c, two missing sons: an a/b victim has LR 1/2 ÷ 1/8 = 4 for either. */
    @Test
    void aVictimFittingTwoMissingPersonsIsDisputed() {
        Pedigree ped = Pedigree.builder().founder("PA", Sex.MALE).founder("QA", Sex.FEMALE)
                .child("MA1", Sex.MALE, "PA", "QA").child("MA2", Sex.MALE, "PA", "QA").build();
        DviProblem.Family a = new DviProblem.Family("A", ped, List.of("MA1", "MA2"),
                Map.of("PA", profile("PA", "a", "a"), "QA", profile("QA", "b", "c")));
        DviProblem p = DviProblem.of(List.of(L), List.of(new DviProblem.Victim(profile("V1", "a", "b"), Sex.MALE)),
                List.of(a));
        DviResult r = DviAnalysis.run(p, DviOptions.defaults().withThresholds(3, 2));
        assertThat(r.forMissing("MA1").conclusion()).isEqualTo(Conclusion.INCONCLUSIVE);
        assertThat(Math.pow(10, r.forMissing("MA1").log10Glr().orElseThrow())).isCloseTo(1, within(1e-12));
        assertThat(r.forVictim("V1").conclusion()).isEqualTo(Conclusion.DISPUTED);
        assertThat(r.forVictim("V1").missing()).hasValue("MA1");
        assertThat(r.forVictim("V1").comment()).isEqualTo("Also: MA2 (LR 4)");
    }

    @Test
    void exclusionsReportTheFewestInconsistenciesAndPairingsNeverPossible() {
        List<DviProblem.Victim> v = new ArrayList<>(victims());
        v.add(new DviProblem.Victim(profile("V4", "d", "d"), Sex.MALE));
        v.add(new DviProblem.Victim(profile("V5", "a", "b"), Sex.UNKNOWN));
        DviProblem.Family c = new DviProblem.Family("C",
                Pedigree.builder().founder("RC", Sex.MALE).founder("SC", Sex.FEMALE).child("MC", Sex.FEMALE, "RC", "SC").build(),
                List.of("MC"), Map.of("RC", profile("RC", "a", "a"), "SC", profile("SC", "a", "a")));
        DviProblem p = DviProblem.of(List.of(L), v, List.of(familyA(), familyB(), c));
        DviResult r = DviAnalysis.run(p, DviOptions.defaults().withMaxIncompatibleMarkers(0));
        assertThat(r.forVictim("V4").conclusion()).isEqualTo(Conclusion.EXCLUDED);
        assertThat(r.forVictim("V4").comment()).isEqualTo("1+ inconsistencies");
        // MC (female, child of a/a × a/a) fits no victim: V2 is a/b, V5 (sex unknown) a/b.
        assertThat(r.forMissing("MC").conclusion()).isEqualTo(Conclusion.EXCLUDED);
        assertThat(r.forMissing("MC").comment()).isEqualTo("1+ inconsistencies");
        // V5 has no recorded sex, so it may be anyone; it competes with V1 for MA1 and V2 for MA2.
        assertThat(r.pairwise().lr("V5", "MA2")).isPresent();
        DviProblem onlyMales = DviProblem.of(List.of(L), List.of(new DviProblem.Victim(profile("V1", "a", "b"), Sex.MALE)),
                List.of(c));
        assertThat(DviAnalysis.run(onlyMales, DviOptions.defaults()).forMissing("MC").comment()).isEqualTo("No compatible pairings");
    }

    @Test
    void aMissingPersonWithNoTypedBloodRelativeIsNotIdentifiable() {
        // MA1's spouse W is missing too; W is related to nobody typed and to no other missing person by blood.
        Pedigree ped = Pedigree.builder().founder("PA", Sex.MALE).founder("QA", Sex.FEMALE).founder("W", Sex.FEMALE)
                .child("MA1", Sex.MALE, "PA", "QA").child("K", Sex.MALE, "MA1", "W").build();
        DviProblem.Family a = new DviProblem.Family("A", ped, List.of("MA1", "W"),
                Map.of("PA", profile("PA", "a", "a"), "QA", profile("QA", "b", "b")));
        DviResult r = DviAnalysis.run(DviProblem.of(List.of(L), victims(), List.of(a)), DviOptions.defaults());
        assertThat(r.forMissing("W").conclusion()).isEqualTo(Conclusion.NOT_IDENTIFIABLE);
        assertThat(r.forMissing("MA1").conclusion()).isNotEqualTo(Conclusion.NOT_IDENTIFIABLE);
        // Through the child K, typed, W becomes identifiable.
        DviProblem.Family withChild = new DviProblem.Family("A", ped, List.of("MA1", "W"),
                Map.of("PA", profile("PA", "a", "a"), "QA", profile("QA", "b", "b"), "K", profile("K", "a", "c")));
        assertThat(DviAnalysis.run(DviProblem.of(List.of(L), victims(), List.of(withChild)), DviOptions.defaults())
                .forMissing("W").conclusion()).isNotEqualTo(Conclusion.NOT_IDENTIFIABLE);
    }

    @Test
    void nonDnaLrsMultiplyTheDnaLrAndAreKeptApart() {
        NonDnaLr place = new NonDnaLr("V3", "MB", NonDnaLr.Kind.RECOVERY_PLACE, 1000, "found where last seen");
        NonDnaLr age = new NonDnaLr("V3", "MB", NonDnaLr.Kind.AGE, 0.5, "age 40-50, reported 38");
        DviResult r = DviAnalysis.run(handCase(List.of(place, age)), DviOptions.defaults());
        CombinedLr lr = r.pairwise().lr("V3", "MB").orElseThrow();
        assertThat(lr.dnaLr()).isCloseTo(2, within(1e-12));
        assertThat(lr.factors()).containsExactly(place, age);
        assertThat(lr.lr()).isCloseTo(1000, within(1e-9));
        // 2 × 1000 × 0.5 = 1000 is not above the probable threshold; 2 × 1000 × 1 would be.
        assertThat(r.forMissing("MB").conclusion()).isEqualTo(Conclusion.INCONCLUSIVE);
        DviResult probable = DviAnalysis.run(handCase(List.of(place)), DviOptions.defaults());
        assertThat(probable.forMissing("MB").conclusion()).isEqualTo(Conclusion.PROBABLE);
        assertThat(probable.forMissing("MB").comment()).isEqualTo("Runner-up: –");
        assertThat(probable.forVictim("V3").conclusion()).isEqualTo(Conclusion.PROBABLE);
        assertThat(DviReport.pmTable(probable.pm()))
                .contains("| V3 | MB | B | 2000 | – | Probable | Runner-up: –; DNA 2 × recovery place 1000 |");
    }

    @Test
    void aNonDnaLrOfZeroRulesThePairingOutAndEntersTheJointTable() {
        NonDnaLr sex = new NonDnaLr("V1", "MA1", NonDnaLr.Kind.SEX, 0, "skeletal sex female");
        DviResult r = DviAnalysis.run(handCase(List.of(sex)), DviOptions.defaults());
        assertThat(r.forVictim("V1").conclusion()).isEqualTo(Conclusion.EXCLUDED);
        assertThat(r.forVictim("V1").comment()).isEqualTo("LR 0 from non-DNA evidence");

        NonDnaLr half = new NonDnaLr("V1", "MA1", NonDnaLr.Kind.AGE, 0.5, "");
        JointTable t = DviAnalysis.run(handCase(List.of(half)), DviOptions.defaults()).jointTables().get(0);
        assertThat(Math.pow(10, t.log10LrVersusNull(0))).isCloseTo(32, within(1e-9));
    }

    @Test
    void everyAssignmentIsCountedAndEnumerated() {
        // Three victims, three missing sons of untyped parents with a typed sibling: every pairing allowed.
        Pedigree ped = Pedigree.builder().founder("F", Sex.MALE).founder("M", Sex.FEMALE).child("S", Sex.FEMALE, "F", "M")
                .child("B1", Sex.MALE, "F", "M").child("B2", Sex.MALE, "F", "M").child("B3", Sex.MALE, "F", "M").build();
        DviProblem.Family f = new DviProblem.Family("F", ped, List.of("B1", "B2", "B3"), Map.of("S", profile("S", "a", "b")));
        DviProblem p = DviProblem.of(List.of(L), List.of(
                new DviProblem.Victim(profile("V1", "a", "b"), Sex.MALE), new DviProblem.Victim(profile("V2", "a", "c"), Sex.MALE),
                new DviProblem.Victim(profile("V3", "c", "d"), Sex.MALE)), List.of(f));
        // Σ_k C(3,k)² k! = 1 + 9 + 18 + 6
        List<JointTable> tables = DviAnalysis.joint(p, DviOptions.defaults());
        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).size()).isEqualTo(34);
        double total = 0;
        for (int r = 0; r < 34; r++) {
            total += tables.get(0).posterior(r);
        }
        assertThat(total).isCloseTo(1, within(1e-12));

        assertThatThrownBy(() -> DviAnalysis.joint(p, DviOptions.defaults().withMaxAssignments(33)))
                .isInstanceOf(KinshipInputException.class)
                .hasMessageStartingWith("the joint analysis of family F (3 victims, 3 missing persons) has more than 33 assignments;");
        DviResult r = DviAnalysis.run(p, DviOptions.defaults().withMaxAssignments(10));
        assertThat(r.forMissing("B1").conclusion()).isEqualTo(Conclusion.INCONCLUSIVE);
        assertThat(r.forMissing("B1").comment()).isEqualTo("Joint analysis not run: more than 10 assignments (raise the bound to run it)");
        assertThat(r.jointTables()).isEmpty();
    }

    @Test
    void theFullyJointAnalysisSplitsIndependentFamilies() {
        // Males pair with MA1 and MB, the female with MA2: families A and B share male victims, so one group.
        List<JointTable> tables = DviAnalysis.joint(handCase(List.of()), DviOptions.defaults());
        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).families()).containsExactly("A", "B");
        // With only V2 (female), B has no candidate and A stands alone.
        DviProblem onlyV2 = DviProblem.of(List.of(L), List.of(victims().get(1)), List.of(familyA(), familyB()));
        List<JointTable> alone = DviAnalysis.joint(onlyV2, DviOptions.defaults());
        assertThat(alone).extracting(JointTable::families).containsExactly(List.of("A"));
        assertThat(alone.get(0).size()).isEqualTo(2);
    }

    @Test
    void theProblemIsCheckedAtTheDoorWithEveryProblemReported() {
        DviProblem.Family bad = new DviProblem.Family("A", familyA().pedigree(), List.of("MA1", "nobody"),
                Map.of("PA", profile("PA", "a", "z"), "MA1", profile("MA1", "a", "b")));
        List<DviProblem.Victim> v = List.of(new DviProblem.Victim(profile("V1", "a", "b"), Sex.MALE),
                new DviProblem.Victim(profile("V1", "a", "e"), Sex.MALE));
        assertThatThrownBy(() -> DviProblem.of(List.of(L), v, List.of(bad, familyB()),
                List.of(new NonDnaLr("V9", "MB", NonDnaLr.Kind.AGE, -1, ""))))
                .isInstanceOf(KinshipInputException.class)
                .satisfies(e -> assertThat(((KinshipInputException) e).problems()).containsExactly(
                        "victim 'V1' is listed more than once",
                        "victim 'V1' has allele 'e' at L, which is not in its frequency table",
                        "family 'A': missing person 'MA1' is also a typed reference",
                        "family 'A': missing person 'nobody' is not in its pedigree",
                        "family 'A': reference 'PA' has allele 'z' at L, which is not in its frequency table",
                        "non-DNA LR (AGE) for V9 = MB: no victim 'V9'",
                        "non-DNA LR (AGE) for V9 = MB: the LR must be finite and at least 0, got -1.0"));
    }

    @Test
    void referencesImpossibleOnTheirPedigreeAreRejected() {
        DviProblem.Family f = new DviProblem.Family("A", familyA().pedigree(), List.of("MA1"),
                Map.of("PA", profile("PA", "a", "a"), "QA", profile("QA", "b", "b"), "MA2", profile("MA2", "c", "c")));
        assertThatThrownBy(() -> DviProblem.of(List.of(L), victims(), List.of(f)))
                .hasMessage("family 'A': the references' genotypes at L are impossible on its pedigree under the marker's mutation model");
    }
}
