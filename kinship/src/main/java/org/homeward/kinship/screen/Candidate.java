package org.homeward.kinship.screen;

/**
 * A remains × family pair that screening reports: its LR (carried as log10; −∞ is an exclusion),
 * the number of markers compared and the number that are incompatible without mutation.
 */
public record Candidate(String remainsId, String familyId, String missingPerson, double log10Lr,
                        int markersCompared, int inconsistentMarkers) {

    public double lr() {
        return log10Lr == Double.NEGATIVE_INFINITY ? 0 : Math.pow(10, log10Lr);
    }
}
