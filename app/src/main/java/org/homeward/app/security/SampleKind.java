package org.homeward.app.security;

/** Whose DNA a sample holds: remains being identified, or a living relative's reference sample (under consent). */
public enum SampleKind {
    REMAINS, REFERENCE
}
