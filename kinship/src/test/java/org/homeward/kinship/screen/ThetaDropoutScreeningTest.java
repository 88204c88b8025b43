package org.homeward.kinship.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.homeward.kinship.Hypothesis;
import org.homeward.kinship.InheritanceUnit;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Observation;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;
import org.homeward.kinship.sim.SimulatedFamily;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * θ and a dropout class together: the class tables are the exact LR with the remains' true genotype
 * summed over and every founder allele, the remains' under "unrelated" included, drawn from one urn.
 */
class ThetaDropoutScreeningTest {

    /**
     * Small pedigrees, 2–4 alleles: every entry of the class table (every genotype the remains may
     * show) equals the ratio of two brute-force likelihoods, each enumerating every founder allele
     * sequence and every person's true genotype, the remains' included.
     */
    @RepeatedTest(12)
    void classTablesWithThetaEqualBruteForce(RepetitionInfo info) {
        Random rnd = new Random(18_000 + info.getCurrentRepetition());
        int alleles = 2 + rnd.nextInt(3);
        Pedigree ped = randomFamily(rnd, alleles == 4 ? 3 : 3 + rnd.nextInt(2));
        Marker marker = ExtendedBruteForce.smallMarker(rnd, "L", alleles);
        String missing = ped.id(ped.size() - 1);
        Map<String, Profile> references = new LinkedHashMap<>();
        for (int i = 0; i < ped.size() - 1; i++) {
            if (references.isEmpty() || rnd.nextDouble() < 0.5) {
                references.put(ped.id(i), Profile.builder(ped.id(i))
                        .put("L", marker.allele(rnd.nextInt(alleles)), marker.allele(rnd.nextInt(alleles))).build());
            }
        }
        double theta = 0.01 + 0.2 * rnd.nextDouble();
        DropoutModel model = new DropoutModel(0.5 * rnd.nextDouble(), 0.3 * rnd.nextDouble(), 0.2 * rnd.nextDouble());
        ScreeningResult result = screenEveryShownGenotype(marker, ped, missing, references, theta, model);
        if (result == null) {
            return; // references impossible on this pedigree: nothing to screen
        }
        for (Candidate c : result.candidates()) {
            AllelePairs shown = AllelePairs.of(c.remainsId());
            double expected = bruteForce(ped, missing, marker, references, shown.observation(), theta, model);
            assertThat(c.lr() / expected).as(ped + " refs " + references + " shows " + shown + " θ " + theta + " " + model)
                    .isCloseTo(1.0, within(1e-12));
        }
        assertThat(result.candidates()).hasSize(marker.genotypeCount());
    }

    /** Dropout and drop-in probabilities 0: the class tables are the θ-only tables. */
    @Test
    void noDropoutGivesTheThetaTables() {
        Random rnd = new Random(7);
        for (int rep = 0; rep < 6; rep++) {
            Pedigree ped = randomFamily(rnd, 4);
            Marker marker = ExtendedBruteForce.smallMarker(rnd, "L", 4);
            String missing = ped.id(ped.size() - 1);
            Map<String, Profile> references = Map.of(ped.id(0), Profile.builder(ped.id(0)).put("L", marker.allele(0), marker.allele(1)).build());
            double theta = 0.05 + 0.1 * rnd.nextDouble();
            ScreeningResult withClass = screenEveryShownGenotype(marker, ped, missing, references, theta, new DropoutModel(0, 0, 0));
            ScreeningResult thetaOnly = screenEveryShownGenotype(marker, ped, missing, references, theta, null);
            assertThat(withClass.candidates()).hasSize(marker.genotypeCount());
            for (Candidate c : withClass.candidates()) {
                Candidate plain = thetaOnly.candidates().stream().filter(x -> x.remainsId().equals(c.remainsId())).findFirst().orElseThrow();
                assertThat(c.lr() / plain.lr()).as(c.toString()).isCloseTo(1.0, within(1e-12));
            }
        }
    }

    /**
     * θ = 0: the weights made from the "unrelated" likelihoods are the Hardy–Weinberg frequencies,
     * so the class tables made through them are the dropout-only ones.
     */
    @Test
    void thetaZeroWeightsGiveTheDropoutOnlyTables() {
        Random rnd = new Random(11);
        for (int rep = 0; rep < 6; rep++) {
            Pedigree ped = randomFamily(rnd, 4);
            Marker marker = ExtendedBruteForce.smallMarker(rnd, "L", 2 + rnd.nextInt(3));
            int missing = ped.size() - 1;
            Map<String, Profile> references = Map.of(ped.id(0), Profile.builder(ped.id(0)).put("L", marker.allele(0), marker.allele(1)).build());
            DropoutModel model = DropoutModel.of(0.2 + 0.2 * rnd.nextDouble(), 0.05);
            double[] viaLikelihoods = ThetaTables.unrelatedWeights(ped, missing, marker, references, 0);
            double[] f = new double[marker.genotypeCount()];
            double max = 0;
            for (int g = 0; g < f.length; g++) {
                f[g] = marker.genotypeFrequency(g);
                max = Math.max(max, f[g]);
            }
            for (int g = 0; g < f.length; g++) {
                assertThat(viaLikelihoods[g]).isCloseTo(f[g] / max, within(1e-12));
            }
            double[] clean = FamilyProfile.build("F", ped, ped.id(missing), new MarkerPanel(List.of(marker)), references,
                    new TableInterner()).log10Lr[0];
            long[] none = new long[(f.length + 64) / 64];
            double[] dropoutOnly = DropoutTables.classTables(DropoutTables.weighted(model.shownGivenTrue(marker), f), clean, none).log10Lr();
            double[] throughWeights = DropoutTables.classTables(DropoutTables.weighted(model.shownGivenTrue(marker), viaLikelihoods),
                    clean, none).log10Lr();
            for (int o = 0; o < f.length; o++) {
                assertThat(Math.pow(10, throughWeights[o] - dropoutOnly[o])).as("shown " + o).isCloseTo(1.0, within(1e-12));
            }
        }
    }

    /** Simulated families and STR-like markers: every pair's LR is the library's direct computation with θ and the class's model. */
    @Test
    void everyPairHasTheDirectLrWithThetaAndDropout() {
        ScreeningTest.Data d = ThetaScreeningTest.simulate(1);
        Screening clean = ScreeningTest.builder(d).minLr(0).topK(1000).theta(ThetaScreeningTest.THETA).build();
        ScreeningResult cleanResult = ScreeningTest.full(clean, d);
        Screening poor = clean.forDropoutClass(DropoutScreeningTest.POOR);
        ScreeningResult result = ScreeningTest.full(poor, d);
        ScreeningResult standalone = ScreeningTest.full(ScreeningTest.builder(d).minLr(0).topK(1000).theta(ThetaScreeningTest.THETA)
                .dropout(DropoutScreeningTest.POOR).build(), d);
        List<InheritanceUnit> units = d.markers().stream().map(m -> InheritanceUnit.of(m, Chromosome.AUTOSOMAL)).toList();
        assertThat(result.candidates()).hasSize(3 * 4);
        int finite = 0;
        for (Candidate c : result.candidates()) {
            SimulatedFamily f = d.families().get(Integer.parseInt(c.familyId().substring(1)));
            Profile r = d.remains().get(Integer.parseInt(c.remainsId().substring(1)));
            Map<String, Map<String, Observation>> refs = new LinkedHashMap<>();
            f.references().forEach((id, p) -> refs.put(id, DropoutScreeningTest.observations(p)));
            double exact = Hypothesis.of(f.pedigree()).missingPersonLr(f.missingPerson(), units, refs, DropoutScreeningTest.observations(r),
                    ThetaScreeningTest.THETA, Map.of(), DropoutScreeningTest.POOR).log10Lr();
            assertThat(c.log10Lr()).as("the class screening made from the clean one is the standalone class screening")
                    .isEqualTo(same(standalone, c).log10Lr());
            if (exact == Double.NEGATIVE_INFINITY) { // both parents typed, no mutation, and no shown allele theirs
                assertThat(c.log10Lr()).as(c.toString()).isEqualTo(exact);
                continue;
            }
            assertThat(c.log10Lr()).as(c.toString()).isCloseTo(exact, within(1e-9 * Math.max(1, Math.abs(exact))));
            assertThat(c.log10Lr()).as("the class changes the LR").isNotCloseTo(same(cleanResult, c).log10Lr(), within(1e-6));
            finite++;
        }
        assertThat(finite).isGreaterThanOrEqualTo(6);
    }

    /** At θ = 0 the class screening made from the clean one equals the standalone one bit for bit. */
    @Test
    void aClassScreeningMadeFromTheCleanOneEqualsAStandaloneOne() {
        ScreeningTest.Data d = ScreeningTest.simulate(2, 9, 14);
        Screening clean = ScreeningTest.builder(d).minLr(0).topK(1000).build();
        ScreeningTest.full(clean, d);
        ScreeningResult derived = ScreeningTest.full(clean.forDropoutClass(DropoutScreeningTest.POOR), d);
        ScreeningResult standalone = ScreeningTest.full(ScreeningTest.builder(d).minLr(0).topK(1000).dropout(DropoutScreeningTest.POOR).build(), d);
        assertThat(derived.candidates()).hasSize(9 * 14);
        for (Candidate c : derived.candidates()) {
            assertThat(c.log10Lr()).as(c.toString()).isEqualTo(same(standalone, c).log10Lr());
            assertThat(derived.markerLrs(c)).isEqualTo(standalone.markerLrs(same(standalone, c)));
        }
    }

    @Test
    void dropoutProbabilitiesOutsideTheUnitIntervalAreRefused() {
        for (double[] p : new double[][] {{1, 0.1, 0}, {-0.1, 0, 0}, {0.2, 1, 0}, {0.2, 0.04, 1}, {Double.NaN, 0, 0}, {0.2, 0.04, -1e-9}}) {
            assertThatThrownBy(() -> new DropoutModel(p[0], p[1], p[2])).as(Arrays.toString(p))
                    .isInstanceOf(KinshipInputException.class).hasMessageContaining("must lie in [0, 1)");
        }
        assertThatThrownBy(() -> DropoutModel.of(1, 0)).hasMessage("dropout and drop-in probabilities must lie in [0, 1), got dropout 1.0,"
                + " homozygote dropout 1.0, drop-in 0.0");
    }

    private static Candidate same(ScreeningResult result, Candidate c) {
        return result.candidates().stream().filter(x -> x.remainsId().equals(c.remainsId()) && x.familyId().equals(c.familyId()))
                .findFirst().orElseThrow();
    }

    /** One remains per genotype the marker has (named "a|b"), screened against the family; null when the family is refused. */
    private static ScreeningResult screenEveryShownGenotype(Marker marker, Pedigree ped, String missing, Map<String, Profile> references,
                                                            double theta, DropoutModel model) {
        Screening.Builder b = Screening.newBuilder().frequencies(List.of(marker)).threads(1).minLr(0).topK(1000).theta(theta);
        Screening screening = (model == null ? b : b.dropout(model)).build();
        List<Screening.Remains> remains = new ArrayList<>();
        for (int g = 0; g < marker.genotypeCount(); g++) {
            String a = marker.allele(Marker.lowerAllele(g));
            String c = marker.allele(Marker.upperAllele(g));
            remains.add(Screening.Remains.of(Profile.builder(a + "|" + c).put("L", a, c).build()));
        }
        if (!screening.load(List.of(new Screening.Family("F", ped, List.of(missing), references)), remains).isEmpty()) {
            return null;
        }
        return screening.run();
    }

    /** LR = L(H1) / L(H2), each by enumeration: under H1 the missing person shows the alleles, under H2 one more founder does. */
    private static double bruteForce(Pedigree ped, String missing, Marker marker, Map<String, Profile> references, Observation shown,
                                     double theta, DropoutModel model) {
        InheritanceUnit unit = InheritanceUnit.of(marker, Chromosome.AUTOSOMAL);
        Hypothesis family = Hypothesis.of(ped);
        Pedigree withRemains = family.withFounder("R", ped.sex(ped.indexOf(missing))).pedigree();
        return likelihood(ped, unit, references, missing, shown, theta, model)
                / likelihood(withRemains, unit, references, "R", shown, theta, model);
    }

    private static double likelihood(Pedigree ped, InheritanceUnit unit, Map<String, Profile> references, String remains,
                                      Observation shown, double theta, DropoutModel model) {
        Observation[][] obs = new Observation[ped.size()][1];
        references.forEach((id, p) -> obs[ped.indexOf(id)][0] = Observation.pair(p.genotype("L")));
        obs[ped.indexOf(remains)][0] = shown;
        DropoutModel[] dropout = new DropoutModel[ped.size()];
        dropout[ped.indexOf(remains)] = model;
        int[] noTwins = new int[ped.size()];
        Arrays.fill(noTwins, -1);
        return ExtendedBruteForce.likelihood(ped, unit, obs, new HashMap<>(), noTwins, dropout, theta);
    }

    /** Founders and children, the last person a child (the missing person). */
    private static Pedigree randomFamily(Random rnd, int size) {
        Pedigree.Builder b = Pedigree.builder().founder("F", Sex.MALE).founder("M", Sex.FEMALE);
        for (int i = 2; i < size; i++) {
            b.child("C" + i, rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE, "F", "M");
        }
        return b.build();
    }

    /** The shown alleles a remains was named by ("a|b"; a = b: one allele shown). */
    private record AllelePairs(String a, String b) {
        static AllelePairs of(String id) {
            String[] parts = id.split("\\|");
            return new AllelePairs(parts[0], parts[1]);
        }

        Observation observation() {
            return Observation.pair(a, b);
        }
    }
}
