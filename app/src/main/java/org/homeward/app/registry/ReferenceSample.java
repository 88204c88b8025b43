package org.homeward.app.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.homeward.app.genetics.ConsentScope;

/**
 * A relative's reference sample under its barcode, and the donor's consent.
 *
 * @param relativeId      the donor; null in views for those who may not pair a sample with a person
 *
 * @param profileStoredAt when the lab's result was attached (null while it is awaited)
 * @param withdrawnAt     when the donor withdrew consent (null while it is in force)
 */
public record ReferenceSample(String sampleCode, String relativeId, LocalDate collectedOn, ConsentScope consentScope,
                              Set<String> organisations, Instant consentRecordedAt, Instant withdrawnAt,
                              String withdrawalReason, Instant profileStoredAt, String profileSource) {

    public ReferenceSample {
        organisations = Set.copyOf(organisations);
    }

    /** This sample without whom it was taken from: what those who may not pair a sample with a person see. */
    public ReferenceSample withoutDonor() {
        return new ReferenceSample(sampleCode, null, collectedOn, consentScope, organisations, consentRecordedAt, withdrawnAt,
                withdrawalReason, profileStoredAt, profileSource);
    }

    public boolean consentInForce() {
        return withdrawnAt == null;
    }

    public boolean profiled() {
        return profileStoredAt != null;
    }
}
