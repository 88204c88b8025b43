package org.homeward.app.families;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import org.homeward.app.common.InputRefusedException;
import org.homeward.app.common.ListQuery;
import org.homeward.app.common.StateRefusedException;
import org.homeward.app.demo.RegistryDemoFamilies;
import org.homeward.app.identification.CandidateId;
import org.homeward.app.identification.CandidateMatch;
import org.homeward.app.identification.Decision;
import org.homeward.app.identification.DecisionId;
import org.homeward.app.identification.IdentificationCases;
import org.homeward.app.identification.IdentificationException;
import org.homeward.app.identification.LabelCheck;
import org.homeward.app.identification.NewReassociation;
import org.homeward.app.identification.Reassociation;
import org.homeward.app.identification.ReassociationBasis;
import org.homeward.app.identification.ReassociationId;
import org.homeward.app.identification.Reassociations;
import org.homeward.app.ledger.Transfer;
import org.homeward.app.ledger.MislabelledBodies;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.registry.MissingPerson;
import org.homeward.app.remains.BodyNumber;
import org.homeward.app.remains.Condition;
import org.homeward.app.remains.ContradictionKind;
import org.homeward.app.remains.EstablishedBy;
import org.homeward.app.remains.EstimatedSex;
import org.homeward.app.remains.LabelStatements;
import org.homeward.app.remains.Nationality;
import org.homeward.app.remains.NationalityEvidence;
import org.homeward.app.remains.NewNationalityAssessment;
import org.homeward.app.remains.NewReturn;
import org.homeward.app.remains.NewStatedIdentity;
import org.homeward.app.remains.RemainsReturns;
import org.homeward.app.remains.StatementSource;
import org.homeward.app.remains.NewExamination;
import org.homeward.app.security.Permission;
import org.homeward.app.security.Role;
import org.homeward.app.security.SystemTasks;
import org.homeward.formats.codis.CmfSpecimen;
import org.homeward.kinship.Sex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * Label versus DNA: a body labelled with another name is flagged on the candidate, the body page, the
 * receipt and the ledger once DNA identifies it. Re-association at any time: a further part of a person already identified attaches through two
 * analysts (a "re-association" with its own LR and reasoning), the family's case counts the parts and
 * says whether more are expected, and the liaison officer records the day the family was told and
 * their choice. Refusals name the field and write nothing.
 */
@SpringBootTest(properties = {"homeward.identification.watch-interval=1h", "homeward.remains.sample-code-scheme=RA-{date:yyyyMMdd}-{seq:3}"})
@DirtiesContext // its own database: the families it registers would change other tests' counts
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReassociationTest extends IdentificationCases {

    @Autowired
    Reassociations reassociations;

    @Autowired
    FamilyNotifications notifications;

    @Autowired
    FurtherRemainsSteps furtherRemains;

    @Autowired
    LabelStatements labels;

    @Autowired
    RemainsReturns returns;

    @Autowired
    LabelCheck labelCheck;

    @Autowired
    MislabelledBodies mislabelled;

    @Value("${homeward.display-time-zone}")
    ZoneId zone;

    /** The man's first remains (identified), a second part of him, a part examined as female typed with his profile. */
    String first;
    String second;
    String female;
    String man;
    String otherPerson;
    Decision identified;
    TransferId transfer;
    List<LabelCheck.Conflict> conflictsBeforeConfirmation;

    @BeforeAll
    void identifyTheFirstPartOfAMissingMan() {
        SystemTasks.runAs("lab", () -> {
            List<RegistryDemoFamilies.Truth> truths = RegistryDemoFamilies.register(missingPersons, families, samples,
                    RegistryDemoFamilies.simulator(0.001, 0.002, 20251204), "REA", 4);
            RegistryDemoFamilies.Truth truth = truths.stream()
                    .filter(t -> missingPersons.missingPerson(t.missingPersonId()).sex() == Sex.MALE).findFirst().orElseThrow();
            man = truth.missingPersonId();
            otherPerson = truths.stream().map(RegistryDemoFamilies.Truth::missingPersonId).filter(id -> !id.equals(man)).findFirst().orElseThrow();
            Transfer received = transfer("further parts", LocalDate.of(2025, 7, 1));
            transfer = received.id();
            first = bag(received, "REA-1");
            second = bag(received, "REA-2");
            female = bag(received, "REA-3");
            register.examine(new BodyNumber(second), new NewExamination(Condition.INCOMPLETE, EstimatedSex.MALE, 25, 40, null, null,
                    "Dr O. Koval", null));
            register.examine(new BodyNumber(female), new NewExamination(Condition.INCOMPLETE, EstimatedSex.FEMALE, 25, 40, null, null,
                    "Dr O. Koval", null));
            List<CmfSpecimen> specimens = List.of(specimen(first, truth.profile(), Sex.MALE), specimen(second, truth.profile(), Sex.MALE),
                    specimen(female, truth.profile(), Sex.UNKNOWN));
            importTyped("parts.xml", "2025-07-05T12:00:00", specimens);
            identification.runAll();
        });
        CandidateMatch c = SystemTasks.callAs("alice", () -> identification.queue()).stream()
                .filter(x -> x.bodyNumber().equals(first) && x.missingPersonId().equals(man)).findFirst().orElseThrow();
        // the first body came labelled with another name; the further part's handover said it was the other side's
        SystemTasks.runAs("clerk", () -> {
            labels.record(new BodyNumber(first), new NewStatedIdentity(StatementSource.LABEL, "Zzyzx Qwerty", null, null));
            labels.record(new BodyNumber(second), new NewStatedIdentity(StatementSource.HANDOVER, null, null, Nationality.OTHER_SIDE));
        });
        conflictsBeforeConfirmation = SystemTasks.callAs("alice", () -> labelCheck.conflicts(first, man));
        Decision proposal = SystemTasks.callAs("alice", () -> identification.propose(new CandidateId(c.id()), "all markers consistent"));
        identified = SystemTasks.callAs("bob", () -> identification.confirm(new DecisionId(proposal.id()), "agreed"));
    }

    @Test
    void a_second_part_attaches_to_an_identified_person_after_two_analysts_and_the_family_is_told() {
        // as an identification, the second part is refused: the person is identified already
        CandidateMatch secondCandidate = SystemTasks.callAs("alice", () -> identification.queue()).stream()
                .filter(x -> x.bodyNumber().equals(second) && x.missingPersonId().equals(man)).findFirst().orElseThrow();
        assertThatThrownBy(() -> SystemTasks.callAs("alice", () -> identification.propose(new CandidateId(secondCandidate.id()), "")))
                .isInstanceOf(IdentificationException.class).hasMessageContaining("already identified");

        Reassociation proposed = SystemTasks.callAs("alice", () -> reassociations.propose(
                new NewReassociation(second, man, ReassociationBasis.DNA_DIRECT_MATCH, "the same profile at every marker")));
        assertThat(proposed.status()).isEqualTo(Reassociation.Status.PROPOSED);
        assertThat(proposed.matchedBody()).isEqualTo(first);
        assertThat(proposed.log10Lr()).isGreaterThan(10);
        assertThat(proposed.identification()).isEqualTo(identified.id());
        assertThat(caseOf(man).morePartsExpected()).isTrue();

        assertThatThrownBy(() -> SystemTasks.callAs("alice", () -> reassociations.confirm(new ReassociationId(proposed.id()), "")))
                .isInstanceOf(IdentificationException.class).hasMessageContaining("different analyst");
        Reassociation confirmed = SystemTasks.callAs("bob", () -> reassociations.confirm(new ReassociationId(proposed.id()), "agreed"));
        assertThat(confirmed.status()).isEqualTo(Reassociation.Status.CONFIRMED);
        assertThat(confirmed.decidedBy()).isEqualTo("bob");

        FamilyCaseView.Person person = caseOf(man);
        assertThat(person.partsReturned()).isEqualTo(2);
        assertThat(person.morePartsExpected()).isFalse();

        Notification n = as("liaison", Role.FAMILY_LIAISON, () -> notifications.notifications(new ListQuery(1, 500, null, false,
                new ListQuery.Filter(null, FamilyNotifications.EVERY_NOTIFICATION, null, null, null, null, null, null))).items()).stream()
                .filter(x -> x.decisionId() == identified.id()).findFirst().orElseThrow();
        List<FurtherRemains> parts = as("liaison", Role.FAMILY_LIAISON, () -> furtherRemains.ofNotification(new NotificationId(n.id())));
        assertThat(parts).singleElement().satisfies(p -> {
            assertThat(p.bodyNumber()).isEqualTo(second);
            assertThat(p.familyInformed()).isFalse();
        });
        ReassociationId part = new ReassociationId(parts.get(0).reassociationId());
        LocalDate today = LocalDate.now(zone);

        // not before the family was told of the identification itself
        assertThatThrownBy(() -> informed(part, today))
                .isInstanceOfSatisfying(InputRefusedException.class, e -> assertThat(e.path()).isEqualTo("informedOn"));
        tellTheFamily(n);
        assertThatThrownBy(() -> informed(part, today.plusDays(2)))
                .isInstanceOfSatisfying(InputRefusedException.class, e -> assertThat(e.getMessage()).contains("future"));
        assertThatThrownBy(() -> informed(part, today.minusYears(1)))
                .isInstanceOfSatisfying(InputRefusedException.class, e -> assertThat(e.path()).isEqualTo("informedOn"));
        FurtherRemains told = informed(part, today);
        assertThat(told.choice()).isEqualTo(FurtherRemainsChoice.INTER_WITH_FIRST_BURIAL);
        assertThat(told.informedOn()).isEqualTo(today);
        assertThat(told.recordedBy()).isEqualTo("liaison");
        assertThatThrownBy(() -> informed(part, today)).isInstanceOf(StateRefusedException.class);
    }

    @Test
    void a_part_of_the_other_sex_is_refused_naming_the_person_and_nothing_is_written() {
        int before = SystemTasks.callAs("alice", () -> reassociations.recent()).size();
        assertThatThrownBy(() -> SystemTasks.callAs("alice", () -> reassociations.propose(
                new NewReassociation(female, man, ReassociationBasis.DNA_DIRECT_MATCH, "the same profile"))))
                .isInstanceOfSatisfying(InputRefusedException.class, e -> {
                    assertThat(e.path()).isEqualTo("missingPersonId");
                    assertThat(e.getMessage()).contains("other sex").contains("female");
                });
        assertThat(SystemTasks.callAs("alice", () -> reassociations.recent())).hasSize(before);
    }

    @Test
    void a_person_not_identified_an_unknown_part_or_a_basis_the_run_does_not_show_is_refused_by_field() {
        assertThatThrownBy(() -> SystemTasks.callAs("alice", () -> reassociations.propose(
                new NewReassociation(female, otherPerson, ReassociationBasis.EVIDENCE, "found together"))))
                .isInstanceOfSatisfying(InputRefusedException.class, e -> assertThat(e.path()).isEqualTo("missingPersonId"));
        assertThatThrownBy(() -> SystemTasks.callAs("alice", () -> reassociations.propose(
                new NewReassociation("UA-NO-SUCH-BODY", man, ReassociationBasis.EVIDENCE, "found together"))))
                .isInstanceOfSatisfying(InputRefusedException.class, e -> assertThat(e.path()).isEqualTo("bodyNumber"));
        assertThatThrownBy(() -> SystemTasks.callAs("alice", () -> reassociations.propose(
                new NewReassociation(first, man, ReassociationBasis.EVIDENCE, "again"))))
                .isInstanceOfSatisfying(InputRefusedException.class, e -> assertThat(e.path()).isEqualTo("bodyNumber"));
    }

    @Test
    void a_label_contradiction_is_flagged_on_the_candidate_the_body_the_receipt_and_the_ledger() throws Exception {
        assertThat(conflictsBeforeConfirmation).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(ContradictionKind.NAME));
        assertThat(SystemTasks.callAs("alice", () -> labels.contradictions(new BodyNumber(first)))).singleElement().satisfies(c -> {
            assertThat(c.identifiedAs()).isEqualTo(man);
            assertThat(c.kind()).isEqualTo(ContradictionKind.NAME);
            assertThat(c.establishedBy()).isEqualTo(EstablishedBy.IDENTIFICATION);
            assertThat(c.decisionId()).isEqualTo(identified.id());
            assertThat(c.statement().source()).isEqualTo(StatementSource.LABEL);
        });
        assertThat(SystemTasks.callAs("alice", () -> labels.contradictions(new BodyNumber(female)))).isEmpty();
        assertThat(mislabelled.inTransfer(transfer)).isGreaterThanOrEqualTo(1);
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        assertThat(page(mvc, "/remains/" + first)).contains("id=\"label-contradicted\"")
                .contains("the label named «Zzyzx Qwerty»; DNA identified missing person " + man + ", another name (identification decision "
                        + identified.id() + ")");
        // stored as codes, the contradiction reads in Ukrainian too
        assertThat(page(mvc, "/remains/" + first, java.util.Locale.forLanguageTag("uk")))
                .contains("на бирці зазначено імʼя «Zzyzx Qwerty»; ДНК ідентифікувала зниклу безвісти особу " + man)
                .contains("рішення про ідентифікацію № " + identified.id());
        assertThat(page(mvc, "/remains/transfers/" + transfer)).contains("id=\"mislabelled\"");
        assertThat(page(mvc, "/ledger/transfers/" + transfer)).contains("id=\"mislabelled\"");
        assertThat(page(mvc, "/identification/candidates/" + identified.candidateId())).contains("id=\"label-contradicted\"")
                .contains("Label versus DNA: the label named «Zzyzx Qwerty»; DNA identified missing person " + man + ", another name.");
        assertThat(page(mvc, "/identification/candidates/" + identified.candidateId(), java.util.Locale.forLanguageTag("uk")))
                .contains("Маркування проти ДНК: на бирці зазначено імʼя «Zzyzx Qwerty»");
    }

    @Test
    void a_body_identified_as_one_of_ours_is_never_returned_to_the_other_side_even_if_assessed_as_theirs() {
        SystemTasks.runAs("clerk", () -> register.assessNationality(new BodyNumber(first), new NewNationalityAssessment(Nationality.OTHER_SIDE,
                java.util.Set.of(NationalityEvidence.UNIFORM), "their uniform", "Dr O. Koval")));
        assertThatThrownBy(() -> SystemTasks.callAs("clerk", () -> returns.returnToOtherSide(new NewReturn(List.of(first),
                LocalDate.now(zone), "border", List.of(), null, null))))
                .isInstanceOfSatisfying(InputRefusedException.class, e -> {
                    assertThat(e.path()).isEqualTo("bodyNumbers[0]");
                    assertThat(e.getMessage()).contains("one of ours").contains(man);
                });
        assertThat(SystemTasks.callAs("clerk", () -> register.file(new BodyNumber(first))).returnedIn()).isNull();
    }

    @Test
    void a_statement_that_states_nothing_is_refused_naming_the_field() {
        assertThatThrownBy(() -> SystemTasks.callAs("clerk", () -> labels.record(new BodyNumber(female),
                new NewStatedIdentity(StatementSource.MANIFEST, " ", null, Nationality.UNDETERMINED))))
                .isInstanceOfSatisfying(InputRefusedException.class, e -> assertThat(e.path()).isEqualTo("statedName"));
        assertThat(SystemTasks.callAs("clerk", () -> labels.statements(new BodyNumber(female)))).isEmpty();
    }

    private static String page(MockMvc mvc, String path) throws Exception {
        return page(mvc, path, java.util.Locale.ENGLISH);
    }

    private static String page(MockMvc mvc, String path, java.util.Locale locale) throws Exception {
        return mvc.perform(get(path).with(user("page-reader").authorities(java.util.Arrays.stream(Permission.values())
                        .map(p -> new SimpleGrantedAuthority(p.name())).toList())).locale(locale))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private FurtherRemains informed(ReassociationId part, LocalDate on) {
        return as("liaison", Role.FAMILY_LIAISON, () -> furtherRemains.recordInformed(part,
                new NewFurtherRemainsStep(on, FurtherRemainsChoice.INTER_WITH_FIRST_BURIAL, "with the first burial, as they wished")));
    }

    private FamilyCaseView.Person caseOf(String missingPersonId) {
        return as("liaison", Role.FAMILY_LIAISON, () -> {
            MissingPerson p = missingPersons.missingPerson(missingPersonId);
            return notifications.caseView(p.familyId()).persons().stream().filter(x -> x.name().equals(p.name())).findFirst().orElseThrow();
        });
    }

    /** Supervisor approval, next of kin, a visit (an hour ago), the family informed. */
    private void tellTheFamily(Notification n) {
        NotificationId id = new NotificationId(n.id());
        Notification approved = as("supervisor", Role.SUPERVISOR, () -> notifications.approve(id, n.version(), "approved"));
        String relative = as("liaison", Role.FAMILY_LIAISON, () -> families.family(n.familyId()).relatives().get(0).id());
        Notification kin = step(id, approved.version(), new NewStep(NotificationStep.NEXT_OF_KIN_RESOLVED, null, relative, null, null, null,
                null, null, null));
        Notification visit = step(id, kin.version(), new NewStep(NotificationStep.VISIT_SCHEDULED, null, null, Instant.now().minusSeconds(3600),
                "Family home", null, null, null, null));
        step(id, visit.version(), new NewStep(NotificationStep.FAMILY_INFORMED, null, null, null, null, FamilyReaction.ACCEPTED, null, null,
                null));
    }

    private Notification step(NotificationId id, int version, NewStep step) {
        return as("liaison", Role.FAMILY_LIAISON, () -> notifications.recordStep(id, version, step));
    }

    private static <T> T as(String name, Role role, Supplier<T> task) {
        return FamiliesWorkflowTest.as(name, role, task);
    }
}
