package org.homeward.kinship.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.LrResult;
import org.homeward.kinship.Marker;
import org.homeward.kinship.MutationModel;
import org.homeward.kinship.Profile;
import org.homeward.kinship.RareAllelePolicy;
import org.homeward.kinship.ReferenceFamily;
import org.homeward.kinship.Sex;
import org.homeward.kinship.sim.SimulatedFamily;
import org.homeward.kinship.sim.Simulator;
import org.junit.jupiter.api.Test;

class ScreeningTest {

    /** Ten markers with 6–12 alleles, random frequencies, mixed mutation models. */
    static List<Marker> randomMarkers(Random rnd, int count) {
        List<Marker> out = new ArrayList<>();
        for (int m = 0; m < count; m++) {
            int k = 6 + rnd.nextInt(7);
            double[] w = new double[k];
            double s = 0;
            for (int i = 0; i < k; i++) {
                w[i] = 0.05 + rnd.nextDouble();
                s += w[i];
            }
            Marker.Builder b = Marker.builder("M" + m);
            for (int i = 0; i < k; i++) {
                b.allele(String.valueOf(8 + i), w[i] / s);
            }
            MutationModel model = switch (m % 4) {
                case 0 -> MutationModel.NONE;
                case 1 -> MutationModel.stepwise(0.002, 0.5, 1e-5);
                case 2 -> MutationModel.proportional(0.003);
                default -> MutationModel.equal(0.001);
            };
            out.add(b.femaleMutation(model).maleMutation(m % 4 == 1 ? MutationModel.stepwise(0.004, 0.5, 1e-5) : model).build());
        }
        return out;
    }

    record Data(List<Marker> markers, List<SimulatedFamily> families, List<Profile> remains) { }

    static Data simulate(long seed, int nFamilies, int nRemains) {
        return simulate(seed, nFamilies, nRemains, 10);
    }

    static Data simulate(long seed, int nFamilies, int nRemains, int nMarkers) {
        Random rnd = new Random(seed);
        List<Marker> markers = randomMarkers(rnd, nMarkers);
        Simulator sim = new Simulator(markers, seed);
        List<SimulatedFamily> families = new ArrayList<>();
        for (int f = 0; f < nFamilies; f++) {
            families.add(sim.family("F" + f));
        }
        List<Profile> remains = new ArrayList<>();
        for (int r = 0; r < nRemains; r++) {
            remains.add(r % 2 == 0 && r / 2 < nFamilies
                    ? sim.degrade(families.get(r / 2).truth(), "R" + r, sim.randomDegradation())
                    : sim.unrelated("R" + r));
        }
        return new Data(markers, families, remains);
    }

    static Screening.Family family(SimulatedFamily f) {
        return new Screening.Family(f.id(), f.pedigree(), List.of(f.missingPerson()), f.references());
    }

    static List<Screening.Family> families(Data d) {
        return d.families().stream().map(ScreeningTest::family).toList();
    }

    static List<Screening.Remains> remains(List<Profile> profiles) {
        return profiles.stream().map(Screening.Remains::of).toList();
    }

    static Screening.Builder builder(Data d) {
        return Screening.newBuilder().frequencies(d.markers()).threads(2);
    }

    /** Loads everything and runs the kernel. */
    static ScreeningResult full(Screening screening, Data d) {
        assertThat(screening.load(families(d), remains(d.remains()))).isEmpty();
        return screening.run();
    }

    @Test
    void kernelLrsAndPerMarkerLrsEqualTheExactEngineForEveryPair() {
        for (long seed = 1; seed <= 5; seed++) {
            Data d = simulate(seed, 23, 30);
            ScreeningResult result = full(builder(d).minLr(0).topK(1000).build(), d);
            List<Candidate> all = result.candidates();
            assertThat(all).hasSize(23 * 30);
            assertThat(result.pairsScreened()).isEqualTo(23 * 30);
            for (Candidate c : all) {
                SimulatedFamily f = d.families().get(Integer.parseInt(c.familyId().substring(1)));
                Profile r = d.remains().get(Integer.parseInt(c.remainsId().substring(1)));
                ReferenceFamily exact = ReferenceFamily.prepare(f.pedigree(), f.missingPerson(), d.markers(), f.references());
                LrResult direct = exact.lr(r);
                assertThat(c.log10Lr()).as(c.toString()).isEqualTo(direct.log10Lr());
                assertThat(c.markersCompared()).isEqualTo(direct.markersCompared());
                List<ScreeningResult.MarkerLr> perMarker = result.markerLrs(c);
                assertThat(perMarker).extracting(ScreeningResult.MarkerLr::marker).containsExactlyElementsOf(direct.perMarker().keySet());
                for (ScreeningResult.MarkerLr m : perMarker) {
                    int k = d.markers().indexOf(d.markers().stream().filter(x -> x.name().equals(m.marker())).findFirst().orElseThrow());
                    Marker marker = d.markers().get(k);
                    int g = marker.genotypeIndex(r.genotype(m.marker()).first(), r.genotype(m.marker()).second());
                    assertThat(m.log10Lr()).as(c + " at " + m.marker()).isEqualTo(exact.log10Lr(k, g));
                }
                assertThat(perMarker.stream().filter(ScreeningResult.MarkerLr::inconsistent).count()).isEqualTo(c.inconsistentMarkers());
            }
        }
    }

    @Test
    void aPairBelowTheThresholdIsScoredAsItsCandidateWouldBe() {
        Data d = simulate(7, 12, 20);
        ScreeningResult every = full(builder(d).minLr(0).topK(1000).build(), d);
        ScreeningResult strict = full(builder(d).minLr(1e6).topK(3).build(), d);
        for (Candidate c : every.candidates()) {
            assertThat(strict.pair(c.remainsId(), c.familyId(), c.missingPerson())).as(c.toString()).contains(c);
        }
        assertThat(every.candidates()).anySatisfy(c -> assertThat(c.log10Lr()).isLessThan(6));
        assertThat(strict.pair("no such remains", "F0", d.families().get(0).missingPerson())).isEmpty();
        assertThat(strict.pair("R0", "no such family", d.families().get(0).missingPerson())).isEmpty();
    }

    @Test
    void exactPruningFindsEveryPairAtOrAboveTheThresholdWithItsExactLr() {
        for (long seed = 11; seed <= 16; seed++) {
            // Mostly true remains, so that many pairs sit near every threshold; an odd number of remains.
            Data d = simulate(seed, 41, 61);
            ScreeningResult everything = full(builder(d).minLr(0).topK(1000).build(), d);
            for (double minLr : new double[] {1.5, 10, 1_000, 100_000}) {
                double log10 = Math.log10(minLr);
                List<Candidate> expected = everything.candidates().stream().filter(c -> c.log10Lr() >= log10).toList();
                ScreeningResult pruned = full(builder(d).minLr(minLr).topK(1000).exactPruning(true).build(), d);
                assertThat(pruned.candidates()).as("seed %d, LR ≥ %s", seed, minLr).isEqualTo(expected);
                assertThat(pruned.pairsAboveThreshold()).isEqualTo(expected.size());
                ScreeningResult plain = full(builder(d).minLr(minLr).topK(2).threads(1).build(), d);
                ScreeningResult prunedTop = full(builder(d).minLr(minLr).topK(2).threads(1).exactPruning(true).build(), d);
                assertThat(prunedTop.candidates()).isEqualTo(plain.candidates());
            }
        }
    }

    @Test
    void storedProfilesGiveTheSameResultsBitForBitAndAreRefusedUnderAnotherModel() {
        Data d = simulate(21, 9, 13);
        Screening built = builder(d).minLr(0).topK(1000).build();
        ScreeningResult computed = full(built, d);
        List<byte[]> stored = d.families().stream()
                .map(f -> built.storedProfile(f.id(), f.missingPerson()).orElseThrow()).toList();
        assertThat(built.storedProfile("nobody", "MP")).isEmpty();

        Screening restored = builder(d).minLr(0).topK(1000).build();
        assertThat(restored.modelKey()).isEqualTo(built.modelKey());
        assertThat(restored.loadStored(stored)).isEmpty();
        restored.load(List.of(), remains(d.remains()));
        ScreeningResult again = restored.run();
        assertThat(again.candidates()).isEqualTo(computed.candidates());
        for (Candidate c : again.candidates()) {
            assertThat(again.markerLrs(c)).isEqualTo(computed.markerLrs(c));
        }
        assertThat(restored.storedProfile("F0", "MP").orElseThrow()).isEqualTo(stored.get(0));
        assertThat(restored.loadStored(stored.subList(0, 1))).extracting(Screening.Refusal::familyId).containsExactly("F0");

        Screening otherModel = builder(d).mutationModels(MutationModel.equal(0.01), MutationModel.equal(0.02)).build();
        assertThat(otherModel.modelKey()).isNotEqualTo(built.modelKey());
        assertThatThrownBy(() -> otherModel.loadStored(stored)).isInstanceOf(KinshipInputException.class)
                .hasMessageContaining("was built for another model");
        assertThatThrownBy(() -> restored.loadStored(List.of(java.util.Arrays.copyOf(stored.get(1), 100))))
                .hasMessage("these bytes are not a complete stored family profile");
    }

    @Test
    void incrementalScreeningGivesTheSameResultsAsAFullRun() {
        Data d = simulate(42, 37, 41);
        ScreeningResult full = full(builder(d).minLr(1).topK(3).build(), d);

        Screening incremental = builder(d).minLr(1).topK(3).build();
        Random rnd = new Random(3);
        int f = 0;
        int r = 0;
        ScreeningResult last = null;
        ScreeningResult early = null;
        List<Candidate> earlyCandidates = null;
        long pairs = 0;
        while (f < d.families().size() || r < d.remains().size()) {
            boolean family = r == d.remains().size() || (f < d.families().size() && rnd.nextBoolean());
            last = family ? incremental.add(List.of(family(d.families().get(f++))), List.of())
                    : incremental.add(List.of(), remains(List.of(d.remains().get(r++))));
            pairs += last.pairsScreened();
            if (f + r == 40) {
                early = last;
                earlyCandidates = early.candidates();
            }
        }
        assertThat(pairs).isEqualTo(full.pairsScreened());
        assertThat(last.candidates()).isEqualTo(full.candidates());
        assertThat(full.candidates()).isNotEmpty();
        for (Profile p : d.remains()) {
            assertThat(last.topFamilies(p.id())).isEqualTo(full.topFamilies(p.id()));
        }
        for (SimulatedFamily sf : d.families()) {
            assertThat(last.topRemains(sf.id(), sf.missingPerson())).isEqualTo(full.topRemains(sf.id(), sf.missingPerson()));
        }
        // A result does not change as screening goes on.
        assertThat(early.candidates()).isEqualTo(earlyCandidates);
        assertThat(early.familyCount() + early.remainsCount()).isEqualTo(40);
        assertThatThrownBy(() -> full(incremental, d)).isInstanceOf(KinshipInputException.class).hasMessageContaining("already held");
    }

    @Test
    void trueRemainsRankTheirFamilyFirstAndMutationsAreCounted() {
        Data d = simulate(7, 40, 80);
        ScreeningResult s = full(builder(d).minLr(1).topK(5).build(), d);
        int found = 0;
        for (int r = 0; r < 80; r += 2) {
            List<Candidate> top = s.topFamilies("R" + r);
            if (!top.isEmpty() && top.get(0).familyId().equals("F" + (r / 2))) {
                found++;
            }
        }
        // Ten markers and single references: most, not all, true remains come out on top.
        assertThat(found).isGreaterThan(25);
        for (Candidate c : s.candidates()) {
            assertThat(c.inconsistentMarkers()).isBetween(0, c.markersCompared());
            if (c.inconsistentMarkers() > 0 && d.markers().stream().allMatch(Marker::hasNoMutation)) {
                assertThat(c.lr()).isZero();
            }
        }
    }

    @Test
    void remainsOfKnownSexAreNeverPairedWithAMissingPersonOfTheOtherSex() {
        Data d = simulate(21, 12, 0);
        List<Screening.Remains> right = new ArrayList<>();
        List<Screening.Remains> wrong = new ArrayList<>();
        for (SimulatedFamily f : d.families()) {
            Sex sex = f.pedigree().sex(f.pedigree().indexOf("MP"));
            right.add(new Screening.Remains(f.truth(), sex));
            wrong.add(new Screening.Remains(f.truth(), sex == Sex.MALE ? Sex.FEMALE : Sex.MALE));
        }
        // Every pair is reported (LR ≥ 0, top 12 of 12), so only the sex rule can leave one out.
        Screening.Builder settings = builder(d).minLr(0).topK(12);
        ScreeningResult rightSex = run(settings.build(), families(d), right);
        ScreeningResult wrongSex = run(settings.build(), families(d), wrong);
        ScreeningResult ignoring = run(settings.sexConsistent(false).build(), families(d), wrong);
        Screening incremental = settings.sexConsistent(true).build();
        incremental.add(families(d), List.of());
        ScreeningResult incrementalWrong = null;
        for (Screening.Remains r : wrong) {
            incrementalWrong = incremental.add(List.of(), List.of(r));
        }

        for (SimulatedFamily f : d.families()) {
            String id = f.truth().id();
            assertThat(rightSex.topFamilies(id)).extracting(Candidate::familyId).contains(f.id());
            assertThat(ignoring.topFamilies(id)).extracting(Candidate::familyId).contains(f.id());
            assertThat(wrongSex.topFamilies(id)).extracting(Candidate::familyId).doesNotContain(f.id());
        }
        assertThat(incrementalWrong.candidates()).isEqualTo(wrongSex.candidates());
    }

    private static ScreeningResult run(Screening screening, List<Screening.Family> families, List<Screening.Remains> remains) {
        screening.load(families, remains);
        return screening.run();
    }

    @Test
    void theBuilderReportsEveryProblemWithTheSettingsAtOnce() {
        assertThatThrownBy(() -> Screening.newBuilder().minLr(-1).topK(0).threads(0).build())
                .isInstanceOfSatisfying(KinshipInputException.class, e -> assertThat(e.problems()).containsExactly(
                        "the LR threshold must be a finite number ≥ 0, got -1.0",
                        "top-K must be between 1 and 1000, got 0",
                        "threads must be between 1 and 1024, got 0",
                        "no allele frequencies: frequencies(…) is required"));

        Data d = simulate(5, 1, 0);
        Profile rare = Profile.builder("R1").put("M0", "99", "8").build();
        assertThatThrownBy(() -> builder(d).minLr(Double.NaN).topK(1001).markers(List.of("M1", "M404", "M1"))
                .fitTo(List.of(rare)).build())
                .isInstanceOfSatisfying(KinshipInputException.class, e -> assertThat(e.problems()).containsExactly(
                        "the LR threshold must be a finite number ≥ 0, got NaN",
                        "top-K must be between 1 and 1000, got 1001",
                        "marker M404 has no frequency table",
                        "marker M1 is listed twice"));
        assertThatThrownBy(() -> builder(d).minLr(Double.POSITIVE_INFINITY).fitTo(List.of(rare)).build())
                .isInstanceOfSatisfying(KinshipInputException.class, e -> assertThat(e.problems()).containsExactly(
                        "the LR threshold must be a finite number ≥ 0, got Infinity",
                        "profile 'R1' has allele '99' at M0, which is not in its frequency table"));
        assertThatThrownBy(() -> Screening.newBuilder().frequencies(List.of()).build())
                .hasMessage("a screening needs at least one marker");
        assertThatThrownBy(() -> builder(d).minLr(1).exactPruning(true).build())
                .hasMessage("exact pruning needs an LR threshold above 1 (minLr), got 1.0");
    }

    @Test
    void fittingKeepsTheTypedMarkersAddsRareAllelesAndReplacesMutationModels() {
        Data d = simulate(5, 1, 0);
        Profile rare = Profile.builder("R1").put("M0", "99", "8").put("M3", "8", "9").build();
        Screening screening = builder(d).fitTo(List.of(rare)).rareAlleles(RareAllelePolicy.minimumFrequency(0.01))
                .mutationModels(MutationModel.equal(0.002), MutationModel.equal(0.003)).build();
        assertThat(screening.markers()).extracting(Marker::name).containsExactly("M0", "M3");
        assertThat(screening.markers()).allSatisfy(m -> {
            assertThat(m.femaleMutation()).isEqualTo(MutationModel.equal(0.002));
            assertThat(m.maleMutation()).isEqualTo(MutationModel.equal(0.003));
        });
        assertThat(screening.markers().get(0).alleleIndex("99")).isNotNegative();
        assertThat(screening.notes()).singleElement().asString().startsWith("M0: added allele(s) 99");
        assertThat(screening.accepts(rare)).isTrue();
        assertThat(screening.accepts(Profile.builder("R2").put("M1", "8", "9").build())).isFalse();
        assertThat(screening.accepts(Profile.builder("R3").put("M3", "8", "98").build())).isFalse();
    }

    @Test
    void aFamilyThatCannotBeScreenedIsRefusedWithItsProblemsAndTheOthersAreScreened() {
        Data d = simulate(9, 3, 4);
        SimulatedFamily first = d.families().get(0);
        Screening.Family broken = new Screening.Family("BROKEN", first.pedigree(), List.of("NOBODY"), first.references());
        Screening screening = builder(d).build();
        List<Screening.Refusal> refused = screening.load(List.of(family(first), broken, family(first)), remains(d.remains()));
        assertThat(refused).containsExactly(
                new Screening.Refusal("BROKEN", "NOBODY", List.of("family 'BROKEN': the missing person 'NOBODY' is not in the pedigree")),
                new Screening.Refusal("F0", "MP", List.of("family 'F0' with missing person 'MP' is already held")));
        ScreeningResult result = screening.run();
        assertThat(result.familyCount()).isEqualTo(1);
        assertThatThrownBy(() -> result.topRemains("BROKEN", "NOBODY")).isInstanceOf(KinshipInputException.class);
        assertThatThrownBy(() -> screening.add(List.of(), remains(List.of(d.remains().get(0))))).hasMessageContaining("already held");
    }
}
