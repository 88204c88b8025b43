package org.homeward.app.identification;

/**
 * A conclusion of the joint (DVI) analysis of a family with several missing persons: for a missing
 * person ({@code side} AM, {@code subject} the missing person id, {@code matched} the sample codes)
 * or for a remains sample (PM, the sample code, the missing person ids). LRs are log10, null when
 * the conclusion shows none.
 */
public record DviConclusion(long runId, String familyId, String side, String subject, String matched, String conclusion,
                            Double log10Lr, Double log10Glr, String comment) {
}
