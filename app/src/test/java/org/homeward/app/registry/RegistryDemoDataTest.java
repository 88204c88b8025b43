package org.homeward.app.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.homeward.app.audit.AuditLog;
import org.homeward.app.demo.RegistryDemo;
import org.homeward.app.demo.RegistryDemoData;
import org.homeward.app.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo: a thousand simulated families whose pedigrees build and whose references are all usable;
 * loading twice changes nothing. Its own context (the property below), hence its own fresh database:
 * counting families must not depend on which other tests ran first in a shared one.
 */
@SpringBootTest
@TestPropertySource(properties = "homeward.test.isolated-context=registry-demo")
@DirtiesContext
class RegistryDemoDataTest {

    @Autowired
    RegistryDemoData demo;

    @Autowired
    RegistryDemo truth;

    @Autowired
    MissingPersons missingPersons;

    @Autowired
    Families families;

    @Autowired
    AuditLog audit;

    @Test
    void a_thousand_families_load_once_with_their_references_and_their_truth() {
        long started = System.nanoTime();
        demo.load();
        long firstMs = (System.nanoTime() - started) / 1_000_000;
        List<RegistryDemo.DemoTruth> truths = truth.truthProfiles();
        Set<String> demoPersons = truths.stream().map(RegistryDemo.DemoTruth::missingPersonId).collect(java.util.stream.Collectors.toSet());
        List<ReferenceFamilyData> families = demoFamilies(demoPersons);
        assertThat(families).hasSize(RegistryDemo.FAMILIES);
        assertThat(families).allSatisfy(f -> {
            assertThat(f.missingPersons()).hasSize(1);
            assertThat(f.referenceSampleCodes()).isNotEmpty();
        });
        assertThat(truths).hasSize(RegistryDemo.FAMILIES).allSatisfy(t -> {
            assertThat(t.missingPersonId()).startsWith("MP-");
            assertThat(t.profile().genotypes()).hasSize(21);
        });
        long entries = audit.recent(1).get(0).seq();

        demo.load();
        assertThat(audit.recent(1).get(0).seq()).isEqualTo(entries);
        assertThat(demoFamilies(demoPersons)).hasSize(RegistryDemo.FAMILIES);
        assertThat(RegistryTestSupport.as("c", Set.of(Role.COORDINATOR), () -> missingPersons.possibleDuplicates(100)))
                .anySatisfy(d -> assertThat(d.reason()).isEqualTo(PossibleDuplicate.Reason.SAME_SERVICE_NUMBER));
        System.out.println("Registry demo loaded in " + firstMs + " ms");
    }

    /** The demo's families among those for matching (other tests may share this database). */
    private List<ReferenceFamilyData> demoFamilies(Set<String> demoPersons) {
        return RegistryTestSupport.as("analyst", Set.of(Role.FORENSIC_ANALYST), families::referenceFamiliesForMatching).stream()
                .filter(f -> f.missingPersons().stream().anyMatch(mp -> demoPersons.contains(mp.missingPersonId()))).toList();
    }
}
