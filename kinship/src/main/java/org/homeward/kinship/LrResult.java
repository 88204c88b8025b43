package org.homeward.kinship;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A likelihood ratio with its parts. The total is carried as log10 so that nothing underflows or
 * overflows; {@link #lr()} is exactly 0 for an exclusion (log10 = −∞) and may be infinite only when
 * the LR exceeds the range of a double. Never rounded: round for display only.
 *
 * @param log10Lr   log10 of the total LR, the sum of the per-marker log10 LRs
 * @param perMarker LR per marker compared, in marker order (markers not typed in the remains are absent)
 * @param markersCompared number of markers typed in the remains and present in the model
 */
public record LrResult(double log10Lr, Map<String, Double> perMarker, int markersCompared) {

    public LrResult {
        perMarker = Collections.unmodifiableMap(new LinkedHashMap<>(perMarker));
    }

    /** The LR itself: 10^log10Lr, exactly 0 for an exclusion. */
    public double lr() {
        return log10Lr == Double.NEGATIVE_INFINITY ? 0 : Math.pow(10, log10Lr);
    }

    public boolean isExclusion() {
        return log10Lr == Double.NEGATIVE_INFINITY;
    }
}
