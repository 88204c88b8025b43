package org.homeward.app.remains;

import org.homeward.kinship.Sex;

/** Sex as estimated at examination (not from DNA). */
public enum EstimatedSex {
    MALE,
    FEMALE,
    UNDETERMINED;

    /** As the kinship engine names it: undetermined is {@link Sex#UNKNOWN}. */
    public Sex sex() {
        return switch (this) {
            case MALE -> Sex.MALE;
            case FEMALE -> Sex.FEMALE;
            case UNDETERMINED -> Sex.UNKNOWN;
        };
    }
}
