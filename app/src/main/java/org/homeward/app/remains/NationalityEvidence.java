package org.homeward.app.remains;

/** What a nationality assessment rests on. */
public enum NationalityEvidence {
    DOCUMENTS,
    IDENTITY_TAG,
    INSIGNIA,
    UNIFORM,
    EQUIPMENT,
    OTHER
}
