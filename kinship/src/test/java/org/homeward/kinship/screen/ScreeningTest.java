package org.homeward.kinship.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.homeward.kinship.Marker;
import org.homeward.kinship.MutationModel;
import org.homeward.kinship.Profile;
import org.homeward.kinship.ReferenceFamily;
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

    record Data(MarkerPanel panel, List<SimulatedFamily> families, List<Profile> remains) { }

    static Data simulate(long seed, int nFamilies, int nRemains) {
        Random rnd = new Random(seed);
        List<Marker> markers = randomMarkers(rnd, 10);
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
        return new Data(new MarkerPanel(markers), families, remains);
    }

    static List<FamilyProfile> profiles(Data d, TableInterner interner) {
        List<FamilyProfile> out = new ArrayList<>();
        for (SimulatedFamily f : d.families()) {
            out.add(FamilyProfile.build(f.id(), f.pedigree(), f.missingPerson(), d.panel(), f.references(), interner));
        }
        return out;
    }

    @Test
    void kernelLrsEqualTheExactEngineForEveryPair() {
        for (long seed = 1; seed <= 5; seed++) {
            Data d = simulate(seed, 23, 30);
            Screening s = new Screening(d.panel(), new ScreeningOptions(0, 1000, 2));
            s.loadFamilies(profiles(d, new TableInterner()));
            s.loadRemains(d.remains());
            s.runAll();
            List<Candidate> all = s.candidates();
            assertThat(all).hasSize(23 * 30);
            for (Candidate c : all) {
                SimulatedFamily f = d.families().get(Integer.parseInt(c.familyId().substring(1)));
                Profile r = d.remains().get(Integer.parseInt(c.remainsId().substring(1)));
                double direct = ReferenceFamily.prepare(f.pedigree(), f.missingPerson(), d.panel().markers(), f.references())
                        .lr(r).lr();
                if (direct == 0) {
                    assertThat(c.lr()).as(c.toString()).isZero();
                } else {
                    assertThat(Math.abs(c.lr() - direct) / direct).as(c.toString()).isLessThanOrEqualTo(1e-9);
                }
            }
        }
    }

    @Test
    void incrementalScreeningGivesTheSameResultsAsAFullRun() {
        Data d = simulate(42, 37, 41);
        ScreeningOptions options = new ScreeningOptions(1, 3, 2);
        TableInterner interner = new TableInterner();
        List<FamilyProfile> profiles = profiles(d, interner);

        Screening full = new Screening(d.panel(), options);
        full.loadFamilies(profiles);
        full.loadRemains(d.remains());
        full.runAll();

        Screening incremental = new Screening(d.panel(), options);
        Random rnd = new Random(3);
        int f = 0;
        int r = 0;
        while (f < profiles.size() || r < d.remains().size()) {
            boolean family = r == d.remains().size() || (f < profiles.size() && rnd.nextBoolean());
            if (family) {
                incremental.addFamily(profiles.get(f++));
            } else {
                incremental.addRemains(d.remains().get(r++));
            }
        }
        assertThat(incremental.candidates()).isEqualTo(full.candidates());
        assertThat(full.candidates()).isNotEmpty();
        for (Profile p : d.remains()) {
            assertThat(incremental.topFamilies(p.id())).isEqualTo(full.topFamilies(p.id()));
        }
    }

    @Test
    void trueRemainsRankTheirFamilyFirstAndMutationsAreCounted() {
        Data d = simulate(7, 40, 80);
        Screening s = new Screening(d.panel(), new ScreeningOptions(1, 5, 2));
        s.loadFamilies(profiles(d, new TableInterner()));
        s.loadRemains(d.remains());
        s.runAll();
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
            if (c.inconsistentMarkers() > 0 && d.panel().markers().stream().allMatch(Marker::hasNoMutation)) {
                assertThat(c.lr()).isZero();
            }
        }
    }

    @Test
    void remainsOfKnownSexAreNeverPairedWithAMissingPersonOfTheOtherSex() {
        Data d = simulate(21, 12, 0);
        TableInterner interner = new TableInterner();
        List<FamilyProfile> profiles = profiles(d, interner);
        List<Profile> truths = d.families().stream().map(SimulatedFamily::truth).toList();
        List<org.homeward.kinship.Sex> sexes = new ArrayList<>();
        List<org.homeward.kinship.Sex> opposite = new ArrayList<>();
        for (SimulatedFamily f : d.families()) {
            org.homeward.kinship.Sex sex = f.pedigree().sex(f.pedigree().indexOf("MP"));
            sexes.add(sex);
            opposite.add(sex == org.homeward.kinship.Sex.MALE ? org.homeward.kinship.Sex.FEMALE : org.homeward.kinship.Sex.MALE);
        }
        // Every pair is reported (LR ≥ 0, top 12 of 12), so only the sex rule can leave one out.
        ScreeningOptions options = new ScreeningOptions(0, 12, 2);

        Screening right = new Screening(d.panel(), options);
        right.loadFamilies(profiles);
        right.loadRemains(truths, sexes);
        right.runAll();
        Screening wrong = new Screening(d.panel(), options);
        wrong.loadFamilies(profiles);
        wrong.loadRemains(truths, opposite);
        wrong.runAll();
        Screening ignoring = new Screening(d.panel(), options.withSexConsistency(false));
        ignoring.loadFamilies(profiles);
        ignoring.loadRemains(truths, opposite);
        ignoring.runAll();
        Screening incremental = new Screening(d.panel(), options);
        profiles.forEach(incremental::addFamily);
        for (int i = 0; i < truths.size(); i++) {
            incremental.addRemains(truths.get(i), opposite.get(i));
        }

        for (SimulatedFamily f : d.families()) {
            String id = f.truth().id();
            assertThat(right.topFamilies(id)).extracting(Candidate::familyId).contains(f.id());
            assertThat(ignoring.topFamilies(id)).extracting(Candidate::familyId).contains(f.id());
            assertThat(wrong.topFamilies(id)).extracting(Candidate::familyId).doesNotContain(f.id());
        }
        assertThat(incremental.candidates()).isEqualTo(wrong.candidates());
    }
}
