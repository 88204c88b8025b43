package org.homeward.app.families;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.homeward.app.audit.AuditEntry;
import org.homeward.app.audit.AuditLog;
import org.homeward.app.demo.RegistryDemoFamilies;
import org.homeward.app.genetics.GeneticData;
import org.homeward.app.genetics.MarkerAlleles;
import org.homeward.app.identification.CandidateId;
import org.homeward.app.identification.CandidateMatch;
import org.homeward.app.identification.Decision;
import org.homeward.app.identification.DecisionId;
import org.homeward.app.identification.Identification;
import org.homeward.app.registry.Families;
import org.homeward.app.registry.MissingPersonStatus;
import org.homeward.app.registry.MissingPersons;
import org.homeward.app.registry.NewRelative;
import org.homeward.app.registry.ReferenceSamples;
import org.homeward.app.security.Role;
import org.homeward.app.security.SystemTasks;
import org.homeward.kinship.Sex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The family's question answered (issue 15 item 9): the liaison officer's overview says who is identified
 * (when, by which decision), what was returned and what is outstanding; the advice on whose sample to ask
 * for is open to the liaison officer, in relationship words in both languages, never a sample code or a
 * genotype, and its read of the profiles is audited.
 */
@SpringBootTest(properties = "homeward.identification.screen-on-change=false")
@DirtiesContext // its own database: the families it registers would change other tests' counts
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FamilyOverviewTest {

    @Autowired
    MissingPersons missingPersons;

    @Autowired
    Families families;

    @Autowired
    ReferenceSamples samples;

    @Autowired
    GeneticData genetics;

    @Autowired
    Identification identification;

    @Autowired
    FamilyNotifications notifications;

    @Autowired
    AuditLog audit;

    @Autowired
    WebApplicationContext context;

    String identifiedPerson;
    long identifiedFamily;
    long waitingFamily;
    Decision confirmed;
    MockMvc mvc;

    /** Five families; the first one's missing person identified by two analysts; a half-brother added to the second. */
    @BeforeAll
    void identifyOneMissingPerson() {
        List<RegistryDemoFamilies.Truth> truths = SystemTasks.callAs("lab", () -> RegistryDemoFamilies.register(missingPersons, families,
                samples, RegistryDemoFamilies.simulator(0.001, 0.002, 20251203), "FOV", 5, false));
        identifiedPerson = truths.get(0).missingPersonId();
        identifiedFamily = SystemTasks.callAs("lab", () -> missingPersons.missingPerson(identifiedPerson)).familyId();
        String waiting = truths.get(1).missingPersonId();
        waitingFamily = SystemTasks.callAs("lab", () -> missingPersons.missingPerson(waiting)).familyId();
        SystemTasks.runAs("lab", () -> {
            families.addRelative(waitingFamily, new NewRelative("FOV half-brother", null, Sex.MALE, "paternal half-brother", waiting,
                    false, true, null));
            List<MarkerAlleles> alleles = new ArrayList<>();
            truths.get(0).profile().genotypes().forEach((m, pair) -> alleles.add(new MarkerAlleles(m, pair.first(), pair.second())));
            genetics.storeRemainsProfile("FOV-BONE-1", alleles);
            identification.runAll();
        });
        CandidateMatch c = SystemTasks.callAs("alice", identification::queue).stream()
                .filter(x -> x.missingPersonId().equals(identifiedPerson)).findFirst().orElseThrow();
        Decision proposal = SystemTasks.callAs("alice", () -> identification.propose(new CandidateId(c.id()), "consistent"));
        confirmed = SystemTasks.callAs("bob", () -> identification.confirm(new DecisionId(proposal.id()), "agreed"));
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void the_overview_says_who_is_identified_by_which_decision_and_what_is_outstanding() {
        FamilyOverview identified = FamiliesWorkflowTest.as("liaison", Role.FAMILY_LIAISON, () -> notifications.overview(identifiedFamily));
        assertThat(identified.persons()).singleElement().satisfies(p -> {
            assertThat(p.identified()).isTrue();
            assertThat(p.status()).isEqualTo(MissingPersonStatus.REMAINS_IDENTIFIED);
            assertThat(p.notification().decisionId()).isEqualTo(confirmed.id());
            assertThat(p.notification().startedAt()).isEqualTo(confirmed.decidedAt());
            assertThat(p.partsIdentified()).isEqualTo(1);
            assertThat(p.releasedOn()).isNull();
            assertThat(p.outstanding()).isTrue();
            assertThat(p.notification().nextStep()).isEqualTo(NotificationStep.SUPERVISOR_APPROVED);
        });
        assertThat(identified.samplesWouldHelp()).isFalse();

        FamilyOverview waiting = FamiliesWorkflowTest.as("liaison", Role.FAMILY_LIAISON, () -> notifications.overview(waitingFamily));
        assertThat(waiting.persons()).singleElement().satisfies(p -> {
            assertThat(p.identified()).isFalse();
            assertThat(p.partsIdentified()).isZero();
            assertThat(p.outstanding()).isTrue();
        });
        assertThat(waiting.samplesWouldHelp()).isTrue();
    }

    @Test
    void the_overview_page_links_the_notification_and_the_advice() throws Exception {
        String page = page("/families/" + identifiedFamily + "/overview", Role.FAMILY_LIAISON, Locale.ENGLISH);
        assertThat(page).contains("by decision no. " + confirmed.id()).contains("/families/notifications/")
                .contains("Next step: Supervisor’s approval").contains("id=\"advice-link\"");
        assertThat(page("/families/notifications", Role.FAMILY_LIAISON, Locale.ENGLISH))
                .contains("/families/" + identifiedFamily + "/overview");
        assertThat(page("/registry/families/" + waitingFamily, Role.FAMILY_LIAISON, Locale.ENGLISH))
                .contains("/identification/families/" + waitingFamily + "/advice").contains("/families/" + waitingFamily + "/overview");
    }

    @Test
    void a_liaison_officer_reads_whose_sample_to_ask_for_in_relationship_words_without_codes_or_genotypes() throws Exception {
        long before = audit.recent(1).get(0).seq();
        String english = page("/identification/families/" + waitingFamily + "/advice", Role.FAMILY_LIAISON, Locale.ENGLISH);
        // the half-brother's mother connects him to the family: said through him, outermost word first
        assertThat(english).contains("the mother of the missing person’s paternal half-brother");
        assertThat(english).containsPattern("<td class=\"relative\">the missing person’s (father|mother|brother|sister|son|daughter|wife|husband"
                + "|paternal grandfather|paternal grandmother)</td>");
        assertThat(english).doesNotContain("FOV-REF").doesNotContain(">R-").doesNotContain("mother of R-");
        String ukrainian = page("/identification/families/" + waitingFamily + "/advice", Role.FAMILY_LIAISON, Locale.forLanguageTag("uk"));
        assertThat(ukrainian).contains("мати зведеного брата по батькові зниклої безвісти особи").doesNotContain("FOV-REF");
        List<AuditEntry> reads = audit.recent(20).stream().filter(e -> e.seq() > before && e.action().equals(GeneticData.READ_ACTION)).toList();
        assertThat(reads).isNotEmpty().allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("liaison");
            assertThat(e.details().get(GeneticData.READ_WHY)).isEqualTo("GET /identification/families/" + waitingFamily + "/advice");
            assertThat(e.details().get(GeneticData.READ_SAMPLES)).startsWith("FOV-REF-");
        });
        // what the page shows holds no allele: no "12/14" genotype of any reference
        assertThat(english).doesNotContainPattern("\\b\\d{1,2}(\\.\\d)?/\\d{1,2}(\\.\\d)?\\b");
    }

    private String page(String path, Role role, Locale locale) throws Exception {
        return mvc.perform(get(path).with(user("liaison").authorities(role.permissions().stream()
                        .map(p -> new SimpleGrantedAuthority(p.name())).toList())).locale(locale))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
