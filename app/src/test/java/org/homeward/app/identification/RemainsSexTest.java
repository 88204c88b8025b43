package org.homeward.app.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.homeward.app.demo.RegistryDemoFamilies;
import org.homeward.app.ledger.Transfer;
import org.homeward.app.remains.BodyNumber;
import org.homeward.app.remains.Condition;
import org.homeward.app.remains.EstimatedSex;
import org.homeward.app.remains.NewExamination;
import org.homeward.app.security.Permission;
import org.homeward.app.security.SystemTasks;
import org.homeward.formats.codis.CmfSpecimen;
import org.homeward.kinship.Sex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * The remains' sex from DNA: a body never examined is screened, shown and reported with the sex its
 * amelogenin shows, marked as such; where the examination found a sex, it is used, and amelogenin
 * showing the other one is flagged on the candidate and on the body's page.
 */
@SpringBootTest(properties = {"homeward.identification.screen-on-change=false", "homeward.remains.sample-code-scheme=SX-{date:yyyyMMdd}-{seq:3}"})
@DirtiesContext // its own database: the families it registers would change other tests' counts
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemainsSexTest extends IdentificationCases {

    @Autowired
    IdentificationReports reports;

    MockMvc mvc;

    /** The body never examined, typed X,Y; the body examined as male, typed X only (as with an AMELY deletion). */
    String unexamined;
    String contradicted;
    List<CandidateMatch> candidates;

    @BeforeAll
    void receiveTwoBodiesOfOneMissingManAndRun() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        candidates = SystemTasks.callAs("lab", () -> {
            RegistryDemoFamilies.Truth man = RegistryDemoFamilies.register(missingPersons, families, samples,
                            RegistryDemoFamilies.simulator(0.001, 0.002, 20251203), "SEX", 4).stream()
                    .filter(t -> missingPersons.missingPerson(t.missingPersonId()).sex() == Sex.MALE).findFirst().orElseThrow();
            Transfer transfer = transfer("sexed remains", LocalDate.of(2025, 6, 16));
            unexamined = bag(transfer, "SEX-1");
            contradicted = bag(transfer, "SEX-2");
            register.examine(new BodyNumber(contradicted), new NewExamination(Condition.COMPLETE, EstimatedSex.MALE, 25, 40, null, null,
                    "Dr O. Koval", null));
            List<CmfSpecimen> specimens = List.of(specimen(unexamined, man.profile(), Sex.MALE), specimen(contradicted, man.profile(), Sex.FEMALE));
            importTyped("sexed.xml", "2025-06-20T12:00:00", specimens);
            Run run = identification.runAll();
            return identification.candidatesOfRun(new RunId(run.id())).stream()
                    .filter(c -> c.missingPersonId().equals(man.missingPersonId())).toList();
        });
    }

    private CandidateMatch candidateOf(String body) {
        return candidates.stream().filter(c -> c.bodyNumber().equals(body)).findFirst().orElseThrow();
    }

    @Test
    void an_unexamined_body_is_male_by_amelogenin_on_its_candidate_and_page() throws Exception {
        CandidateMatch c = candidateOf(unexamined);
        assertThat(c.remainsSex()).isEqualTo(Sex.MALE);
        assertThat(c.remainsSexSource()).isEqualTo(RemainsSex.Source.AMELOGENIN);
        assertThat(c.remainsSexContradicted()).isFalse();
        String page = page("/identification/candidates/" + c.id(), Locale.ENGLISH);
        assertThat(page).contains(unexamined + ", sample " + c.sampleCode() + ", male (amelogenin)").doesNotContain("sex-contradicted");
        assertThat(page("/identification/candidates/" + c.id(), Locale.forLanguageTag("uk")))
                .contains("чоловіча стать (за амелогеніном)");
    }

    @Test
    void the_report_gives_the_sex_with_its_source() {
        CandidateMatch c = candidateOf(unexamined);
        Decision proposal = SystemTasks.callAs("alice", () -> identification.propose(new CandidateId(c.id()), "all markers consistent"));
        Decision confirmed = SystemTasks.callAs("bob", () -> identification.confirm(new DecisionId(proposal.id()), "agreed"));
        assertThat(IdentificationTest.reportText(reports, confirmed, Locale.ENGLISH)).contains(c.sampleCode() + ", male (amelogenin)");
        assertThat(IdentificationTest.reportText(reports, confirmed, Locale.forLanguageTag("uk")))
                .contains(c.sampleCode() + ", чоловіча стать (за амелогеніном)");
    }

    @Test
    void amelogenin_against_the_examination_is_flagged_and_screening_keeps_the_examined_sex() throws Exception {
        CandidateMatch c = candidateOf(contradicted);
        assertThat(c.remainsSex()).isEqualTo(Sex.MALE);
        assertThat(c.remainsSexSource()).isEqualTo(RemainsSex.Source.EXAMINATION);
        assertThat(c.remainsSexContradicted()).isTrue();
        assertThat(page("/identification/candidates/" + c.id(), Locale.ENGLISH))
                .contains("male (examination)").contains("id=\"sex-contradicted\"")
                .contains("Amelogenin shows the other sex than the examination found");
        assertThat(page("/remains/" + contradicted, Locale.ENGLISH)).contains("id=\"sex-contradicted\"")
                .contains("DNA (amelogenin) shows the other sex than this examination found");
        assertThat(page("/remains/" + unexamined, Locale.ENGLISH)).doesNotContain("sex-contradicted");
    }

    @Test
    void the_sex_and_its_source_are_decided_examination_first() {
        assertThat(new RemainsSex(Sex.UNKNOWN, Sex.FEMALE)).extracting(RemainsSex::sex, RemainsSex::source, RemainsSex::contradicted)
                .containsExactly(Sex.FEMALE, RemainsSex.Source.AMELOGENIN, false);
        assertThat(new RemainsSex(Sex.FEMALE, Sex.MALE)).extracting(RemainsSex::sex, RemainsSex::source, RemainsSex::contradicted)
                .containsExactly(Sex.FEMALE, RemainsSex.Source.EXAMINATION, true);
        assertThat(new RemainsSex(Sex.MALE, Sex.UNKNOWN)).extracting(RemainsSex::sex, RemainsSex::source, RemainsSex::contradicted)
                .containsExactly(Sex.MALE, RemainsSex.Source.EXAMINATION, false);
        assertThat(new RemainsSex(Sex.UNKNOWN, Sex.UNKNOWN)).extracting(RemainsSex::sex, RemainsSex::source, RemainsSex::contradicted)
                .containsExactly(Sex.UNKNOWN, RemainsSex.Source.UNKNOWN, false);
    }

    private String page(String path, Locale locale) throws Exception {
        return mvc.perform(get(path).with(everything()).locale(locale)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static RequestPostProcessor everything() {
        return user("sex-analyst").authorities(Arrays.stream(Permission.values()).map(p -> new SimpleGrantedAuthority(p.name())).toList());
    }
}
