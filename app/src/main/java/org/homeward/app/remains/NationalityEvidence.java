package org.homeward.app.remains;

/** What a nationality assessment rests on. */
public enum NationalityEvidence {
    DOCUMENTS,
    IDENTITY_TAG,
    INSIGNIA,
    UNIFORM,
    EQUIPMENT,
    /** DNA: matched to a reference of that side, or excluded from every family of ours with a stated power. */
    DNA,
    OTHER
}
