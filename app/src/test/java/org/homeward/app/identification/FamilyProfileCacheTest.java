package org.homeward.app.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.homeward.app.frequencies.LabFrequencies;
import org.homeward.app.genetics.Consent;
import org.homeward.app.genetics.GeneticData;
import org.homeward.app.genetics.MarkerAlleles;
import org.homeward.app.identification.ReferenceFamilySource.Family;
import org.homeward.app.identification.ScreeningOutcome.Found;
import org.homeward.app.identification.ScreeningOutcome.Snapshot;
import org.homeward.app.registry.Families;
import org.homeward.app.registry.MissingPersons;
import org.homeward.app.registry.ReferenceSamples;
import org.homeward.app.security.SystemTasks;
import org.homeward.formats.frequencies.LocusFrequencies;
import org.homeward.kinship.AllelePair;
import org.homeward.kinship.Profile;
import org.homeward.kinship.screen.Candidate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Family profiles kept across restarts: a new engine on the same database (what a restart gives)
 * loads every profile from the store and finds, bit for bit, the candidates of a screening that
 * computed them all; a changed reference genotype computes exactly its family again, another
 * frequency database every family, and a withdrawn consent deletes what its sample gave.
 */
@SpringBootTest(properties = {"homeward.identification.screen-on-change=false", "homeward.jobs.enabled=false",
        "homeward.test.purpose=family-profile-cache"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FamilyProfileCacheTest {

    @Autowired MissingPersons missingPersons;
    @Autowired Families families;
    @Autowired ReferenceSamples samples;
    @Autowired GeneticData genetics;
    @Autowired ScreeningInputs inputs;
    @Autowired IdentificationProperties properties;
    @Autowired LabFrequencies frequencies;
    @Autowired FamilyProfileCache cache;
    @Autowired JdbcClient jdbc;

    /** The missing persons screened: one profile each. */
    int profiles;

    /** A run's candidates and how its engine came by the families' profiles. */
    record FirstRun(List<Candidate> candidates, long loaded, long computed) { }

    @BeforeAll
    void registerFamiliesAndRemains() {
        SystemTasks.callAs("lab", () -> new SimulatedCases(20261203).register(missingPersons, families, samples, genetics, "PC", 7, 3));
        profiles = snapshot().families().values().stream().mapToInt(f -> f.missingPersons().size()).sum();
        assertThat(profiles).isEqualTo(9); // seven single families and one with two missing brothers
    }

    @Test
    @Order(1)
    void after_a_restart_the_first_run_loads_every_profile_and_finds_the_same_candidates_bit_for_bit() {
        FirstRun cold = firstRunAfterRestart();
        assertThat(cold.computed()).isEqualTo(profiles);
        assertThat(cold.loaded()).isZero();
        assertThat(storedRows()).isEqualTo(profiles);

        FirstRun warm = firstRunAfterRestart();
        assertThat(warm.computed()).isZero();
        assertThat(warm.loaded()).isEqualTo(profiles);
        assertThat(warm.candidates()).isNotEmpty().isEqualTo(cold.candidates());
    }

    @Test
    @Order(2)
    void a_changed_reference_genotype_computes_exactly_its_family_again() {
        firstRunAfterRestart();
        Snapshot before = snapshot();
        Family changed = before.families().values().stream().filter(f -> f.missingPersons().size() == 1).findFirst().orElseThrow();
        String code = changed.referenceSamples().values().iterator().next();
        Profile reference = before.references().get(code);
        String marker = reference.genotypes().keySet().iterator().next();
        // another relative's genotype at that marker: alleles the screening already knows, so its model stays the same
        AllelePair other = before.references().values().stream().map(p -> p.genotype(marker))
                .filter(g -> g != null && !g.equals(reference.genotype(marker))).findFirst().orElseThrow();
        List<MarkerAlleles> markers = new ArrayList<>();
        reference.genotypes().forEach((m, pair) -> markers.add(m.equals(marker) ? new MarkerAlleles(m, other.first(), other.second())
                : new MarkerAlleles(m, pair.first(), pair.second())));
        SystemTasks.runAs("lab", () -> genetics.storeReferenceProfile(code, markers, Consent.identificationOnly()));

        FirstRun after = firstRunAfterRestart();
        assertThat(after.computed()).isEqualTo(1);
        assertThat(after.loaded()).isEqualTo(profiles - 1);
        assertThat(after.candidates()).isEqualTo(computedAfresh().candidates());
    }

    @Test
    @Order(3)
    void another_frequency_database_computes_every_family_again() {
        firstRunAfterRestart();
        StringBuilder csv = new StringBuilder("marker,allele,frequency\n");
        boolean[] raised = {false}; // the bundled frequencies, the first allele a little commoner
        for (LocusFrequencies locus : frequencies.inUse().table().loci()) {
            locus.alleles().forEach((allele, f) -> {
                csv.append(locus.marker()).append(',').append(allele).append(',').append(raised[0] ? f : f + 0.01).append('\n');
                raised[0] = true;
            });
        }
        SystemTasks.callAs("lab", () -> frequencies.upload("Lab bench", "lab.csv", csv.toString().getBytes(StandardCharsets.UTF_8), true));
        assertThat(storedRows()).as("the choice deletes what the old database gave").isZero();

        FirstRun after = firstRunAfterRestart();
        assertThat(after.computed()).isEqualTo(profiles);
        assertThat(after.loaded()).isZero();
        assertThat(firstRunAfterRestart().candidates()).isEqualTo(after.candidates());
    }

    @Test
    @Order(4)
    void a_withdrawn_consent_deletes_every_profile_computed_from_its_sample() {
        firstRunAfterRestart();
        String code = snapshot().families().values().iterator().next().referenceSamples().values().iterator().next();
        assertThat(jdbc.sql("SELECT count(*) FROM identification_family_profile WHERE ? = ANY (reference_samples)").param(code)
                .query(Long.class).single()).isPositive();
        SystemTasks.runAs("lab", () -> genetics.withdrawConsent(code, "the donor asked"));
        assertThat(jdbc.sql("SELECT count(*) FROM identification_family_profile WHERE ? = ANY (reference_samples)").param(code)
                .query(Long.class).single()).isZero();
    }

    /** A new engine on the same database (what a restart gives) and its first run, a FULL one. */
    private FirstRun firstRunAfterRestart() {
        ScreeningEngine engine = new ScreeningEngine(inputs, properties, frequencies, cache, new SparkDelegation(properties));
        FamilyProfileCache.Counts before = cache.counts();
        ScreeningOutcome outcome = SystemTasks.callAs("lab", () -> engine.screen(engine.plan(engine.snapshot(), Map.of(), true)));
        FamilyProfileCache.Counts after = cache.counts();
        return new FirstRun(outcome.candidates().stream().map(Found::candidate).toList(), after.loaded() - before.loaded(),
                after.computed() - before.computed());
    }

    /** The first run after a restart with nothing stored: every profile computed. */
    private FirstRun computedAfresh() {
        jdbc.sql("DELETE FROM identification_family_profile").update();
        FirstRun fresh = firstRunAfterRestart();
        assertThat(fresh.computed()).isEqualTo(profiles);
        return fresh;
    }

    private Snapshot snapshot() {
        ScreeningEngine engine = new ScreeningEngine(inputs, properties, frequencies, cache, new SparkDelegation(properties));
        return SystemTasks.callAs("lab", engine::snapshot);
    }

    private long storedRows() {
        return jdbc.sql("SELECT count(*) FROM identification_family_profile").query(Long.class).single();
    }
}
