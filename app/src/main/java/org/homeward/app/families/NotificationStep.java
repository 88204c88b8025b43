package org.homeward.app.families;

/**
 * The steps of a family's notification, in order: from the confirmed identification to the burial.
 * Each is recorded once, by a person, after the one before it.
 */
public enum NotificationStep {
    /** The identification was confirmed by a second analyst (recorded from the identification decision). */
    IDENTIFICATION_CONFIRMED,
    /** A supervisor approved notifying the family. */
    SUPERVISOR_APPROVED,
    /** The next of kin to be told was chosen among the family's relatives. */
    NEXT_OF_KIN_RESOLVED,
    /** A visit to the next of kin was arranged: when and where. */
    VISIT_SCHEDULED,
    /** The family was told, in person; the outcome is recorded. */
    FAMILY_INFORMED,
    /** The death certificate was issued (its number). */
    CERTIFICATE_ISSUED,
    /** The remains were released to the family (a custody event of the remains register). */
    REMAINS_RELEASED,
    /** The burial took place (when and where). */
    BURIAL_RECORDED;

    /** The step after this one, or null after the last. */
    public NotificationStep next() {
        NotificationStep[] all = values();
        return ordinal() + 1 < all.length ? all[ordinal() + 1] : null;
    }

    public boolean isLast() {
        return next() == null;
    }
}
