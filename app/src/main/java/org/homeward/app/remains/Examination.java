package org.homeward.app.remains;

import java.time.Instant;

/** Recorded findings of an examination. */
public record Examination(long id, Condition condition, EstimatedSex estimatedSex, Integer ageMin, Integer ageMax,
                          RecoveryPlace establishedPlace, String notes, String examinedBy, Instant examinedAt,
                          Instant recordedAt, String recordedBy) {

    /** "25–35", "≥ 40", "≤ 20" or empty. */
    public String ageRange() {
        if (ageMin != null && ageMax != null) {
            return ageMin.equals(ageMax) ? ageMin.toString() : ageMin + "–" + ageMax;
        }
        if (ageMin != null) {
            return "≥ " + ageMin;
        }
        return ageMax != null ? "≤ " + ageMax : "";
    }
}
