package org.homeward.app.families;

import java.time.Instant;
import java.util.List;

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

    public boolean finished() {
        return nextStep == null;
    }
}
