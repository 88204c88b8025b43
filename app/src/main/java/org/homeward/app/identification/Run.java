package org.homeward.app.identification;

import java.time.Instant;

/**
 * A screening run as stored.
 *
 * @param priorRule how the prior of its candidates was chosen ("1/N, N = 57 missing persons" or a fixed value)
 * @param notes     what could not be screened and why (a family whose references are impossible, say), one per line
 */
public record Run(long id, RunKind kind, String startedBy, Instant startedAt, long durationMs, double minLr, String priorRule,
                  int families, int missingPersons, int remains, int newFamilies, int newRemains, int markers,
                  long pairsScreened, int candidates, int directMatches, int familiesWithoutReferences,
                  Integer samplesAwaitingProfiles, String notes) {
}
