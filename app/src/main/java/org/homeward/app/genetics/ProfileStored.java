package org.homeward.app.genetics;

/**
 * A DNA profile was stored or replaced: published inside that transaction, so that identification
 * asks for a screening that commits or rolls back with the profile.
 */
public record ProfileStored(String sampleCode, SampleKind kind) {
}
