package org.homeward.app.families;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.function.Supplier;

import org.homeward.app.common.ListQuery;
import org.homeward.app.audit.AuditEntry;
import org.homeward.app.audit.AuditLog;
import org.homeward.app.common.InputRefusedException;
import org.homeward.app.identification.IdentificationConfirmed;
import org.homeward.app.registry.MissingPersonStatus;
import org.homeward.app.registry.NewMissingPerson;
import org.homeward.app.registry.NewRelative;
import org.homeward.app.registry.MissingPersons;
import org.homeward.app.registry.Families;
import org.homeward.app.security.Permission;
import org.homeward.app.security.Role;
import org.homeward.app.testing.MutableClock;
import org.homeward.kinship.Sex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@Import(MutableClock.Config.class)
class FamiliesWorkflowTest {

    @Autowired
    MissingPersons missingPersons;

    @Autowired
    Families families;

    @Autowired
    FamilyNotifications notifications;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AuditLog audit;

    @Autowired
    MutableClock clock;

    static <T> T as(String name, Role role, Supplier<T> task) {
        EnumSet<Permission> permissions = EnumSet.copyOf(role.permissions());
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
                permissions.stream().map(p -> new SimpleGrantedAuthority(p.name())).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return task.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    @Test
    void a_confirmed_identification_starts_the_workflow_which_is_carried_to_burial_every_step_audited() {
        MissingPersons.Report report = as("liaison", Role.FAMILY_LIAISON, () -> missingPersons.reportMissing(
                new NewMissingPerson("SN-5", "Бойко", "Василь", null, null, Sex.MALE, LocalDate.of(1979, 7, 1), null, null, null, null, null),
                new NewRelative("Оксана Бойко", null, null, "wife", null, true, false, null)));
        String mp = report.missingPerson().id();
        long decision = 9000 + (System.nanoTime() % 1000);

        as("analyst-2", Role.FORENSIC_ANALYST, () -> transactions.execute(status -> {
            publisher.publishEvent(new IdentificationConfirmed(decision, mp, "UA-TEST-0001", clock.instant()));
            return null;
        }));
        // delivered twice (a retry): still one notification
        as("analyst-2", Role.FORENSIC_ANALYST, () -> transactions.execute(status -> {
            publisher.publishEvent(new IdentificationConfirmed(decision, mp, "UA-TEST-0001", clock.instant()));
            return null;
        }));
        Notification started = as("liaison", Role.FAMILY_LIAISON, () -> notifications.ofFamily(report.missingPerson().familyId())).get(0);
        assertThat(as("liaison", Role.FAMILY_LIAISON, () -> notifications.ofFamily(report.missingPerson().familyId()))).hasSize(1);
        assertThat(started.lastStep()).isEqualTo(NotificationStep.IDENTIFICATION_CONFIRMED);
        assertThat(started.steps().get(0).doneBy()).isEqualTo("analyst-2");
        assertThat(as("liaison", Role.FAMILY_LIAISON, () -> missingPersons.missingPerson(mp)).status()).isEqualTo(MissingPersonStatus.REMAINS_IDENTIFIED);

        // overdue once the approval deadline (2 days) passes
        clock.advance(Duration.ofDays(3));
        assertThat(as("liaison", Role.FAMILY_LIAISON, notifications::overdue)).extracting(Notification::id).contains(started.id());

        long id = started.id();
        assertThatThrownBy(() -> as("liaison", Role.FAMILY_LIAISON, () -> notifications.recordStep(new NotificationId(id), started.version(),
                NewStep.of(NotificationStep.FAMILY_INFORMED, null))))
                .isInstanceOfSatisfying(InputRefusedException.class, e -> assertThat(e.getMessage()).contains("SUPERVISOR_APPROVED"));
        // the liaison officer does not approve their own notification: a supervisor does
        assertThatThrownBy(() -> as("liaison", Role.FAMILY_LIAISON, () -> notifications.recordStep(new NotificationId(id), started.version(),
                NewStep.of(NotificationStep.SUPERVISOR_APPROVED, "approved"))))
                .isInstanceOfSatisfying(InputRefusedException.class, e -> assertThat(e.getMessage()).contains("supervisor"));
        assertThatThrownBy(() -> as("liaison", Role.FAMILY_LIAISON, () -> notifications.approve(new NotificationId(id), started.version(), "approved")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        Notification n = as("supervisor", Role.SUPERVISOR, () -> notifications.approve(new NotificationId(id), started.version(), "approved"));
        assertThat(n.steps().get(1).doneBy()).isEqualTo("supervisor");
        assertThat(as("liaison", Role.FAMILY_LIAISON, notifications::overdue)).extracting(Notification::id).doesNotContain(id);

        Notification n1 = n;
        assertThatThrownBy(() -> as("liaison", Role.FAMILY_LIAISON, () -> notifications.recordStep(new NotificationId(id), n1.version(),
                new NewStep(NotificationStep.NEXT_OF_KIN_RESOLVED, null, "R-999999", null, null, null, null, null, null))))
                .isInstanceOfSatisfying(InputRefusedException.class, e -> assertThat(e.path()).isEqualTo("relativeId"));
        n = step(id, n.version(), new NewStep(NotificationStep.NEXT_OF_KIN_RESOLVED, null, report.reporter().id(), null, null, null, null, null, null));
        assertThat(n.nextOfKin()).isEqualTo(report.reporter().id());
        n = step(id, n.version(), new NewStep(NotificationStep.VISIT_SCHEDULED, null, null, clock.instant().minusSeconds(3600),
                "Family home, Bila Tserkva", null, null, null, null));
        n = step(id, n.version(), new NewStep(NotificationStep.FAMILY_INFORMED, "with the psychologist", null, null, null,
                FamilyReaction.ACCEPTED, null, null, null));
        n = step(id, n.version(), new NewStep(NotificationStep.CERTIFICATE_ISSUED, null, null, null, null, null, "DC-2026-0042", null, null));
        n = step(id, n.version(), new NewStep(NotificationStep.REMAINS_RELEASED, null, null, null, "Kyiv morgue no. 2", null, null,
                "Оксана Бойко", null));
        Notification released = n;
        assertThat(as("liaison", Role.FAMILY_LIAISON, () -> missingPersons.missingPerson(mp)).status()).isEqualTo(MissingPersonStatus.RETURNED_TO_FAMILY);
        n = step(id, n.version(), new NewStep(NotificationStep.BURIAL_RECORDED, null, null, null, "Baikove cemetery", null, null, null,
                LocalDate.now(clock)));
        assertThat(n.finished()).isTrue();
        assertThat(n.steps()).hasSize(8);
        assertThat(as("liaison", Role.FAMILY_LIAISON, () -> missingPersons.missingPerson(mp)).status()).isEqualTo(MissingPersonStatus.BURIED);
        assertThat(audit.about("notification:" + id)).extracting(AuditEntry::action)
                .containsExactly("families.notification-started", "families.step-recorded", "families.step-recorded",
                        "families.step-recorded", "families.step-recorded", "families.step-recorded", "families.step-recorded",
                        "families.step-recorded");

        FamilyCaseView view = as("liaison", Role.FAMILY_LIAISON, () -> notifications.caseView(report.missingPerson().familyId()));
        assertThat(view.persons()).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(MissingPersonStatus.BURIED);
            assertThat(p.certificate()).isEqualTo("DC-2026-0042");
            assertThat(p.releasedTo()).isEqualTo("Оксана Бойко");
            assertThat(p.releasedOn()).isEqualTo(released.steps().get(released.steps().size() - 1).happenedOn(clock.getZone()));
            assertThat(p.burialPlace()).isEqualTo("Baikove cemetery");
        });
        assertThatThrownBy(() -> as("coordinator", Role.COORDINATOR, () -> notifications.recordStep(new NotificationId(id), 0,
                NewStep.of(NotificationStep.SUPERVISOR_APPROVED, null))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void an_identification_of_someone_the_registry_does_not_know_starts_nothing_and_does_not_fail() {
        long decision = 8000 + (System.nanoTime() % 1000);
        as("analyst-2", Role.FORENSIC_ANALYST, () -> transactions.execute(status -> {
            publisher.publishEvent(new IdentificationConfirmed(decision, "MP-0", "UA-TEST-0002", clock.instant()));
            return null;
        }));
        assertThat(as("liaison", Role.FAMILY_LIAISON, () -> notifications.notifications(new ListQuery(1, 500, null, false,
                new ListQuery.Filter(null, FamilyNotifications.EVERY_NOTIFICATION, null, null, null, null, null, null))).items()))
                .noneMatch(n -> n.decisionId() == decision);
        assertThat(audit.about("decision:" + decision)).extracting(AuditEntry::action).containsExactly("families.notification-not-started");
    }

    private Notification step(long id, int version, NewStep step) {
        return as("liaison", Role.FAMILY_LIAISON, () -> notifications.recordStep(new NotificationId(id), version, step));
    }
}
