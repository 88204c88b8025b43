package org.homeward.app.identification;

import java.util.List;
import java.util.Map;

/**
 * Identification in figures.
 *
 * @param identificationsByMonth  confirmed identifications per month (yyyy-MM, UTC)
 * @param casesByStatus           current candidates at or above the review threshold, by status
 * @param latestRun               the latest run, or null before the first
 * @param daysToIdentification    days from receipt of the remains to confirmation, for the identifications
 *                                whose receipt date the remains feature gave, sorted
 * @param unavailable             the figures that cannot be shown yet, and why
 */
public record Dashboard(Map<String, Long> identificationsByMonth, long identifications, Map<CaseStatus, Long> casesByStatus,
                        Run latestRun, List<Double> daysToIdentification, List<String> unavailable) {

    /** The median of {@link #daysToIdentification()}, or null when there is none. */
    public Double medianDaysToIdentification() {
        List<Double> d = daysToIdentification;
        if (d.isEmpty()) {
            return null;
        }
        int n = d.size();
        return n % 2 == 1 ? d.get(n / 2) : (d.get(n / 2 - 1) + d.get(n / 2)) / 2;
    }
}
