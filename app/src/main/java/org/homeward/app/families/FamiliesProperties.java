package org.homeward.app.families;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the families' workflow: how long each step may take, counted from the step before it
 * ({@code homeward.families.deadlines.family-informed=7d}). A step without a deadline is never overdue.
 */
@ConfigurationProperties("homeward.families")
public record FamiliesProperties(Map<NotificationStep, Duration> deadlines) {

    static final Map<NotificationStep, Duration> DEFAULTS = Map.of(
            NotificationStep.SUPERVISOR_APPROVED, Duration.ofDays(2),
            NotificationStep.NEXT_OF_KIN_RESOLVED, Duration.ofDays(3),
            NotificationStep.VISIT_SCHEDULED, Duration.ofDays(3),
            NotificationStep.FAMILY_INFORMED, Duration.ofDays(7),
            NotificationStep.CERTIFICATE_ISSUED, Duration.ofDays(14),
            NotificationStep.REMAINS_RELEASED, Duration.ofDays(14),
            NotificationStep.BURIAL_RECORDED, Duration.ofDays(30));

    public FamiliesProperties {
        Map<NotificationStep, Duration> merged = new EnumMap<>(DEFAULTS);
        if (deadlines != null) {
            merged.putAll(deadlines);
        }
        deadlines = Map.copyOf(merged);
    }

    /** The deadline of {@code step}, or null when it has none. */
    public Duration deadline(NotificationStep step) {
        return deadlines.get(step);
    }
}
