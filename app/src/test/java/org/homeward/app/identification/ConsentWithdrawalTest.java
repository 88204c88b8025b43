package org.homeward.app.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.homeward.app.audit.AuditLog;
import org.homeward.app.genetics.Consent;
import org.homeward.app.genetics.GeneticData;
import org.homeward.app.genetics.ProfileWithdrawnException;
import org.homeward.app.registry.Families;
import org.homeward.app.registry.MissingPersons;
import org.homeward.app.registry.ReferenceSamples;
import org.homeward.app.security.Permission;
import org.homeward.app.security.Role;
import org.homeward.app.security.SystemTasks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * A donor's withdrawal of consent takes effect on identification in its own transaction: the
 * candidates computed with the sample that awaited a decision are closed as "evidence withdrawn" and
 * refuse every decision, the pair is screened anew without the sample, a confirmation made with it
 * is flagged for a supervisor, and the profile is read by no one (the report shows it as withdrawn).
 * Its own context, hence its own database.
 */
@SpringBootTest(properties = {"homeward.identification.screen-on-change=false", "homeward.test.purpose=consent-withdrawal"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsentWithdrawalTest {

    @Autowired
    Identification identification;

    @Autowired
    ReviewFlags reviewFlagsService;

    @Autowired
    IdentificationReports reports;

    @Autowired
    MissingPersons missingPersons;

    @Autowired
    Families families;

    @Autowired
    ReferenceSamples samples;

    @Autowired
    GeneticData genetics;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AuditLog audit;

    @Autowired
    WebApplicationContext context;

    SimulatedCases cases;

    @BeforeAll
    void registerAndRun() {
        cases = SystemTasks.callAs("lab", () -> new SimulatedCases(20251203).register(missingPersons, families, samples, genetics, "W", 6, 4));
        SystemTasks.callAs("analyst-a", identification::runAll);
    }

    @Test
    void a_withdrawal_closes_the_candidates_that_used_the_sample_refuses_decisions_on_them_and_flags_a_confirmation() throws Exception {
        List<CandidateMatch> truePairs = new ArrayList<>();
        for (CandidateMatch c : as("alice", identification::queue)) {
            boolean sibling = cases.siblingRemains.contains(c.sampleCode());
            boolean newFamily = truePairs.stream().noneMatch(t -> t.familyId().equals(c.familyId()));
            if (!sibling && newFamily && c.missingPersonId().equals(cases.truth.get(c.sampleCode()))
                    && detail(c).references().size() >= 2) {
                truePairs.add(c);
            }
        }
        assertThat(truePairs).as("true pairs of families with two typed relatives").hasSizeGreaterThanOrEqualTo(3);
        CandidateMatch confirmedPair = truePairs.get(0);
        CandidateMatch proposedPair = truePairs.get(1);
        CandidateMatch openPair = truePairs.get(2);

        Decision proposalToConfirm = as("alice", () -> identification.propose(new CandidateId(confirmedPair.id()), "consistent"));
        Decision confirmed = as("bob", () -> identification.confirm(new DecisionId(proposalToConfirm.id()), "agreed"));
        Decision pending = as("alice", () -> identification.propose(new CandidateId(proposedPair.id()), "consistent"));

        String confirmedReference = firstReference(confirmedPair);
        String proposedReference = firstReference(proposedPair);
        String openReference = firstReference(openPair);

        // one transaction: rolled back, the withdrawal leaves the candidate open
        transactions.executeWithoutResult(status -> {
            SystemTasks.runAs("liaison", () -> samples.withdrawConsent(openReference, "asked by phone"));
            assertThat(detail(openPair).candidate().status()).isEqualTo(CaseStatus.EVIDENCE_WITHDRAWN);
            status.setRollbackOnly();
        });
        assertThat(detail(openPair).candidate().status()).isEqualTo(CaseStatus.OPEN);

        for (String code : List.of(confirmedReference, proposedReference, openReference)) {
            SystemTasks.runAs("liaison", () -> samples.withdrawConsent(code, "The donor asked by letter"));
        }

        // open and proposed candidates are closed and leave the queue; their pending proposal is answered
        CandidateDetail proposed = detail(proposedPair);
        assertThat(proposed.candidate().status()).isEqualTo(CaseStatus.EVIDENCE_WITHDRAWN);
        Decision closing = proposed.decisions().get(proposed.decisions().size() - 1);
        assertThat(closing.kind()).isEqualTo(DecisionKind.EVIDENCE_WITHDRAWN);
        assertThat(closing.proposalId()).isEqualTo(pending.id());
        assertThat(closing.reason()).contains(proposedReference, "withdrew consent");
        assertThat(closing.decidedBy()).isEqualTo("liaison");
        assertThat(detail(openPair).candidate().status()).isEqualTo(CaseStatus.EVIDENCE_WITHDRAWN);
        assertThat(as("alice", identification::queue)).extracting(CandidateMatch::id).doesNotContain(proposedPair.id(), openPair.id());

        // no decision rests on withdrawn evidence
        assertThatThrownBy(() -> as("bob", () -> identification.confirm(new DecisionId(pending.id()), "")))
                .isInstanceOf(IdentificationException.class).hasMessageContaining(proposedReference).hasMessageContaining("withdrew consent");
        assertThatThrownBy(() -> as("alice", () -> identification.propose(new CandidateId(openPair.id()), "")))
                .isInstanceOf(IdentificationException.class).hasMessageContaining(openReference).hasMessageContaining("withdrew consent");

        // the confirmation keeps its record, flagged for a supervisor
        CandidateDetail identified = detail(confirmedPair);
        assertThat(identified.candidate().status()).isEqualTo(CaseStatus.IDENTIFIED);
        assertThat(identified.reviewFlags()).singleElement().satisfies(flag -> {
            assertThat(flag.decisionId()).isEqualTo(confirmed.id());
            assertThat(flag.sampleCode()).isEqualTo(confirmedReference);
        });
        assertThat(as("alice", reviewFlagsService::reviewFlags)).extracting(ReviewFlag::decisionId).containsExactly(confirmed.id());

        // the withdrawn reference shows as withdrawn with no genotypes, on the page and in the report
        int withdrawnColumn = IntStream.range(0, identified.references().size())
                .filter(i -> identified.references().get(i).sampleCode().equals(confirmedReference)).findFirst().orElseThrow();
        assertThat(identified.references().get(withdrawnColumn).withdrawn()).isTrue();
        assertThat(identified.markers()).allSatisfy(m -> assertThat(m.references().get(withdrawnColumn)).isNull());
        assertThat(identified.markers()).anySatisfy(m -> assertThat(m.references().get(1 - withdrawnColumn)).isNotNull());
        assertThat(IdentificationTest.reportText(reports, confirmed, Locale.ENGLISH)).contains(confirmedReference + " (", "the donor withdrew consent; genotypes not shown",
                "Flagged for review");

        // the pages show it; the API refuses the confirmation as any state refusal (409)
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        mvc.perform(get("/identification/candidates/{id}", confirmedPair.id()).with(analyst())).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"review-flag\"")))
                .andExpect(content().string(containsString(confirmedReference)));
        mvc.perform(get("/identification/candidates/{id}", openPair.id()).with(analyst())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/proposal\""))));
        mvc.perform(post("/api/identification/decisions/{id}/confirmation", pending.id()).with(analyst()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("withdrew consent")));

        // the next run screens the pair again without the sample: open, proposable
        Run rerun = as("identification", identification::screenChanges).orElseThrow();
        assertThat(rerun.kind()).isEqualTo(RunKind.FULL);
        CandidateMatch rescreened = as("alice", () -> identification.candidatesOfRun(new RunId(rerun.id()))).stream()
                .filter(c -> c.sampleCode().equals(openPair.sampleCode()) && c.missingPersonId().equals(openPair.missingPersonId()))
                .findFirst().orElseThrow();
        assertThat(rescreened.id()).isNotEqualTo(openPair.id());
        assertThat(rescreened.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(detail(rescreened).references()).extracting(CandidateDetail.Reference::sampleCode).doesNotContain(openReference);
        assertThat(as("alice", () -> identification.propose(new CandidateId(rescreened.id()), "without the withdrawn sample")).kind())
                .isEqualTo(DecisionKind.PROPOSED);
    }

    @Test
    void a_withdrawn_profile_is_readable_by_no_one_and_its_withdrawal_stays_on_record() throws Exception {
        String code = "W-LONE-1";
        SystemTasks.runAs("lab", () -> genetics.storeReferenceProfile(code,
                SimulatedCases.alleles(cases.simulator.unrelated(code)), Consent.identificationOnly()));
        assertThat(as("lab", () -> genetics.profile(code))).isPresent();

        SystemTasks.runAs("liaison", () -> genetics.withdrawConsent(code, "The donor asked in person"));

        assertThatThrownBy(() -> as("lab", () -> genetics.profile(code)))
                .isInstanceOf(ProfileWithdrawnException.class).hasMessageContaining(code).hasMessageContaining("withdrew consent");
        assertThat(as("lab", () -> genetics.profiles(List.of(code)))).isEmpty();
        assertThat(as("lab", () -> genetics.withdrawnAmong(List.of(code)))).containsExactly(code);
        assertThat(as("liaison", () -> genetics.referenceProfilesForAdvice(List.of(code)))).isEmpty();
        assertThat(audit.about("sample:" + code)).filteredOn(e -> e.action().equals("consent.withdrawn")).singleElement()
                .satisfies(e -> assertThat(e.details()).containsKey("withdrawn_at"));

        // through the API, every role: those who may read profiles are told when consent was withdrawn (409), the rest 403
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        for (Role role : Role.values()) {
            RequestPostProcessor holder = user("holder-" + role).authorities(role.permissions().stream()
                    .map(p -> new SimpleGrantedAuthority(p.name())).toList());
            if (role.permissions().contains(Permission.PROFILES_READ)) {
                mvc.perform(get("/api/samples/{code}/profile", code).with(holder)).andExpect(status().isConflict())
                        .andExpect(jsonPath("$.detail", containsString("withdrew consent at ")))
                        .andExpect(content().string(not(containsString("\"allele1\""))));
            } else {
                mvc.perform(get("/api/samples/{code}/profile", code).with(holder)).andExpect(status().isForbidden());
            }
        }
        // the auditor sees on the audit log that the sample existed and when its consent was withdrawn
        RequestPostProcessor auditor = user("auditor").authorities(Role.AUDITOR.permissions().stream()
                .map(p -> new SimpleGrantedAuthority(p.name())).toList());
        mvc.perform(get("/audit").param("action", "consent.withdrawn").with(auditor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("sample:" + code)))
                .andExpect(content().string(containsString("withdrawn_at")));
    }

    private static RequestPostProcessor analyst() {
        return user("page-analyst").authorities(new SimpleGrantedAuthority("IDENTIFICATION_REVIEW"),
                new SimpleGrantedAuthority("PROFILES_READ"));
    }

    private CandidateDetail detail(CandidateMatch c) {
        return as("alice", () -> identification.candidate(new CandidateId(c.id())));
    }

    private String firstReference(CandidateMatch c) {
        return detail(c).references().get(0).sampleCode();
    }

    private static <T> T as(String actor, java.util.function.Supplier<T> task) {
        return SystemTasks.callAs(actor, task);
    }
}
