package org.homeward.app.remains;

import java.time.Instant;
import java.util.List;

/**
 * A DNA sample of remains with its results, newest first.
 *
 * @param resampledFrom the failed sample this one redoes, if any
 * @param redoneBy      the sample taken to redo this one after it failed, if any
 */
public record Sample(String code, String bodyNumber, SampleMaterial material, String element, String takenBy, Instant takenAt,
                     String notes, SampleStatus status, String resampledFrom, String redoneBy, List<SampleResult> results,
                     Instant recordedAt) {

    public Sample {
        results = List.copyOf(results);
    }
}
