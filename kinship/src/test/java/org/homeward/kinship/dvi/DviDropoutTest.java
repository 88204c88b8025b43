package org.homeward.kinship.dvi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.homeward.kinship.Chromosome;
import org.homeward.kinship.DropoutModel;
import org.homeward.kinship.ExtendedBruteForce;
import org.homeward.kinship.InheritanceUnit;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Observation;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** Joint identification with remains under a dropout model: each victim's likelihoods sum over its true genotypes. */
class DviDropoutTest {

    static final double D = 0.3;
    static final double D2 = 0.09;
    static final DropoutModel NO_DROP_IN = new DropoutModel(D, D2, 0);

    /**
     * {@link DviAnalysisTest}'s family A (parents a/a and b/b: both children are a/b), and a female
     * victim showing only a. Taken as clean she is excluded from MA2; under the model
     * P(shows a | a/b) = (1 − d)·d and P(shows a) = p_a²·(1 − d₂) + Σ_{x≠a} 2·p_a·p_x·(1 − d)·d, so
     * LR = 0.21 / (0.0625·0.91 + 0.375·0.21) = 0.21 / 0.135625.
     */
    @Test
    void aVictimWhoseAlleleDroppedOutIsPairedWithTheHandLr() {
        DviProblem.Victim shown = new DviProblem.Victim(DviAnalysisTest.profile("V2", "a", "a"), Sex.FEMALE);
        DviProblem.Victim degraded = new DviProblem.Victim(shown.profile(), Sex.FEMALE, NO_DROP_IN);
        PairwiseMatrix clean = DviAnalysis.pairwise(DviProblem.of(List.of(DviAnalysisTest.L), List.of(shown),
                List.of(DviAnalysisTest.familyA())), DviOptions.defaults());
        PairwiseMatrix withModel = DviAnalysis.pairwise(DviProblem.of(List.of(DviAnalysisTest.L), List.of(degraded),
                List.of(DviAnalysisTest.familyA())), DviOptions.defaults());
        assertThat(clean.incompatibleMarkers("V2", "MA2")).hasValue(1);
        assertThat(clean.lr("V2", "MA2").orElseThrow().lr()).isZero();
        assertThat(withModel.incompatibleMarkers("V2", "MA2")).hasValue(0);
        assertThat(withModel.lr("V2", "MA2").orElseThrow().lr()).isCloseTo(0.21 / 0.135625, within(1e-12));
    }

    /**
     * The joint table of family A with V1 = a/b (male, clean) and V2 showing a under the model, by
     * hand with L(refs) = 1/256: null = 1/256 · 1/8 · 0.135625; V1 placed = 1/256 · 0.135625;
     * V2 placed = 1/256 · 1/8 · 0.21; both = 1/256 · 0.21.
     */
    @Test
    void theJointTableWeighsTheDegradedVictimByHand() {
        DviProblem problem = DviProblem.of(List.of(DviAnalysisTest.L), List.of(
                new DviProblem.Victim(DviAnalysisTest.profile("V1", "a", "b"), Sex.MALE),
                new DviProblem.Victim(DviAnalysisTest.profile("V2", "a", "a"), Sex.FEMALE, NO_DROP_IN)), List.of(DviAnalysisTest.familyA()));
        JointTable table = DviAnalysis.joint(problem, DviOptions.defaults()).get(0);
        Map<List<String>, Double> expected = Map.of(
                List.of("*", "*"), 1.0 / 256 / 8 * 0.135625,
                List.of("MA1", "*"), 1.0 / 256 * 0.135625,
                List.of("*", "MA2"), 1.0 / 256 / 8 * 0.21,
                List.of("MA1", "MA2"), 1.0 / 256 * 0.21);
        assertThat(table.size()).isEqualTo(4);
        for (int r = 0; r < table.size(); r++) {
            JointTable.Row row = table.row(r);
            assertThat(Math.exp(row.logLikelihood())).as(row.assignment().toString())
                    .isCloseTo(expected.get(row.assignment()), within(1e-15));
        }
        DviResult result = DviAnalysis.run(problem, DviOptions.defaults().withThresholds(5, 1.5));
        assertThat(result.forVictim("V2").missing()).as("the degraded victim is not excluded").contains("MA2");
    }

    /**
     * Two siblings missing, one or two typed relatives, two markers with mutation, three victims of
     * which two are under dropout and drop-in models: every row of the joint table equals brute force
     * (every person's true genotype enumerated, the victims' included, unassigned victims as
     * unrelated persons), and every pairwise LR is the brute-force ratio.
     */
    @RepeatedTest(8)
    void jointTablesAndPairwiseLrsEqualBruteForce(RepetitionInfo info) {
        Random rnd = new Random(1800 + info.getCurrentRepetition());
        List<Marker> markers = List.of(ExtendedBruteForce.smallMarker(rnd, "L1", 3), ExtendedBruteForce.smallMarker(rnd, "L2", 2 + rnd.nextInt(3)));
        Pedigree ped = Pedigree.builder().founder("F", Sex.MALE).founder("M", Sex.FEMALE)
                .child("C1", Sex.MALE, "F", "M").child("C2", Sex.FEMALE, "F", "M").build();
        Map<String, Profile> refs = new LinkedHashMap<>();
        refs.put("F", random(rnd, "F", markers));
        if (rnd.nextBoolean()) {
            refs.put("M", random(rnd, "M", markers));
        }
        List<DviProblem.Victim> victims = new ArrayList<>();
        for (int v = 0; v < 3; v++) {
            DropoutModel model = v == 0 ? null : new DropoutModel(0.5 * rnd.nextDouble(), 0.3 * rnd.nextDouble(), 0.1 * rnd.nextDouble());
            victims.add(new DviProblem.Victim(random(rnd, "V" + v, markers), Sex.UNKNOWN, model));
        }
        DviProblem problem = DviProblem.of(markers, victims, List.of(new DviProblem.Family("A", ped, List.of("C1", "C2"), refs)));
        JointTable table = DviAnalysis.joint(problem, DviOptions.defaults()).get(0);
        assertThat(table.size()).isEqualTo(13); // none, one of 3×2, two of 3·2
        for (int r = 0; r < table.size(); r++) {
            JointTable.Row row = table.row(r);
            double expected = 0;
            Map<String, DviProblem.Victim> placed = new HashMap<>();
            for (int v = 0; v < victims.size(); v++) {
                String m = row.assignment().get(v);
                if (m.equals(JointTable.NOT_ASSIGNED)) {
                    expected += Math.log(unrelated(victims.get(v), markers));
                } else {
                    placed.put(m, victims.get(v));
                }
            }
            expected += Math.log(family(ped, refs, placed, markers));
            assertThat(row.logLikelihood()).as(row.assignment() + " " + refs + " " + victims).isCloseTo(expected, within(1e-12));
        }
        PairwiseMatrix pairwise = DviAnalysis.pairwise(problem, DviOptions.defaults());
        double references = family(ped, refs, Map.of(), markers);
        for (DviProblem.Victim v : victims) {
            for (String m : List.of("C1", "C2")) {
                double expected = family(ped, refs, Map.of(m, v), markers) / (references * unrelated(v, markers));
                assertThat(pairwise.lr(v.id(), m).orElseThrow().lr() / expected).as(v + " = " + m).isCloseTo(1, within(1e-12));
            }
        }
    }

    /**
     * A victim under a dropout model accepted as C1 stays under it as a reference: the LR of other
     * victims for C2 is then the brute-force ratio with C1's true genotype summed over.
     */
    @RepeatedTest(4)
    void anAcceptedDegradedVictimKeepsItsModelAsAReference(RepetitionInfo info) {
        Random rnd = new Random(1900 + info.getCurrentRepetition());
        List<Marker> markers = List.of(ExtendedBruteForce.smallMarker(rnd, "L1", 3), ExtendedBruteForce.smallMarker(rnd, "L2", 3));
        Pedigree ped = Pedigree.builder().founder("F", Sex.MALE).founder("M", Sex.FEMALE)
                .child("C1", Sex.MALE, "F", "M").child("C2", Sex.FEMALE, "F", "M").build();
        Map<String, Profile> refs = Map.of("F", random(rnd, "F", markers));
        DviProblem.Victim accepted = new DviProblem.Victim(random(rnd, "V1", markers), Sex.UNKNOWN, new DropoutModel(0.4, 0.2, 0.05));
        Map<String, Profile> withAccepted = new LinkedHashMap<>(refs);
        withAccepted.put("C1", accepted.profile());
        MissingPersonModel c2 = MissingPersonModel.of(ped, "C2", markers, withAccepted, Map.of("C1", accepted.dropout()), XLinked.NONE);
        for (DviProblem.Victim v : List.of(new DviProblem.Victim(random(rnd, "V2", markers), Sex.UNKNOWN),
                new DviProblem.Victim(random(rnd, "V3", markers), Sex.UNKNOWN, new DropoutModel(0.2, 0.04, 0.02)))) {
            double expected = family(ped, refs, Map.of("C1", accepted, "C2", v), markers)
                    / (family(ped, refs, Map.of("C1", accepted), markers) * unrelated(v, markers));
            assertThat(Math.pow(10, c2.log10DnaLr(v)) / expected).as(v.toString()).isCloseTo(1, within(1e-12));
        }
    }

    /** P(references and the placed victims' profiles) on the pedigree, by enumeration, over all markers. */
    private static double family(Pedigree ped, Map<String, Profile> refs, Map<String, DviProblem.Victim> placed, List<Marker> markers) {
        double p = 1;
        for (Marker marker : markers) {
            Observation[][] obs = new Observation[ped.size()][1];
            DropoutModel[] dropout = new DropoutModel[ped.size()];
            refs.forEach((id, profile) -> obs[ped.indexOf(id)][0] = Observation.pair(profile.genotype(marker.name())));
            placed.forEach((id, v) -> {
                obs[ped.indexOf(id)][0] = Observation.pair(v.profile().genotype(marker.name()));
                dropout[ped.indexOf(id)] = v.dropout();
            });
            p *= bruteForce(ped, marker, obs, dropout);
        }
        return p;
    }

    /** P(the victim's profile) as one unrelated person, by enumeration. */
    private static double unrelated(DviProblem.Victim v, List<Marker> markers) {
        Pedigree one = Pedigree.builder().founder("U", Sex.UNKNOWN).build();
        double p = 1;
        for (Marker marker : markers) {
            p *= bruteForce(one, marker, new Observation[][] {{Observation.pair(v.profile().genotype(marker.name()))}},
                    new DropoutModel[] {v.dropout()});
        }
        return p;
    }

    private static double bruteForce(Pedigree ped, Marker marker, Observation[][] obs, DropoutModel[] dropout) {
        int[] noTwins = new int[ped.size()];
        Arrays.fill(noTwins, -1);
        return ExtendedBruteForce.likelihood(ped, InheritanceUnit.of(marker, Chromosome.AUTOSOMAL), obs, Map.of(), noTwins, dropout, 0);
    }

    private static Profile random(Random rnd, String id, List<Marker> markers) {
        Profile.Builder b = Profile.builder(id);
        for (Marker m : markers) {
            b.put(m.name(), m.allele(rnd.nextInt(m.alleleCount())), m.allele(rnd.nextInt(m.alleleCount())));
        }
        return b.build();
    }
}
