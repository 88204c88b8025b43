package org.homeward.kinship.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homeward.kinship.Marker;
import org.homeward.kinship.MutationModel;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The threshold mode against the full pass: the same pairs, LRs and counts, thresholds on the pairs' own LRs included. */
class ThresholdKernelTest {

    @Test
    void everyPairAtOrAboveTheThresholdIsFoundWithTheFullPassLrEvenAtThresholdsEqualToPairLrs() {
        for (long seed = 31; seed <= 36; seed++) {
            assertSameAsTheFullPass(seed, ScreeningTest.simulate(seed, 43, 57));
        }
    }

    @Test
    void blocksOfSixtyFourAndRemainsWithUntypedMarkersLoseNoPair() {
        // 150 families: two blocks of 64 and one of 22, each family at its own lane scale; 600 remains,
        // half of them degraded (untyped markers, summed as the lanes' "not typed" value, not looked up)
        // and so of every typed count; 21 markers.
        for (long seed = 41; seed <= 42; seed++) {
            ScreeningTest.Data d = ScreeningTest.simulate(seed, 150, 600, 21);
            assertThat(d.remains().stream().mapToInt(p -> p.genotypes().size()).distinct().count())
                    .as("typed counts").isGreaterThan(5);
            assertSameAsTheFullPass(seed, d);
        }
    }

    /** Candidates, LRs and counts as the full pass's, at fixed thresholds and at pairs' own LRs, top 1,000 and top 2. */
    private static void assertSameAsTheFullPass(long seed, ScreeningTest.Data d) {
        List<Candidate> all = ScreeningTest.full(ScreeningTest.builder(d).minLr(0).topK(1000).build(), d).candidates();
        List<Double> thresholds = new ArrayList<>(List.of(1.01, 3.0, 100.0, 1e6, 1e12, 1e40, 1e300));
        all.stream().filter(c -> c.log10Lr() > 0.01).limit(6).forEach(c -> thresholds.add(c.lr()));
        for (double minLr : thresholds) {
            for (int topK : new int[] {1000, 2}) {
                ScreeningResult full = ScreeningTest.full(ScreeningTest.builder(d).minLr(minLr).topK(topK).build(), d);
                ScreeningResult pruned = ScreeningTest.full(
                        ScreeningTest.builder(d).minLr(minLr).topK(topK).exactPruning(true).build(), d);
                assertThat(pruned.candidates()).as("seed %d, LR ≥ %s, top %d", seed, minLr, topK)
                        .isEqualTo(full.candidates());
                assertThat(pruned.pairsAboveThreshold()).isEqualTo(full.pairsAboveThreshold());
            }
        }
    }

    @Test
    void laneValuesKeptFromAnEarlierRunServeTheNextOneAfterMoreFamiliesArrive() {
        ScreeningTest.Data d = ScreeningTest.simulate(37, 43, 57);
        List<Screening.Family> families = ScreeningTest.families(d);
        List<Screening.Remains> remains = ScreeningTest.remains(d.remains());
        ScreeningResult full = ScreeningTest.full(ScreeningTest.builder(d).minLr(100).build(), d);
        Screening pruned = ScreeningTest.builder(d).minLr(100).exactPruning(true).build();
        pruned.load(families.subList(0, 20), remains);
        pruned.run();
        pruned.load(families.subList(20, families.size()), List.of());
        ScreeningResult second = pruned.run();
        assertThat(second.candidates()).isEqualTo(full.candidates());
        assertThat(second.pairsAboveThreshold()).isEqualTo(full.pairsAboveThreshold()).isPositive();
    }

    @Test
    void aFamilyWhoseLrsDoNotFitTheLanesIsScoredByTheFullPass() {
        // A homozygous father for an allele of frequency 10⁻¹⁵⁰: the son's LR at that marker is 10¹⁵⁰, beyond the lanes.
        assertFamilyBeyondTheLanesIsFound(1e-150, 149);
        // 10⁻³⁰⁰: the genotype's frequency underflows to 0 and the LR is +∞, which must not wrap to a small lane value.
        assertFamilyBeyondTheLanesIsFound(1e-300, Double.MAX_VALUE);
    }

    private static void assertFamilyBeyondTheLanesIsFound(double frequency, double log10LrAbove) {
        Marker rare = Marker.builder("RARE").allele("r", frequency).allele("c", 1.0).mutation(MutationModel.NONE).build();
        Marker common = Marker.builder("COMMON").allele("1", 0.5).allele("2", 0.5).mutation(MutationModel.NONE).build();
        Pedigree pedigree = Pedigree.builder().founder("F", Sex.MALE).founder("M", Sex.FEMALE).child("MP", Sex.MALE, "F", "M").build();
        Profile father = Profile.builder("father").put("RARE", "r", "r").put("COMMON", "1", "2").build();
        Profile son = Profile.builder("son").put("RARE", "r", "r").put("COMMON", "1", "1").build();
        Profile stranger = Profile.builder("stranger").put("RARE", "c", "c").put("COMMON", "2", "2").build();
        Profile plainFather = Profile.builder("plain").put("RARE", "c", "c").put("COMMON", "1", "2").build();

        MarkerPanel panel = new MarkerPanel(List.of(rare, common));
        ThresholdKernel pruning = ThresholdKernel.plan(panel, 10);
        long[] packed = new long[ThresholdKernel.WORDS * panel.slots()];
        long[] starts = new long[ThresholdKernel.WORDS * (panel.size() + 1)];
        pruning.ensureFamilies(1);
        FamilyProfile beyond = FamilyProfile.build("F1", pedigree, "MP", panel, Map.of("F", father), new TableInterner());
        FamilyProfile ordinary = FamilyProfile.build("F2", pedigree, "MP", panel, Map.of("F", plainFather), new TableInterner());
        assertThat(pruning.quantize(panel, new FamilyProfile[] {beyond}, 0, 1, packed, starts)).isFalse();
        assertThat(pruning.quantize(panel, new FamilyProfile[] {ordinary}, 0, 1, packed, starts)).isTrue();

        // Nine ordinary families first: the one beyond the lanes is the tenth of its block of 64, so
        // the full pass scores that block in two parts of eight and must find it in the second.
        List<Screening.Family> families = new ArrayList<>();
        for (int f = 2; f <= 10; f++) {
            families.add(new Screening.Family("F" + f, pedigree, List.of("MP"), Map.of("F", plainFather)));
        }
        families.add(new Screening.Family("F1", pedigree, List.of("MP"), Map.of("F", father)));
        List<Screening.Remains> remains = List.of(Screening.Remains.of(son), Screening.Remains.of(stranger));
        List<List<Candidate>> found = new ArrayList<>();
        for (boolean prune : new boolean[] {false, true}) {
            Screening screening = Screening.newBuilder().frequencies(List.of(rare, common)).minLr(1e10).threads(1)
                    .exactPruning(prune).build();
            screening.load(families, remains);
            found.add(screening.run().candidates());
        }
        assertThat(found.get(0)).extracting(Candidate::remainsId, Candidate::familyId).containsExactly(
                Tuple.tuple("son", "F1"));
        assertThat(found.get(0).get(0).log10Lr()).isGreaterThan(log10LrAbove);
        assertThat(found.get(1)).isEqualTo(found.get(0));
    }
}
