package org.homeward.app.ledger;

/** What kind of publication a source is; it bears on how far its figures can be trusted. */
public enum SourceKind {
    OFFICIAL_STATEMENT,
    STATE_MEDIA,
    INDEPENDENT_MEDIA,
    /** Unnamed officials or law-enforcement sources quoted by media: never more than unverified. */
    UNNAMED_OFFICIALS,
    INDEPENDENT_ESTIMATE,
    /** A summary of other reports (a briefing note, a design document), not a primary source. */
    COMPILATION
}
