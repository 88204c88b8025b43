package org.homeward.app.remains;

/** Sex as estimated at examination (not from DNA). */
public enum EstimatedSex {
    MALE,
    FEMALE,
    UNDETERMINED
}
