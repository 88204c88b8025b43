package org.homeward.app.identification;

/** Two remains samples that are probably the same person: a proposed re-association of their bodies. */
public record DirectMatch(long runId, String firstSample, String secondSample, String firstBody, String secondBody,
                          double log10Lr, int markersCompared, int mismatches) {
}
