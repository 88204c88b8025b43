package org.homeward.app.remains;

/** Where a DNA sample stands in the lab. */
public enum SampleStatus {
    /** Taken; no result yet. */
    AWAITING_RESULT,
    /** A profile was obtained and stored under the sample code. */
    PROFILED,
    /** The lab obtained no usable profile: take another sample. */
    FAILED,
    /** Failed, and another sample has been taken in its place. */
    FAILED_RESAMPLED
}
