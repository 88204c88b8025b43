package org.homeward.app.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.homeward.app.frequencies.LabFrequencies;
import org.homeward.app.genetics.DropoutClass;
import org.homeward.app.genetics.GeneticData;
import org.homeward.app.genetics.SampleDropoutClasses;
import org.homeward.app.identification.ScreeningOutcome.Found;
import org.homeward.app.registry.Families;
import org.homeward.app.registry.MissingPersons;
import org.homeward.app.registry.ReferenceSamples;
import org.homeward.app.security.SystemTasks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * FULL runs delegated to a separate process, as to Spark: the command is a real JVM on the test classpath
 * ({@link InProcessJobCommand}, since Spark is not on the application's classpath) that reads the job file and
 * writes the result file. A delegated run stores what an in-process FULL run finds on the same data, bit for
 * bit; a failing command fails the run with its last words and nothing is stored.
 */
@SpringBootTest(properties = {"homeward.identification.screen-on-change=false", "homeward.jobs.enabled=false",
        "homeward.test.purpose=spark-delegation"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SparkDelegationTest {

    /** While this file exists, the command fails as an unreachable Spark master would. */
    static final Path FAIL;

    static {
        try {
            FAIL = Files.createTempFile("homeward-spark-delegation-", ".fail");
            Files.delete(FAIL);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void sparkCommand(DynamicPropertyRegistry registry) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        registry.add("homeward.identification.spark-command", () -> "'" + java + "' -Dhomeward.test.fail-if='" + FAIL + "' -cp '"
                + System.getProperty("java.class.path") + "' " + InProcessJobCommand.class.getName());
    }

    @Autowired MissingPersons missingPersons;
    @Autowired Families families;
    @Autowired ReferenceSamples samples;
    @Autowired GeneticData genetics;
    @Autowired SampleDropoutClasses dropoutClasses;
    @Autowired Identification identification;
    @Autowired ScreeningInputs inputs;
    @Autowired IdentificationProperties properties;
    @Autowired LabFrequencies frequencies;
    @Autowired FamilyProfileCache cache;
    @Autowired JdbcClient jdbc;

    SimulatedCases cases;

    @BeforeAll
    void registerFamiliesAndRemains() {
        cases = SystemTasks.callAs("lab", () -> new SimulatedCases(20261204).register(missingPersons, families, samples, genetics, "SD", 6, 3));
        // One degraded sample: a second sample quality class, screened in a job of its own.
        SystemTasks.runAs("analyst", () -> dropoutClasses.set(cases.remains.get(0).id(), DropoutClass.SEVERE));
    }

    @AfterAll
    void removeTheSwitch() throws IOException {
        Files.deleteIfExists(FAIL);
    }

    @Test
    @Order(1)
    void a_failing_command_fails_the_run_with_its_last_words_and_nothing_is_stored() throws IOException {
        long before = lastRun();
        Files.createFile(FAIL);
        try {
            assertThatThrownBy(() -> SystemTasks.callAs("lab", identification::runAll))
                    .hasMessageContaining("The screening on Spark failed (exit 1)")
                    .hasMessageContaining("error: the Spark master spark://nowhere:7077 is unreachable");
        } finally {
            Files.delete(FAIL);
        }
        assertThat(lastRun()).isEqualTo(before);
    }

    @Test
    @Order(2)
    void a_delegated_full_run_stores_what_an_in_process_full_run_finds_bit_for_bit() {
        Run run = SystemTasks.callAs("lab", identification::runAll);
        RunId id = new RunId(run.id());
        List<CandidateMatch> stored = SystemTasks.callAs("lab", () -> identification.candidatesOfRun(id));
        List<DviConclusion> storedDvi = SystemTasks.callAs("lab", () -> identification.dviOfRun(id));

        IdentificationProperties inProcess = withoutSpark(properties);
        ScreeningEngine engine = new ScreeningEngine(inputs, inProcess, frequencies, cache, new SparkDelegation(inProcess));
        ScreeningOutcome expected = SystemTasks.callAs("lab", () -> engine.screen(engine.plan(engine.snapshot(), Map.of(), true)));

        assertThat(run.kind()).isEqualTo(RunKind.FULL);
        assertThat(run.notes()).contains("Screened on Apache Spark: " + expected.pairsScreened() + " pairs in")
                .contains(", 2 jobs (one per sample quality class).");
        assertThat(expected.notes()).noneMatch(n -> n.contains("Spark"));
        assertThat(run.pairsScreened()).isEqualTo(expected.pairsScreened());
        assertThat(run.candidates()).isEqualTo(expected.candidates().size());
        assertThat(run.directMatches()).isEqualTo(expected.directMatches().size());
        assertThat(expected.candidates()).hasSizeGreaterThan(6)
                .anyMatch(f -> f.candidate().remainsId().equals(cases.remains.get(0).id()));
        // In rank order: the same pairs, the LRs and posteriors to the bit (record equality compares doubles by their bits).
        assertThat(stored.stream().map(SparkDelegationTest::row).toList())
                .containsExactlyElementsOf(expected.candidates().stream().map(SparkDelegationTest::row).toList());
        assertThat(storedDvi).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected.conclusions(run.id()));
    }

    /** What a stored candidate and a found one have in common. */
    record Row(String remains, String family, String missingPerson, double log10Lr, int compared, int inconsistent, double prior,
               double posterior) { }

    static Row row(CandidateMatch c) {
        return new Row(c.sampleCode(), c.familyId(), c.missingPersonId(), c.log10Lr(), c.markersCompared(), c.inconsistentMarkers(), c.prior(),
                c.posterior());
    }

    static Row row(Found f) {
        return new Row(f.candidate().remainsId(), f.candidate().familyId(), f.missingPersonId(), f.candidate().log10Lr(),
                f.candidate().markersCompared(), f.candidate().inconsistentMarkers(), f.prior(), f.posterior());
    }

    private long lastRun() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM identification_run").query(Long.class).single();
    }

    private static IdentificationProperties withoutSpark(IdentificationProperties p) {
        return new IdentificationProperties(p.minLr(), p.reviewLr(), p.prior(), p.topK(), p.watchInterval(), p.rareAlleleFrequency(),
                p.femaleMutationRate(), p.maleMutationRate(), p.mutationRange(), p.theta(), p.ignoreSex(), p.directMatchLr(), p.threads(),
                p.dropout(), "", p.sparkTimeout());
    }
}
