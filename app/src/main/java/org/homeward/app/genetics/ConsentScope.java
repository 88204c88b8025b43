package org.homeward.app.genetics;

/** What a reference sample's donor consented to. */
public enum ConsentScope {
    /** Matching within this installation only. */
    IDENTIFICATION_ONLY,
    /** Matching, and sharing the profile with the organisations named in the consent. */
    IDENTIFICATION_AND_SHARING
}
