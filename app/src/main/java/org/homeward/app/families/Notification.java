package org.homeward.app.families;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.homeward.app.common.InputRefusedException;
import org.homeward.app.security.Actor;

/**
 * A family's notification workflow for one confirmed identification.
 *
 * @param lastStep the latest step recorded
 * @param nextStep the step to do next (null when the burial is recorded)
 * @param dueAt    when the next step is due (its deadline counted from the last step); null when done
 * @param overdue  the next step is past its deadline
 */
public record Notification(long id, long decisionId, String missingPersonId, long familyId, String bodyNumber, Instant startedAt,
                           NotificationStep lastStep, Instant lastStepAt, NotificationStep nextStep, Instant dueAt,
                           boolean overdue, String nextOfKin, int version, List<StepRecord> steps) {

    public Notification {
        steps = List.copyOf(steps);
    }

    /** The record of {@code step}, once it is done; null before. */
    public StepRecord step(NotificationStep step) {
        return steps.stream().filter(s -> s.step() == step).findFirst().orElse(null);
    }

    public boolean finished() {
        return nextStep == null;
    }

    /**
     * The record of {@code step}, done now by {@code actor}, if it is this notification's next step
     * and gives what that step needs (the relative to be told, the visit's time and place, the
     * family's reaction and, when they dispute it, what they dispute, not before the arranged visit's
     * time, the certificate's number, who received the remains, the burial's day and place; the day it
     * happened, not in the future and not before the step it follows); refused, naming the field, otherwise. The record keeps only the fields of its step; its custody event is added by
     * whoever records the handover ({@link StepRecord#withCustodyEvent}).
     */
    public StepRecord advance(NewStep step, Actor actor, Clock clock) {
        if (step == null || step.step() == null) {
            throw new InputRefusedException("step", "is required");
        }
        if (nextStep == null) {
            throw new InputRefusedException("step", "the workflow is finished: the burial is recorded");
        }
        if (step.step() != nextStep) {
            throw new InputRefusedException("step", "the next step is " + nextStep + ", not " + step.step());
        }
        switch (nextStep) {
            case NEXT_OF_KIN_RESOLVED -> require(step.relativeId(), "relativeId", "choose the relative to be told");
            case VISIT_SCHEDULED -> {
                require(step.scheduledFor(), "scheduledFor", "say when the visit is");
                require(step.place(), "place", "say where the visit is");
            }
            case FAMILY_INFORMED -> {
                Instant visit = visitAt();
                if (visit != null && clock.instant().isBefore(visit)) {
                    throw new InputRefusedException("step", "the family is told at the arranged visit (" + visit
                            + "): record it after the visit");
                }
                require(step.reaction(), "reaction", "record how the family received the news");
                if (step.reaction() == FamilyReaction.DISPUTED) {
                    require(step.note(), "note", "record what the family disputes");
                }
            }
            case CERTIFICATE_ISSUED -> require(step.certificateNumber(), "certificateNumber", "give the certificate's number");
            case REMAINS_RELEASED -> require(step.receivedBy(), "receivedBy", "say who received the remains");
            case BURIAL_RECORDED -> {
                require(step.occurredOn(), "occurredOn", "give the day of the burial");
                require(step.place(), "place", "give the place of burial");
            }
            default -> {
                // supervisor approval and the confirmed identification: a note is enough
            }
        }
        LocalDate happened = happenedOn(step, clock);
        NotificationStep done = nextStep;
        return new StepRecord(done, clock.instant(), actor.name(), step.note(),
                done == NotificationStep.NEXT_OF_KIN_RESOLVED ? step.relativeId() : null,
                done == NotificationStep.VISIT_SCHEDULED ? step.scheduledFor() : null, step.place(),
                done == NotificationStep.FAMILY_INFORMED ? step.reaction() : null,
                done == NotificationStep.CERTIFICATE_ISSUED ? step.certificateNumber() : null,
                done == NotificationStep.REMAINS_RELEASED ? step.receivedBy() : null,
                happened, null);
    }

    /**
     * The day the step happened, as entered (today when not entered): not in the future, not before
     * the day the step before it happened, and a family informed not before the day of the visit.
     */
    private LocalDate happenedOn(NewStep step, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        LocalDate happened = step.occurredOn() != null ? step.occurredOn() : today;
        if (happened.isAfter(today)) {
            throw new InputRefusedException("occurredOn", "is in the future");
        }
        StepRecord previous = steps.isEmpty() ? null : steps.get(steps.size() - 1);
        LocalDate previousOn = previous == null ? null : previous.happenedOn(clock.getZone());
        if (previousOn != null && happened.isBefore(previousOn)) {
            throw new InputRefusedException("occurredOn", "is before the step it follows (" + previous.step() + " on " + previousOn + ")");
        }
        Instant visit = visitAt();
        if (nextStep == NotificationStep.FAMILY_INFORMED && visit != null && happened.isBefore(LocalDate.ofInstant(visit, clock.getZone()))) {
            throw new InputRefusedException("occurredOn", "is before the arranged visit (" + LocalDate.ofInstant(visit, clock.getZone()) + ")");
        }
        return happened;
    }

    /** When the arranged visit is, once it is scheduled. */
    private Instant visitAt() {
        return steps.stream().filter(s -> s.step() == NotificationStep.VISIT_SCHEDULED).map(StepRecord::scheduledFor).findFirst()
                .orElse(null);
    }

    private static void require(Object value, String field, String message) {
        if (value == null) {
            throw new InputRefusedException(field, message);
        }
    }
}
