package org.homeward.app.registry;

import java.time.Instant;

/** One status a missing person had: since when, set by whom, and why. */
public record StatusChange(MissingPersonStatus status, Instant changedAt, String changedBy, String note) {
}
