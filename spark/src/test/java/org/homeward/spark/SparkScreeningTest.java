package org.homeward.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.homeward.formats.ReferenceFamilies;
import org.homeward.formats.ScreeningFiles;
import org.homeward.formats.codis.CmfBuilder;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.codis.CmfSpecimen;
import org.homeward.formats.codis.CmfWriter;
import org.homeward.formats.familias.DviCase;
import org.homeward.formats.familias.DviFileBuilder;
import org.homeward.formats.familias.FamiliasWriter;
import org.homeward.formats.frequencies.FrequencyDatabases;
import org.homeward.kinship.DropoutModel;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;
import org.homeward.kinship.screen.Candidate;
import org.homeward.kinship.screen.Screening;
import org.homeward.kinship.screen.ScreeningJob;
import org.homeward.kinship.screen.ScreeningResult;
import org.homeward.kinship.sim.ReferenceConfiguration;
import org.homeward.kinship.sim.SimulatedFamily;
import org.homeward.kinship.sim.Simulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark engine in local mode against the in-process engine on simulated data with every family
 * shape the simulator produces: the same candidates (LRs bit for bit, ranking, ties), pair counts and
 * refusals, in both layouts and with several partitions. One Spark session for the class.
 */
class SparkScreeningTest {

    private static SparkSession spark;
    private static JavaSparkContext context;

    private static final List<Marker> MARKERS =
            FrequencyDatabases.europeanDefault().toMarkers(ReferenceFamilies.DEFAULT_FEMALE, ReferenceFamilies.DEFAULT_MALE);

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("homeward-spark-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** Simulated inputs: families of every shape, exact copies (ties), a family with two missing persons, a duplicate. */
    record Case(List<Screening.Family> families, List<Screening.Remains> remains) { }

    static Case simulate(long seed, int familiesPerShape, int unrelated, boolean copiesOfRemains) {
        Simulator sim = new Simulator(MARKERS, seed);
        Random rnd = new Random(seed);
        List<Screening.Family> families = new ArrayList<>();
        List<Screening.Remains> remains = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < familiesPerShape; i++) {
            for (ReferenceConfiguration shape : ReferenceConfiguration.values()) {
                SimulatedFamily f = sim.family("F" + n++, shape);
                families.add(new Screening.Family(f.id(), f.pedigree(), List.of(f.missingPerson()), f.references()));
                if (rnd.nextInt(3) > 0) {
                    Sex sex = switch (rnd.nextInt(3)) {
                        case 0 -> f.pedigree().sex(f.pedigree().indexOf(f.missingPerson()));
                        case 1 -> Sex.UNKNOWN;
                        default -> rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE;
                    };
                    remains.add(new Screening.Remains(sim.degrade(f.truth(), "R" + remains.size(), sim.randomDegradation()), sex));
                }
            }
        }
        for (int i = 0; i < unrelated; i++) {
            remains.add(new Screening.Remains(sim.unrelated("R" + remains.size()), i % 3 == 0 ? Sex.UNKNOWN : i % 3 == 1 ? Sex.MALE : Sex.FEMALE));
        }
        // Exact copies under other ids, far from their originals (other partitions): equal LRs, ties broken by input order.
        int originals = families.size();
        for (int i = 0; i < originals; i += 5) {
            Screening.Family f = families.get(i);
            families.add(new Screening.Family(f.id() + "-copy", f.pedigree(), f.missingPersons(), f.references()));
        }
        if (copiesOfRemains) {
            int held = remains.size();
            for (int i = 0; i < held; i += 4) {
                Screening.Remains r = remains.get(i);
                remains.add(new Screening.Remains(new Profile(r.profile().id() + "-copy", r.profile().genotypes()), r.sex()));
            }
        }
        // Two missing persons in one family (the sibling's untyped father too), and a missing person listed twice.
        Screening.Family sibling = families.stream().filter(f -> f.references().containsKey("S1") && !f.references().containsKey("S2"))
                .findFirst().orElseThrow();
        families.add(new Screening.Family("TWO", sibling.pedigree(), List.of("MP", "F"), sibling.references()));
        families.add(1, new Screening.Family(families.get(0).id(), families.get(0).pedigree(), List.of("MP"), families.get(0).references()));
        return new Case(families, remains);
    }

    static ScreeningJob.Settings settings(List<Marker> markers, double minLr, int topK, boolean sexConsistent) {
        return new ScreeningJob.Settings(markers, 0, null, minLr, topK, sexConsistent);
    }

    static void assertSameAsInProcess(ScreeningJob.Settings settings, Case c, int partitions, SparkScreening.Layout layout) {
        Screening screening = settings.builder().threads(2).build();
        List<Screening.Refusal> refused = screening.load(c.families(), c.remains());
        ScreeningResult expected = screening.run();

        SparkScreening.Outcome outcome = SparkScreening.run(context, settings, c.families(), c.remains(), partitions);

        assertThat(outcome.layout()).isEqualTo(layout);
        assertThat(outcome.partitions()).isEqualTo(partitions);
        // Copies tie with their originals: the ranking among them is the tie-break under test.
        assertThat(expected.candidates()).anyMatch(x -> x.familyId().endsWith("-copy"));
        assertSameCandidates(outcome.candidates(), expected);
        assertThat(outcome.refusals()).hasSize(1).isEqualTo(refused);
        assertThat(outcome.pairsScreened()).isEqualTo(expected.pairsScreened());
        assertThat(outcome.pairsAboveThreshold()).isEqualTo(expected.pairsAboveThreshold());
    }

    /** Record equality compares the doubles by their bits: same LRs, same ranking, same ties. */
    static void assertSameCandidates(List<Candidate> candidates, ScreeningResult expected) {
        assertThat(candidates).isNotEmpty().containsExactlyElementsOf(expected.candidates());
        for (int i = 0; i < candidates.size(); i++) {
            assertThat(Double.doubleToRawLongBits(candidates.get(i).log10Lr()))
                    .isEqualTo(Double.doubleToRawLongBits(expected.candidates().get(i).log10Lr()));
        }
    }

    /**
     * θ > 0, clean and of a dropout class, as the application screens them: the class's screening made
     * beside the clean one ({@code forDropoutClass}). The executors build theirs from the job's settings
     * alone, the same tables bit for bit. Families whose founders are typed or few (θ's urn stays small),
     * six markers, so that the test stays quick.
     */
    @Test
    void thetaAndADropoutClassGiveTheApplicationsCandidatesBitForBit() {
        List<Marker> markers = MARKERS.subList(0, 6);
        Simulator sim = new Simulator(markers, 15);
        List<Screening.Family> families = new ArrayList<>();
        List<Screening.Remains> remains = new ArrayList<>();
        DropoutModel model = new DropoutModel(0.3, 0.09, 0.05);
        for (int i = 0; i < 4; i++) {
            for (ReferenceConfiguration shape : List.of(ReferenceConfiguration.BOTH_PARENTS, ReferenceConfiguration.ONE_PARENT,
                    ReferenceConfiguration.CHILD_AND_OTHER_PARENT)) {
                SimulatedFamily f = sim.family("F" + families.size(), shape);
                families.add(new Screening.Family(f.id(), f.pedigree(), List.of(f.missingPerson()), f.references()));
                remains.add(Screening.Remains.of(new Profile("R" + remains.size(), sim.dropAlleles(f.truth(), model).genotypes())));
            }
        }
        for (int i = 0; i < 6; i++) {
            remains.add(Screening.Remains.of(sim.unrelated("R" + remains.size())));
        }
        Screening clean = new ScreeningJob.Settings(markers, 0.02, null, 10, 3, true).builder().threads(2).build();
        clean.load(families, remains);
        Screening ofTheClass = clean.forDropoutClass(model);
        ofTheClass.load(families, remains);

        for (Screening inProcess : List.of(clean, ofTheClass)) {
            ScreeningResult expected = inProcess.run();
            ScreeningJob.Settings settings = inProcess.jobSettings();
            assertThat(settings.theta()).isEqualTo(0.02);
            SparkScreening.Outcome outcome = SparkScreening.run(context, settings, families, remains, 3);
            assertSameCandidates(outcome.candidates(), expected);
            assertThat(outcome.pairsAboveThreshold()).isEqualTo(expected.pairsAboveThreshold());
        }
        assertThat(ofTheClass.jobSettings().dropout()).isEqualTo(model);
    }

    @Test
    void theJobCommandScreensTheApplicationsJobAndWritesItsResult() throws Exception {
        Case c = simulate(16, 1, 4, true);
        Screening inProcess = settings(MARKERS, 1, 2, true).builder().threads(2).build();
        List<Screening.Refusal> refused = inProcess.load(c.families(), c.remains());
        ScreeningResult expected = inProcess.run();
        try (OutputStream out = Files.newOutputStream(dir.resolve("job.bin"))) {
            new ScreeningJob(inProcess.jobSettings(), c.families(), c.remains()).write(out);
        }

        StringWriter err = new StringWriter();
        int code = SparkJobCommand.commandLine().setErr(new PrintWriter(err, true)).execute(
                "--job", dir.resolve("job.bin").toString(), "--out", dir.resolve("result.bin").toString(), "--partitions", "2");

        assertThat(code).as(err.toString()).isZero();
        ScreeningJob.Result result;
        try (InputStream in = Files.newInputStream(dir.resolve("result.bin"))) {
            result = ScreeningJob.Result.read(in);
        }
        assertSameCandidates(result.candidates(), expected);
        assertThat(result.pairsScreened()).isEqualTo(expected.pairsScreened());
        assertThat(result.pairsAboveThreshold()).isEqualTo(expected.pairsAboveThreshold());
        assertThat(result.refusals()).isEqualTo(refused);

        Files.write(dir.resolve("damaged.bin"), Arrays.copyOf(Files.readAllBytes(dir.resolve("job.bin")), 100));
        StringWriter damaged = new StringWriter();
        assertThat(SparkJobCommand.commandLine().setErr(new PrintWriter(damaged, true)).execute(
                "--job", dir.resolve("damaged.bin").toString(), "--out", dir.resolve("never.bin").toString())).isEqualTo(1);
        assertThat(damaged.toString()).startsWith("error: the screening job is damaged");
        assertThat(dir.resolve("never.bin")).doesNotExist();
    }

    @Test
    void familiesPartitionedGiveTheInProcessCandidatesBitForBit() {
        Case c = simulate(11, 12, 15, true);
        assertThat(c.families().size()).isGreaterThan(c.remains().size());
        assertSameAsInProcess(settings(MARKERS, 1, 3, true), c, 5, SparkScreening.Layout.FAMILIES_PARTITIONED);
    }

    @Test
    void remainsPartitionedGiveTheInProcessCandidatesEvenWhenEveryPairIsReported() {
        Case c = simulate(12, 3, 60, true);
        assertThat(c.remains().size()).isGreaterThan(c.families().size());
        // LR threshold 0: every pair counts, exclusions (−∞) included, with many equal LRs at the end of the lists.
        assertSameAsInProcess(settings(MARKERS, 0, 2, false), c, 3, SparkScreening.Layout.REMAINS_PARTITIONED);
    }

    @Test
    void remainsTheInProcessEngineRefusesAreRefusedBeforeAnyTaskRuns() {
        Profile odd = Profile.builder("BAD").put(MARKERS.get(0).name(), "999", "999").build();
        Case c = simulate(13, 1, 0, false);
        List<Screening.Remains> remains = new ArrayList<>(c.remains());
        remains.add(Screening.Remains.of(odd));
        assertThatThrownBy(() -> SparkScreening.run(context, settings(MARKERS, 1, 3, true), c.families(), remains, 2))
                .isInstanceOf(KinshipInputException.class).hasMessageContaining("999");
    }

    @Test
    void theCommandWritesTheInProcessCandidatesAsCsvAndParquet() throws Exception {
        Case c = simulate(14, 2, 5, false);
        List<Screening.Family> unique = new ArrayList<>(c.families());
        unique.remove(1); // the duplicate: a Familias file names each family once
        List<DviCase.Family> refs = unique.stream()
                .map(f -> new DviCase.Family(f.id(), f.pedigree(), f.missingPersons(), f.references())).toList();
        List<CmfSpecimen> specimens = c.remains().stream()
                .map(r -> CmfBuilder.specimen(r.profile(), r.sex(), CmfBuilder.UNIDENTIFIED_REMAINS)).toList();
        FamiliasWriter.write(DviFileBuilder.toDviFile(MARKERS, List.of(), refs), dir.resolve("references.fam"));
        CmfWriter.write(CmfBuilder.importFile("HOMEWARD", "2024-05-01T12:00:00", specimens), dir.resolve("remains.xml"));

        StringWriter err = new StringWriter();
        int code = SparkScreenCommand.commandLine().setErr(new PrintWriter(err, true)).execute(
                "--references", dir.resolve("references.fam").toString(), "--remains", dir.resolve("remains.xml").toString(),
                "--threshold", "1", "--top", "3", "--partitions", "3",
                "--out", dir.resolve("candidates.csv").toString(), "--parquet", dir.resolve("candidates.parquet").toString());
        assertThat(code).as(err.toString()).isZero();

        // The in-process engine on the same files' contents, fitted the same way.
        ScreeningFiles.Inputs inputs = ScreeningFiles.load(dir.resolve("references.fam"), dir.resolve("remains.xml"), null,
                Strictness.STRICT).value();
        Screening screening = inputs.builder(null).minLr(1).topK(3).threads(2).build();
        screening.load(inputs.families(), inputs.remains());
        List<Candidate> expected = screening.run().candidates();

        assertThat(Files.readString(dir.resolve("candidates.csv"), StandardCharsets.UTF_8)).isEqualTo(ScreeningFiles.candidatesCsv(expected));
        List<Row> rows = new ArrayList<>(spark.read().parquet(dir.resolve("candidates.parquet").toString()).collectAsList());
        rows.sort(java.util.Comparator.comparingInt(r -> r.getInt(0)));
        assertThat(rows).hasSize(expected.size());
        for (int i = 0; i < rows.size(); i++) {
            Candidate e = expected.get(i);
            Row r = rows.get(i);
            assertThat(r.getInt(0)).isEqualTo(i + 1);
            assertThat(new Candidate(r.getString(1), r.getString(2), r.getString(3), r.getDouble(5), r.getInt(6), r.getInt(7))).isEqualTo(e);
        }
        assertThat(spark.sparkContext().isStopped()).as("a session the command did not start is left running").isFalse();
    }
}
