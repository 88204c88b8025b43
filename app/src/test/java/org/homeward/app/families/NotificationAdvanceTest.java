package org.homeward.app.families;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.homeward.app.common.InputRefusedException;
import org.homeward.app.security.Actor;
import org.junit.jupiter.api.Test;

/** The guard of a notification's steps: only the next step, with what it needs; refused naming the field otherwise. */
class NotificationAdvanceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T10:00:00Z"), ZoneOffset.UTC);
    private static final Actor OFFICER = new Actor("liaison");

    private static Notification after(NotificationStep last) {
        return new Notification(1, 2, "MP-1", 3, "UA-1", Instant.EPOCH, last, Instant.EPOCH, last.next(), null, false, null, 0, List.of());
    }

    private static NewStep step(NotificationStep step, String relativeId, String place, FamilyReaction reaction, String note,
                                LocalDate occurredOn) {
        return new NewStep(step, note, relativeId, null, place, reaction, null, null, occurredOn);
    }

    private static void refusedOn(Notification n, NewStep step, String field, String message) {
        assertThatThrownBy(() -> n.advance(step, OFFICER, CLOCK)).isInstanceOfSatisfying(InputRefusedException.class, refused -> {
            assertThat(refused.path()).isEqualTo(field);
            assertThat(refused.getMessage()).contains(message);
        });
    }

    @Test
    void the_next_step_is_recorded_now_by_the_actor_with_only_its_own_fields() {
        StepRecord record = after(NotificationStep.SUPERVISOR_APPROVED).advance(
                step(NotificationStep.NEXT_OF_KIN_RESOLVED, "R-4", "ignored place", FamilyReaction.ACCEPTED, "the mother", null), OFFICER, CLOCK);

        assertThat(record.step()).isEqualTo(NotificationStep.NEXT_OF_KIN_RESOLVED);
        assertThat(record.doneAt()).isEqualTo(CLOCK.instant());
        assertThat(record.doneBy()).isEqualTo("liaison");
        assertThat(record.relativeId()).isEqualTo("R-4");
        assertThat(record.reaction()).isNull();
        assertThat(record.custodyEvent()).isNull();
    }

    @Test
    void a_step_out_of_turn_or_after_the_burial_is_refused_on_the_step_field() {
        refusedOn(after(NotificationStep.SUPERVISOR_APPROVED), NewStep.of(NotificationStep.FAMILY_INFORMED, null), "step",
                "the next step is NEXT_OF_KIN_RESOLVED, not FAMILY_INFORMED");
        refusedOn(after(NotificationStep.BURIAL_RECORDED), NewStep.of(NotificationStep.BURIAL_RECORDED, null), "step", "finished");
        refusedOn(after(NotificationStep.SUPERVISOR_APPROVED), null, "step", "is required");
    }

    @Test
    void a_step_without_what_it_needs_is_refused_naming_the_missing_field() {
        refusedOn(after(NotificationStep.SUPERVISOR_APPROVED), NewStep.of(NotificationStep.NEXT_OF_KIN_RESOLVED, null), "relativeId",
                "choose the relative");
        refusedOn(after(NotificationStep.NEXT_OF_KIN_RESOLVED), NewStep.of(NotificationStep.VISIT_SCHEDULED, null), "scheduledFor",
                "say when");
        refusedOn(after(NotificationStep.VISIT_SCHEDULED),
                step(NotificationStep.FAMILY_INFORMED, null, null, FamilyReaction.DISPUTED, null, null), "note", "what the family disputes");
        refusedOn(after(NotificationStep.FAMILY_INFORMED), NewStep.of(NotificationStep.CERTIFICATE_ISSUED, null), "certificateNumber",
                "certificate");
        refusedOn(after(NotificationStep.CERTIFICATE_ISSUED), NewStep.of(NotificationStep.REMAINS_RELEASED, null), "receivedBy",
                "who received");
        refusedOn(after(NotificationStep.REMAINS_RELEASED),
                step(NotificationStep.BURIAL_RECORDED, null, "cemetery", null, null, LocalDate.of(2025, 6, 2)), "occurredOn", "in the future");
        refusedOn(after(NotificationStep.REMAINS_RELEASED),
                step(NotificationStep.BURIAL_RECORDED, null, null, null, null, LocalDate.of(2025, 5, 30)), "place", "place of burial");
    }

    @Test
    void the_family_is_not_recorded_as_informed_before_the_arranged_visit() {
        Instant visit = CLOCK.instant().plusSeconds(3600);
        StepRecord scheduled = new StepRecord(NotificationStep.VISIT_SCHEDULED, Instant.EPOCH, "liaison", null, null, visit, "at home",
                null, null, null, null, null);
        Notification arranged = new Notification(1, 2, "MP-1", 3, "UA-1", Instant.EPOCH, NotificationStep.VISIT_SCHEDULED, Instant.EPOCH,
                NotificationStep.FAMILY_INFORMED, null, false, null, 0, List.of(scheduled));
        NewStep informed = step(NotificationStep.FAMILY_INFORMED, null, null, FamilyReaction.ACCEPTED, null, null);

        refusedOn(arranged, informed, "step", "after the visit");
        assertThat(arranged.advance(informed, OFFICER, Clock.offset(CLOCK, java.time.Duration.ofHours(1))).reaction())
                .isEqualTo(FamilyReaction.ACCEPTED);
    }

    @Test
    void a_step_keeps_the_day_it_happened_which_is_not_in_the_future_nor_before_the_step_it_follows() {
        StepRecord certificate = new StepRecord(NotificationStep.CERTIFICATE_ISSUED, Instant.parse("2025-05-10T09:00:00Z"), "liaison", null,
                null, null, null, null, "DC-1", null, LocalDate.of(2025, 5, 10), null);
        Notification issued = new Notification(1, 2, "MP-1", 3, "UA-1", Instant.EPOCH, NotificationStep.CERTIFICATE_ISSUED,
                certificate.doneAt(), NotificationStep.REMAINS_RELEASED, null, false, null, 0, List.of(certificate));
        NewStep releasedInMay = new NewStep(NotificationStep.REMAINS_RELEASED, null, null, null, "morgue", null, null, "the widow",
                LocalDate.of(2025, 5, 20));

        StepRecord released = issued.advance(releasedInMay, OFFICER, CLOCK);
        assertThat(released.occurredOn()).isEqualTo(LocalDate.of(2025, 5, 20));
        assertThat(released.doneAt()).isEqualTo(CLOCK.instant());
        assertThat(released.enteredLater(ZoneOffset.UTC)).isTrue();
        refusedOn(issued, new NewStep(NotificationStep.REMAINS_RELEASED, null, null, null, null, null, null, "the widow",
                LocalDate.of(2025, 5, 9)), "occurredOn", "before the step it follows");

        Notification releasedNotification = new Notification(1, 2, "MP-1", 3, "UA-1", Instant.EPOCH, NotificationStep.REMAINS_RELEASED,
                released.doneAt(), NotificationStep.BURIAL_RECORDED, null, false, null, 0, List.of(certificate, released));
        refusedOn(releasedNotification, step(NotificationStep.BURIAL_RECORDED, null, "cemetery", null, null, LocalDate.of(2025, 5, 19)),
                "occurredOn", "REMAINS_RELEASED on 2025-05-20");
        assertThat(releasedNotification.advance(step(NotificationStep.BURIAL_RECORDED, null, "cemetery", null, null, LocalDate.of(2025, 5, 21)),
                OFFICER, CLOCK).occurredOn()).isEqualTo(LocalDate.of(2025, 5, 21));
        assertThat(after(NotificationStep.SUPERVISOR_APPROVED).advance(
                step(NotificationStep.NEXT_OF_KIN_RESOLVED, "R-1", null, null, null, null), OFFICER, CLOCK).occurredOn()).isEqualTo(LocalDate.of(2025, 6, 1));
    }
}
