package org.homeward.app.remains;

import java.time.Instant;

/**
 * A lab result for a sample: a profile of {@code markers} markers (stored under the sample code),
 * or a failure with its reason.
 *
 * @param dnaSex the sex the profile shows (amelogenin): MALE, FEMALE or UNKNOWN; null for a failure
 */
public record SampleResult(SampleStatus outcome, Integer markers, String dnaSex, String detail, String sourceFile,
                           Instant recordedAt, String recordedBy) {
}
