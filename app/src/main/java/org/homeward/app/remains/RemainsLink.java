package org.homeward.app.remains;

import java.time.Instant;

/**
 * A commingling link as seen from one remains: {@code other} is the other body number.
 *
 * @param current whether this is the latest link between the two (earlier ones are history)
 */
public record RemainsLink(String other, LinkKind kind, String basis, Instant recordedAt, String recordedBy, boolean current) {
}
