package org.homeward.app.remains;

import java.time.Duration;
import java.util.List;

/**
 * One of the daily work queues: how many items wait, how long the oldest has waited, and the
 * oldest items first (at most the limit asked for).
 */
public record WorkQueue(Kind kind, long count, Duration oldest, List<Entry> entries) {

    public enum Kind {
        /** Remains in custody that no one has examined yet (the morgue's queue). */
        AWAITING_EXAMINATION,
        /** Samples sent to the lab with no result yet. */
        AWAITING_RESULTS,
        /** Samples that failed and have not been taken again. */
        FAILED_TO_REDO
    }

    /** An item in a queue: the sample code or body number, its remains, since when it waits and for how long. */
    public record Entry(String code, String bodyNumber, java.time.Instant since, Duration age, String detail) {
    }

    public WorkQueue {
        entries = List.copyOf(entries);
    }
}
