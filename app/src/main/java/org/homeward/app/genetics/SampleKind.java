package org.homeward.app.genetics;

/** Whose DNA a sample holds: remains being identified, or a living relative's reference sample (under consent). */
public enum SampleKind {
    REMAINS, REFERENCE
}
