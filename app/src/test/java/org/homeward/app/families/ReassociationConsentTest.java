package org.homeward.app.families;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.homeward.app.common.InputRefusedException;
import org.homeward.app.demo.RegistryDemoFamilies;
import org.homeward.app.identification.CandidateDetail;
import org.homeward.app.identification.CandidateId;
import org.homeward.app.identification.CandidateMatch;
import org.homeward.app.identification.CaseStatus;
import org.homeward.app.identification.Decision;
import org.homeward.app.identification.DecisionId;
import org.homeward.app.identification.IdentificationCases;
import org.homeward.app.identification.IdentificationException;
import org.homeward.app.identification.NewReassociation;
import org.homeward.app.identification.Reassociation;
import org.homeward.app.identification.ReassociationBasis;
import org.homeward.app.identification.ReassociationId;
import org.homeward.app.identification.ReassociationReviewFlag;
import org.homeward.app.identification.Reassociations;
import org.homeward.app.identification.ReviewFlag;
import org.homeward.app.identification.ReviewFlags;
import org.homeward.app.ledger.Transfer;
import org.homeward.app.remains.BodyNumber;
import org.homeward.app.remains.Condition;
import org.homeward.app.remains.EstablishedBy;
import org.homeward.app.remains.EstimatedSex;
import org.homeward.app.remains.NewExamination;
import org.homeward.app.security.SystemTasks;
import org.homeward.kinship.Sex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * Consent withdrawal takes effect on re-associations too (issue 15 item 7): a further part proposed on its
 * own kinship LR is closed as "evidence withdrawn" in the withdrawal's transaction when its candidate used
 * the sample, a kinship proposal on such a candidate is refused, the identification made with the sample is
 * flagged for a supervisor, after the next run (screened without the sample) the part may be proposed again, and
 * a confirmed kinship re-association whose reference then loses consent is flagged for a supervisor too.
 */
@SpringBootTest(properties = {"homeward.identification.screen-on-change=false",
        "homeward.remains.sample-code-scheme=RC-{date:yyyyMMdd}-{seq:3}"})
@DirtiesContext // its own database: the families it registers would change other tests' counts
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReassociationConsentTest extends IdentificationCases {

    @Autowired
    Reassociations reassociations;

    @Autowired
    ReviewFlags reviewFlags;

    String man;
    String first;
    String second;
    String third;
    Decision identified;

    /** A man of a family with two typed relatives: his first remains identified; two more parts of him, examined male, screened. */
    @BeforeAll
    void identifyTheFirstPart() {
        SystemTasks.runAs("lab", () -> {
            List<RegistryDemoFamilies.Truth> truths = RegistryDemoFamilies.register(missingPersons, families, samples,
                    RegistryDemoFamilies.simulator(0.001, 0.002, 20251205), "RCW", 5, false);
            // BOTH_PARENTS first: two typed relatives, so that the family still screens with one withdrawn
            RegistryDemoFamilies.Truth truth = truths.stream()
                    .filter(t -> missingPersons.missingPerson(t.missingPersonId()).sex() == Sex.MALE
                            && families.pedigree(missingPersons.missingPerson(t.missingPersonId()).familyId()).family().samples().size() >= 2)
                    .findFirst().orElseThrow();
            man = truth.missingPersonId();
            Transfer received = transfer("parts", LocalDate.of(2025, 7, 2));
            first = bag(received, "RCW-1");
            second = bag(received, "RCW-2");
            third = bag(received, "RCW-3");
            for (String part : List.of(second, third)) {
                register.examine(new BodyNumber(part), new NewExamination(Condition.INCOMPLETE, EstimatedSex.MALE, 25, 40, null, null,
                        "Dr O. Koval", null));
            }
            importTyped("parts.xml", "2025-07-05T12:00:00", List.of(specimen(first, truth.profile(), Sex.MALE),
                    specimen(second, truth.profile(), Sex.MALE), specimen(third, truth.profile(), Sex.MALE)));
            identification.runAll();
        });
        CandidateMatch c = candidate(first);
        Decision proposal = SystemTasks.callAs("alice", () -> identification.propose(new CandidateId(c.id()), "all markers consistent"));
        identified = SystemTasks.callAs("bob", () -> identification.confirm(new DecisionId(proposal.id()), "agreed"));
    }

    @Test
    void a_kinship_reassociation_on_a_withdrawn_sample_is_closed_refused_and_proposable_again_after_the_next_run() throws Exception {
        Reassociation pending = SystemTasks.callAs("alice", () -> reassociations.propose(
                new NewReassociation(second, man, ReassociationBasis.DNA_KINSHIP, "its own kinship LR")));
        CandidateDetail secondCandidate = SystemTasks.callAs("alice", () -> identification.candidate(new CandidateId(candidate(second).id())));
        String withdrawn = secondCandidate.references().get(0).sampleCode();

        SystemTasks.runAs("liaison", () -> samples.withdrawConsent(withdrawn, "The donor asked by letter"));

        // in the withdrawal's transaction: the pending kinship proposal is closed, answered by whoever recorded it
        Reassociation closed = SystemTasks.callAs("alice", () -> reassociations.reassociation(new ReassociationId(pending.id())));
        assertThat(closed.status()).isEqualTo(Reassociation.Status.EVIDENCE_WITHDRAWN);
        assertThat(closed.decidedBy()).isEqualTo("liaison");
        assertThat(closed.decisionReason()).contains(withdrawn, "withdrew consent");
        assertThat(SystemTasks.callAs("alice", () -> reassociations.pendingFor(man))).isZero();
        assertThatThrownBy(() -> SystemTasks.callAs("bob", () -> reassociations.confirm(new ReassociationId(pending.id()), "agreed")))
                .isInstanceOf(IdentificationException.class);

        // no kinship proposal rests on a candidate computed with it, naming the basis and writing nothing
        int before = SystemTasks.callAs("alice", reassociations::recent).size();
        assertThatThrownBy(() -> SystemTasks.callAs("alice", () -> reassociations.propose(
                new NewReassociation(third, man, ReassociationBasis.DNA_KINSHIP, "its own kinship LR"))))
                .isInstanceOfSatisfying(InputRefusedException.class, e -> {
                    assertThat(e.path()).isEqualTo("basis");
                    assertThat(e.getMessage()).contains(withdrawn).contains("withdrew consent");
                });
        assertThat(SystemTasks.callAs("alice", reassociations::recent)).hasSize(before);

        // the identification made with the sample keeps its record, flagged for a supervisor
        assertThat(SystemTasks.callAs("alice", reviewFlags::reviewFlags)).extracting(ReviewFlag::decisionId).contains(identified.id());

        // screened again without the sample, the part may be proposed again on its new candidate
        SystemTasks.runAs("identification", () -> identification.screenChanges().orElseThrow());
        Reassociation again = SystemTasks.callAs("alice", () -> reassociations.propose(
                new NewReassociation(second, man, ReassociationBasis.DNA_KINSHIP, "its kinship LR without the withdrawn sample")));
        assertThat(again.status()).isEqualTo(Reassociation.Status.PROPOSED);
        assertThat(SystemTasks.callAs("alice", identification::queue)).extracting(CandidateMatch::bodyNumber).contains(second);
        Reassociation confirmed = SystemTasks.callAs("bob", () -> reassociations.confirm(new ReassociationId(again.id()), "agreed"));
        assertThat(confirmed.status()).isEqualTo(Reassociation.Status.CONFIRMED);

        // the re-associated part's candidates leave the review queue, closed with the reason, shown on the run's page
        assertThat(SystemTasks.callAs("alice", identification::queue)).extracting(CandidateMatch::bodyNumber).doesNotContain(second);
        CandidateMatch settled = candidate(second);
        assertThat(settled.status()).isEqualTo(CaseStatus.SETTLED_OTHERWISE);
        assertThat(settled.settled()).isEqualTo(new CandidateMatch.Settled(EstablishedBy.REASSOCIATION, confirmed.id(), man));
        assertThat(runPage(settled.runId())).contains("the part was re-associated to " + man + " (re-association " + confirmed.id() + ")");

        // a confirmed kinship re-association whose remaining reference then loses consent keeps its record, flagged for a supervisor
        String remaining = SystemTasks.callAs("alice", () -> identification.candidate(new CandidateId(settled.id()))).references().stream()
                .map(reference -> reference.sampleCode()).filter(code -> !code.equals(withdrawn)).findFirst().orElseThrow();
        SystemTasks.runAs("liaison", () -> samples.withdrawConsent(remaining, "The second donor asked by letter"));
        assertThat(SystemTasks.callAs("alice", reassociations::reviewFlags))
                .extracting(ReassociationReviewFlag::reassociationId, ReassociationReviewFlag::sampleCode, ReassociationReviewFlag::flaggedBy)
                .containsExactly(tuple(confirmed.id(), remaining, "liaison"));
        assertThat(SystemTasks.callAs("alice", reassociations::reviewFlags).get(0).reason()).contains(remaining, "withdrew consent");
        assertThat(SystemTasks.callAs("alice", () -> reassociations.reassociation(new ReassociationId(confirmed.id()))).status())
                .isEqualTo(Reassociation.Status.CONFIRMED);
        assertThat(page("/identification/reassociations")).contains("Re-association " + confirmed.id() + " rests on reference sample "
                + remaining + ", whose donor withdrew consent");
    }

    private String runPage(long run) throws Exception {
        return page("/identification/runs/" + run + "?size=100");
    }

    private String page(String address) throws Exception {
        return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build()
                .perform(get(address).with(user("page-analyst")
                        .authorities(new SimpleGrantedAuthority("IDENTIFICATION_REVIEW"))).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private CandidateMatch candidate(String body) {
        return SystemTasks.callAs("alice", () -> identification.candidatesOfRun(
                        new org.homeward.app.identification.RunId(SystemTasks.callAs("alice", identification::runs).get(0).id()))).stream()
                .filter(x -> x.bodyNumber().equals(body) && x.missingPersonId().equals(man)).findFirst().orElseThrow();
    }
}
