package org.homeward.app.remains;

import java.time.Instant;
import java.util.List;

import org.homeward.kinship.Sex;

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

    /** The sex the latest result's amelogenin showed; {@link Sex#UNKNOWN} without one (no result, a failure, no clear call). */
    public Sex amelogeninSex() {
        String sex = results.isEmpty() ? null : results.get(0).dnaSex();
        return sex == null ? Sex.UNKNOWN : Sex.valueOf(sex);
    }
}
