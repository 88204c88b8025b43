package org.homeward.app.registry;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a missing person's case stands. The usual course is {@link #REPORTED_MISSING} →
 * {@link #PRESUMED_DEAD} → {@link #REMAINS_IDENTIFIED} → {@link #RETURNED_TO_FAMILY} →
 * {@link #BURIED}; a person may also be {@link #FOUND_ALIVE} or {@link #FOUND_IN_CAPTIVITY}.
 * Every change is dated and attributed ({@link StatusChange}).
 */
public enum MissingPersonStatus {
    REPORTED_MISSING,
    PRESUMED_DEAD,
    REMAINS_IDENTIFIED,
    RETURNED_TO_FAMILY,
    BURIED,
    FOUND_ALIVE,
    FOUND_IN_CAPTIVITY;

    /** The statuses this one may change to. */
    public Set<MissingPersonStatus> next() {
        return switch (this) {
            case REPORTED_MISSING -> EnumSet.of(PRESUMED_DEAD, REMAINS_IDENTIFIED, FOUND_ALIVE, FOUND_IN_CAPTIVITY);
            case PRESUMED_DEAD -> EnumSet.of(REPORTED_MISSING, REMAINS_IDENTIFIED, FOUND_ALIVE, FOUND_IN_CAPTIVITY);
            case FOUND_IN_CAPTIVITY -> EnumSet.of(FOUND_ALIVE, REPORTED_MISSING, PRESUMED_DEAD, REMAINS_IDENTIFIED);
            case REMAINS_IDENTIFIED -> EnumSet.of(RETURNED_TO_FAMILY);
            case RETURNED_TO_FAMILY -> EnumSet.of(BURIED);
            case BURIED, FOUND_ALIVE -> EnumSet.noneOf(MissingPersonStatus.class);
        };
    }

}
