package org.homeward.app.remains;

import java.time.Instant;
import java.util.List;

/** A recorded nationality assessment. */
public record NationalityAssessment(Nationality assessment, List<NationalityEvidence> evidence, String notes, String assessedBy,
                                    Instant recordedAt) {

    public NationalityAssessment {
        evidence = List.copyOf(evidence);
    }
}
