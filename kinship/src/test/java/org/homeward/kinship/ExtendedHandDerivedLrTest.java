package org.homeward.kinship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Closed forms derived by hand (NRC II's θ parentage formulas, X inheritance, partial genotypes, inbreeding, linkage) against the extended model. */
class ExtendedHandDerivedLrTest {

    static final double PA = HandDerivedLrTest.PA;
    static final double PB = HandDerivedLrTest.PB;
    static final Marker L = HandDerivedLrTest.L;
    static final InheritanceUnit AUTOSOMAL = InheritanceUnit.of(L, Chromosome.AUTOSOMAL);
    static final InheritanceUnit X = InheritanceUnit.of(L, Chromosome.X);

    static Pedigree trio(Sex child) {
        return Pedigree.builder().founder("F", Sex.MALE).founder("M", Sex.FEMALE).child("MP", child, "F", "M").build();
    }

    static double lr(Hypothesis family, InheritanceUnit unit, String typedPerson, Observation ref, Observation remains, double theta) {
        return family.missingPersonLr("MP", List.of(unit), Map.of(typedPerson, Map.of("L", ref)), Map.of("L", remains), theta).lr();
    }

    @Test
    void thetaParentageIndexesAreNrcIIs() {
        Hypothesis trio = Hypothesis.of(trio(Sex.MALE));
        for (double t : new double[] {0, 0.01, 0.03, 0.2}) {
            assertThat(lr(trio, AUTOSOMAL, "F", Observation.pair("a", "b"), Observation.pair("a", "c"), t))
                    .isCloseTo((1 + 2 * t) / (4 * (t + (1 - t) * PA)), within(1e-12));
            assertThat(lr(trio, AUTOSOMAL, "F", Observation.pair("a", "a"), Observation.pair("a", "c"), t))
                    .isCloseTo((1 + 2 * t) / (2 * (2 * t + (1 - t) * PA)), within(1e-12));
            assertThat(lr(trio, AUTOSOMAL, "F", Observation.pair("a", "a"), Observation.pair("a", "a"), t))
                    .isCloseTo((1 + 2 * t) / (3 * t + (1 - t) * PA), within(1e-12));
            assertThat(lr(trio, AUTOSOMAL, "F", Observation.pair("a", "b"), Observation.pair("c", "d"), t)).isZero();
        }
    }

    @Test
    void thetaOnATypedFounderAloneIsTheBaldingNicholsGenotypeProbability() {
        Pedigree one = Pedigree.builder().founder("A", Sex.FEMALE).build();
        double t = 0.05;
        assertThat(Math.exp(Hypothesis.of(one).logLikelihood(AUTOSOMAL, Map.of("A", Map.of("L", Observation.pair("a", "a"))), t)))
                .isCloseTo(t * PA + (1 - t) * PA * PA, within(1e-15));
        assertThat(Math.exp(Hypothesis.of(one).logLikelihood(AUTOSOMAL, Map.of("A", Map.of("L", Observation.pair("a", "b"))), t)))
                .isCloseTo(2 * (1 - t) * PA * PB, within(1e-15));
    }

    @Test
    void xFatherPassesHisOnlyAlleleToEveryDaughter() {
        Hypothesis trio = Hypothesis.of(trio(Sex.FEMALE));
        Observation father = Observation.hemizygous("a");
        assertThat(lr(trio, X, "F", father, Observation.pair("a", "b"), 0)).isCloseTo(1 / (2 * PA), within(1e-12));
        assertThat(lr(trio, X, "F", father, Observation.pair("a", "a"), 0)).isCloseTo(1 / PA, within(1e-12));
        assertThat(lr(trio, X, "F", father, Observation.pair("b", "c"), 0)).isZero();
    }

    @Test
    void xSonInheritsNothingFromHisFatherAndOneOfHisMothersAlleles() {
        Hypothesis trio = Hypothesis.of(trio(Sex.MALE));
        assertThat(lr(trio, X, "F", Observation.hemizygous("b"), Observation.hemizygous("a"), 0)).isCloseTo(1, within(1e-12));
        assertThat(lr(trio, X, "M", Observation.pair("a", "b"), Observation.hemizygous("a"), 0)).isCloseTo(1 / (2 * PA), within(1e-12));
    }

    @Test
    void oneUnobservedAlleleMeansAtLeastOneCopy() {
        Hypothesis trio = Hypothesis.of(trio(Sex.MALE));
        double expected = (1 - 0.5 * (1 - PA)) / (1 - (1 - PA) * (1 - PA));
        assertThat(lr(trio, AUTOSOMAL, "F", Observation.pair("a", "b"), Observation.oneUnobserved("a"), 0))
                .isCloseTo(expected, within(1e-12));
    }

    @Test
    void anInbredUntypedFatherPassesTheSameAlleleToTwoChildrenMoreOften() {
        Pedigree sibs = Pedigree.builder().founder("F", Sex.MALE).founder("M", Sex.FEMALE)
                .child("S", Sex.MALE, "F", "M").child("MP", Sex.MALE, "F", "M").build();
        for (double f : new double[] {0, 0.0625, 0.25, 1}) {
            Hypothesis h = new Hypothesis(sibs, Map.of("F", new FounderInbreeding(f, 0)));
            double fromFather = 0.5 + 0.5 * (f + (1 - f) * PA);
            double fromMother = 0.5 + 0.5 * PA;
            assertThat(lr(h, AUTOSOMAL, "S", Observation.pair("a", "a"), Observation.pair("a", "a"), 0))
                    .isCloseTo(fromFather * fromMother / (PA * PA), within(1e-12));
        }
    }

    @Test
    void freeRecombinationMakesALinkedPairTheProductOfItsMarkers() {
        Marker other = Marker.builder("K").allele("7", 0.3).allele("8", 0.7).maleMutation(MutationModel.equal(0.01)).build();
        Pedigree halfSibs = Pedigree.builder().founder("F", Sex.MALE).founder("M1", Sex.FEMALE).founder("M2", Sex.FEMALE)
                .child("S", Sex.MALE, "F", "M1").child("MP", Sex.MALE, "F", "M2").build();
        Hypothesis h = Hypothesis.of(halfSibs);
        Map<String, Map<String, Observation>> refs = Map.of("S", Map.of("L", Observation.pair("a", "b"), "K", Observation.pair("7", "8")));
        Map<String, Observation> remains = Map.of("L", Observation.pair("a", "c"), "K", Observation.pair("7", "7"));
        double unlinked = h.missingPersonLr("MP", List.of(AUTOSOMAL, InheritanceUnit.of(other, Chromosome.AUTOSOMAL)), refs, remains, 0).lr();
        double free = h.missingPersonLr("MP", List.of(InheritanceUnit.linked("L+K", Chromosome.AUTOSOMAL, L, other, 0.5)), refs, remains, 0).lr();
        double tight = h.missingPersonLr("MP", List.of(InheritanceUnit.linked("L+K", Chromosome.AUTOSOMAL, L, other, 0)), refs, remains, 0).lr();
        assertThat(free / unlinked).isCloseTo(1, within(1e-12));
        // Half siblings share their father's haplotype with probability ½; without recombination the two
        // markers are passed together, which here (shared a and 7) raises the LR.
        assertThat(tight).isGreaterThan(free);
    }

    @Test
    void aSilentAlleleTurnsAnApparentOpposingHomozygoteIntoAPossibleParent() {
        // d is silent: father "a/a" may be a/d, remains "b/b" may be b/d.
        InheritanceUnit withSilent = AUTOSOMAL.withSilentAllele("L", "d");
        double pd = HandDerivedLrTest.PD;
        double lr = lr(Hypothesis.of(trio(Sex.MALE)), withSilent, "F", Observation.pair("a", "a"), Observation.pair("b", "b"), 0);
        assertThat(lr).isCloseTo(pd / ((PA + 2 * pd) * (PB + 2 * pd)), within(1e-12));
        assertThat(lr(Hypothesis.of(trio(Sex.MALE)), AUTOSOMAL, "F", Observation.pair("a", "a"), Observation.pair("b", "b"), 0)).isZero();
    }

    @Test
    void aMonozygoticTwinCarriesTheSameGenotype() {
        Pedigree twins = Pedigree.builder().founder("F", Sex.MALE).founder("M", Sex.FEMALE)
                .child("T", Sex.MALE, "F", "M").child("MP", Sex.MALE, "F", "M").build();
        Hypothesis h = new Hypothesis(twins, Map.of(), Map.of("MP", "T"));
        assertThat(lr(h, AUTOSOMAL, "T", Observation.pair("a", "b"), Observation.pair("a", "b"), 0)).isCloseTo(1 / (2 * PA * PB), within(1e-9));
        assertThat(lr(h, AUTOSOMAL, "T", Observation.pair("a", "b"), Observation.pair("a", "c"), 0)).isZero();
    }

    /** Father a/b; the remains show only a, with dropout d and no drop-in: the child may be a/a, or a/x with x dropped. */
    @Test
    void dropoutInTheRemainsFollowsTheSingleMarkerFormula() {
        Hypothesis trio = Hypothesis.of(trio(Sex.MALE));
        for (double d : new double[] {0.1, 0.3, 0.6}) {
            DropoutModel model = DropoutModel.of(d, 0);
            double d2 = d * d;
            double h1 = 0.5 * (PA * (1 - d2) + (1 - PA) * d * (1 - d)) + 0.5 * PA * d * (1 - d);
            double h2 = PA * PA * (1 - d2) + 2 * PA * (1 - PA) * d * (1 - d);
            double lr = trio.missingPersonLr("MP", List.of(AUTOSOMAL), Map.of("F", Map.of("L", Observation.pair("a", "b"))),
                    Map.of("L", Observation.pair("a", "a")), 0, Map.of(), model).lr();
            assertThat(lr).isCloseTo(h1 / h2, within(1e-12));
        }
    }

    /** An unrelated person showing only a, with dropout d, homozygote dropout d₂ and drop-in c. */
    @Test
    void dropInAddsAnAlleleFromTheFrequencies() {
        double d = 0.2;
        double d2 = 0.05;
        double c = 0.1;
        double[] p = {PA, PB, HandDerivedLrTest.PC, HandDerivedLrTest.PD};
        double sumSquaresOthers = 0;
        for (int x = 1; x < 4; x++) {
            sumSquaresOthers += p[x] * p[x];
        }
        double noDropIn = (1 - c) + c * PA;
        double expected = PA * PA * ((1 - d2) * noDropIn + d2 * c * PA)
                + 2 * PA * (1 - PA) * (d * (1 - d) * noDropIn + d * d * c * PA)
                + ((1 - PA) * (1 - PA) - sumSquaresOthers) * d * d * c * PA
                + sumSquaresOthers * d2 * c * PA;
        Pedigree one = Pedigree.builder().founder("A", Sex.FEMALE).build();
        double got = Math.exp(Hypothesis.of(one).logLikelihood(AUTOSOMAL, Map.of("A", Map.of("L", Observation.pair("a", "a"))),
                Map.of("A", new DropoutModel(d, d2, c)), 0));
        assertThat(got).isCloseTo(expected, within(1e-15));
    }
}
