package org.homeward.kinship.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.homeward.kinship.DropoutModel;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Marker;
import org.homeward.kinship.MutationMatrix;
import org.homeward.kinship.MutationModel;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;
import org.homeward.kinship.sim.ReferenceConfiguration;
import org.homeward.kinship.sim.SimulatedFamily;
import org.homeward.kinship.sim.Simulator;
import org.junit.jupiter.api.Test;

/**
 * A screening's job written and read back (bit for bit, strictly), and a result computed elsewhere
 * published as {@link Screening#run()} would have published it.
 */
class ScreeningJobTest {

    static ScreeningJob.Settings settings(List<Marker> markers, double minLr, int topK) {
        return new ScreeningJob.Settings(markers, 0, null, minLr, topK, true);
    }

    record Case(List<Marker> markers, List<Screening.Family> families, List<Screening.Remains> remains) { }

    /** Families of every shape (remains of most of them, unrelated remains, exact copies of both: ties), sexes mixed. */
    static Case simulate(long seed) {
        Random rnd = new Random(seed);
        List<Marker> markers = ScreeningTest.randomMarkers(rnd, 8);
        Simulator sim = new Simulator(markers, seed);
        List<Screening.Family> families = new ArrayList<>();
        List<Screening.Remains> remains = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            for (ReferenceConfiguration shape : ReferenceConfiguration.values()) {
                SimulatedFamily f = sim.family("F" + families.size(), shape);
                families.add(new Screening.Family(f.id(), f.pedigree(), List.of(f.missingPerson()), f.references()));
                if (rnd.nextInt(4) > 0) {
                    Sex sex = rnd.nextBoolean() ? f.pedigree().sex(f.pedigree().indexOf(f.missingPerson())) : Sex.UNKNOWN;
                    remains.add(new Screening.Remains(sim.degrade(f.truth(), "R" + remains.size(), sim.randomDegradation()), sex));
                }
            }
        }
        for (int i = 0; i < 9; i++) {
            remains.add(new Screening.Remains(sim.unrelated("R" + remains.size()), Sex.values()[i % 3]));
        }
        int originals = families.size();
        for (int i = 0; i < originals; i += 3) {
            Screening.Family f = families.get(i);
            families.add(new Screening.Family(f.id() + "-copy", f.pedigree(), f.missingPersons(), f.references()));
        }
        int held = remains.size();
        for (int i = 0; i < held; i += 4) {
            Screening.Remains r = remains.get(i);
            remains.add(new Screening.Remains(new Profile(r.profile().id() + "-copy", r.profile().genotypes()), r.sex()));
        }
        return new Case(markers, families, remains);
    }

    private static ScreeningResult ran(ScreeningJob.Settings s, Case c) {
        Screening screening = s.builder().threads(2).build();
        screening.load(c.families(), c.remains());
        return screening.run();
    }

    @Test
    void aResultComputedElsewhereIsPublishedAsTheRunWouldHaveIt() {
        for (long seed = 1; seed <= 3; seed++) {
            Case c = simulate(seed);
            for (ScreeningJob.Settings s : List.of(settings(c.markers(), 1, 10), settings(c.markers(), 1, 1), settings(c.markers(), 0, 2),
                    new ScreeningJob.Settings(c.markers(), 0, DropoutModel.of(0.2, 0.02), 10, 2, false))) {
                ScreeningResult expected = ran(s, c);
                // Copies tie with their originals: which one a list of length 1 or 2 keeps is the tie-break under test.
                assertThat(expected.candidates()).anyMatch(x -> x.familyId().endsWith("-copy"));
                Screening elsewhere = s.builder().threads(1).build();
                elsewhere.load(c.families(), c.remains());
                List<Candidate> shuffled = new ArrayList<>(expected.candidates());
                java.util.Collections.shuffle(shuffled, new Random(seed));

                ScreeningResult published = elsewhere.resultOf(shuffled, expected.pairsScreened(), expected.pairsAboveThreshold());

                assertSamePublished(published, expected, c);
            }
        }
    }

    static void assertSamePublished(ScreeningResult published, ScreeningResult expected, Case c) {
        // Record equality compares the LRs' bits: same candidates, same order, same ties.
        assertThat(published.candidates()).isNotEmpty().containsExactlyElementsOf(expected.candidates());
        assertThat(published.pairsScreened()).isEqualTo(expected.pairsScreened());
        assertThat(published.pairsAboveThreshold()).isEqualTo(expected.pairsAboveThreshold());
        for (Screening.Remains r : c.remains()) {
            assertThat(published.topFamilies(r.profile().id())).containsExactlyElementsOf(expected.topFamilies(r.profile().id()));
        }
        for (Screening.Family f : c.families()) {
            for (String mp : f.missingPersons()) {
                assertThat(published.topRemains(f.id(), mp)).containsExactlyElementsOf(expected.topRemains(f.id(), mp));
            }
        }
        for (Candidate x : expected.candidates()) {
            assertThat(published.markerLrs(x)).containsExactlyElementsOf(expected.markerLrs(x));
        }
    }

    @Test
    void afterAResultFromElsewhereAdditionsScreenAsAfterARun() {
        Case c = simulate(4);
        ScreeningJob.Settings s = settings(c.markers(), 1, 2);
        int half = c.remains().size() / 2;
        Screening here = s.builder().threads(2).build();
        here.load(c.families(), c.remains().subList(0, half));
        ScreeningResult first = here.run();
        ScreeningResult afterRun = here.add(List.of(), c.remains().subList(half, c.remains().size()));

        Screening there = s.builder().threads(2).build();
        there.load(c.families(), c.remains().subList(0, half));
        there.resultOf(first.candidates(), first.pairsScreened(), first.pairsAboveThreshold());
        ScreeningResult afterElsewhere = there.add(List.of(), c.remains().subList(half, c.remains().size()));

        assertThat(afterElsewhere.candidates()).containsExactlyElementsOf(afterRun.candidates());
    }

    @Test
    void candidatesThisScreeningWouldNotReportAreRefusedAndNothingChanges() {
        Case c = simulate(5);
        ScreeningJob.Settings s = settings(c.markers(), 1, 3);
        ScreeningResult expected = ran(s, c);
        Candidate best = expected.candidates().get(0);
        Screening screening = s.builder().threads(1).build();
        screening.load(c.families(), c.remains());
        ScreeningResult before = screening.run();

        assertThatThrownBy(() -> screening.resultOf(List.of(new Candidate("nobody", best.familyId(), best.missingPerson(), 1, 1, 0)), 1, 1))
                .isInstanceOf(KinshipInputException.class).hasMessageContaining("no such remains");
        assertThatThrownBy(() -> screening.resultOf(List.of(new Candidate(best.remainsId(), "F-none", "MP", 1, 1, 0)), 1, 1))
                .isInstanceOf(KinshipInputException.class).hasMessageContaining("no such missing person");
        Candidate off = new Candidate(best.remainsId(), best.familyId(), best.missingPerson(), Math.nextUp(best.log10Lr()),
                best.markersCompared(), best.inconsistentMarkers());
        assertThatThrownBy(() -> screening.resultOf(List.of(off), 1, 1))
                .isInstanceOf(KinshipInputException.class).hasMessageContaining("another model");
        assertThatThrownBy(() -> screening.resultOf(List.of(best, best), 1, 1))
                .isInstanceOf(KinshipInputException.class).hasMessageContaining("listed twice");
        Candidate weakest = ran(settings(c.markers(), 0, 1000), c).candidates().stream().filter(x -> x.log10Lr() < 0).findFirst().orElseThrow();
        assertThatThrownBy(() -> screening.resultOf(List.of(weakest), 1, 1))
                .isInstanceOf(KinshipInputException.class).hasMessageContaining("below the threshold");
        assertThat(before.candidates()).containsExactlyElementsOf(expected.candidates());
        assertThat(screening.add(List.of(), List.of()).candidates()).containsExactlyElementsOf(expected.candidates());
    }

    @Test
    void theJobAndItsResultReadBackBitForBit() {
        Case c = simulate(6);
        MutationMatrix matrix = new MutationMatrix(List.of("8", "9"), new double[][] {{0.9, 0.1}, {0.3, 0.7}});
        Marker custom = Marker.builder("C").allele("8", 0.4).allele("9", 0.6).femaleMutation(MutationModel.custom(matrix))
                .maleMutation(MutationModel.stepwise(0.003, 0.1, 1e-6)).build();
        List<Marker> markers = new ArrayList<>(c.markers());
        markers.add(custom);
        ScreeningJob job = new ScreeningJob(new ScreeningJob.Settings(markers, 0.01, new DropoutModel(0.1, 0.013, 0.02), 1e4 / 3, 7, false),
                c.families(), c.remains());
        ScreeningJob read = ScreeningJob.read(new ByteArrayInputStream(bytes(job)));

        assertThat(read.settings().markers()).isEqualTo(markers);
        for (int m = 0; m < markers.size(); m++) {
            assertThat(read.settings().markers().get(m).femaleMutation()).isEqualTo(markers.get(m).femaleMutation());
            assertThat(read.settings().markers().get(m).maleMutation()).isEqualTo(markers.get(m).maleMutation());
            assertThat(read.settings().markers().get(m).alleles()).containsExactly(markers.get(m).alleles());
        }
        assertThat(read.settings().theta()).isEqualTo(0.01);
        assertThat(read.settings().dropout()).isEqualTo(job.settings().dropout());
        assertThat(read.settings().minLr()).isEqualTo(1e4 / 3);
        assertThat(read.settings().topK()).isEqualTo(7);
        assertThat(read.settings().sexConsistent()).isFalse();
        assertThat(read.families()).isEqualTo(c.families());
        for (int i = 0; i < c.families().size(); i++) {
            assertThat(read.families().get(i).references().keySet()).containsExactlyElementsOf(c.families().get(i).references().keySet());
            assertThat(read.families().get(i).pedigree().ids()).containsExactlyElementsOf(c.families().get(i).pedigree().ids());
        }
        assertThat(read.remains()).isEqualTo(c.remains());
        assertThat(ScreeningJob.Settings.fromBytes(job.settings().toBytes())).isEqualTo(job.settings());

        ScreeningResult ran = ran(settings(c.markers(), 0, 1000), c); // every pair, exclusions (−∞) included
        ScreeningJob.Result result = new ScreeningJob.Result(ran.candidates(), ran.pairsScreened(), ran.pairsAboveThreshold(),
                List.of(new Screening.Refusal("F1", "MP", List.of("references impossible", "and more"))));
        assertThat(result.candidates()).anyMatch(x -> x.log10Lr() == Double.NEGATIVE_INFINITY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result.write(out);
        assertThat(ScreeningJob.Result.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(result);
    }

    @Test
    void otherFilesOtherVersionsAndDamagedJobsAreRefusedWithTheReason() {
        Case c = simulate(7);
        byte[] job = bytes(new ScreeningJob(settings(c.markers(), 1, 3), c.families(), c.remains()));

        assertThatThrownBy(() -> ScreeningJob.Result.read(new ByteArrayInputStream(job)))
                .isInstanceOf(KinshipInputException.class).hasMessageContaining("the screening result is not one");
        byte[] otherVersion = job.clone();
        otherVersion[7] = 2;
        assertThatThrownBy(() -> ScreeningJob.read(new ByteArrayInputStream(otherVersion)))
                .isInstanceOf(KinshipInputException.class).hasMessageContaining("format version 2; this Homeward reads version 1");
        for (int cut : new int[] {3, 9, job.length / 3, job.length / 2, job.length - 1}) {
            assertThatThrownBy(() -> ScreeningJob.read(new ByteArrayInputStream(Arrays.copyOf(job, cut))))
                    .as("cut at %d", cut).isInstanceOf(KinshipInputException.class).hasMessageContaining("the screening job");
        }
        assertThatThrownBy(() -> ScreeningJob.read(new ByteArrayInputStream(Arrays.copyOf(job, job.length + 2))))
                .isInstanceOf(KinshipInputException.class).hasMessageContaining("2 bytes after its end");
        // Random damage anywhere is refused, never read as another job nor failing otherwise.
        Random rnd = new Random(7);
        int refused = 0;
        for (int i = 0; i < 200; i++) {
            byte[] damaged = job.clone();
            int at = 8 + rnd.nextInt(job.length - 8);
            damaged[at] = (byte) (damaged[at] ^ (1 + rnd.nextInt(255)));
            try {
                assertThat(bytes(ScreeningJob.read(new ByteArrayInputStream(damaged)))).as("damage at %d read as the same job", at)
                        .isNotEqualTo(job);
            } catch (KinshipInputException e) {
                refused++;
            }
        }
        assertThat(refused).isPositive();
    }

    private static byte[] bytes(ScreeningJob job) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        job.write(out);
        return out.toByteArray();
    }
}
