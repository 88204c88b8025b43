package org.homeward.app.registry;

/**
 * Two reports that may be of the same person: the same service number, or the same name (after
 * transliteration and normalisation) and date of birth.
 */
public record PossibleDuplicate(MissingPerson first, MissingPerson second, Reason reason) {

    public enum Reason {
        SAME_SERVICE_NUMBER, SAME_NAME_AND_DATE_OF_BIRTH
    }
}
