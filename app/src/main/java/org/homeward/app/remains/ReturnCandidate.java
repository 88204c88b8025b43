package org.homeward.app.remains;

/** Remains of a receipt that may go back to the other side, with the assessment that says they are the other side's. */
public record ReturnCandidate(RemainsSummary remains, NationalityAssessment assessment) {
}
