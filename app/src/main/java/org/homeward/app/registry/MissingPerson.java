package org.homeward.app.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.homeward.app.common.InputRefusedException;
import org.homeward.app.security.Actor;
import org.homeward.kinship.Sex;

/**
 * A missing person as the registry holds them.
 *
 * @param id                  {@code MP-17}
 * @param familyId            the family that reported them
 * @param relationWords       how they relate to {@code relationOf} in the family (null for the
 *                            person the family's pedigree starts from)
 * @param surname             as reported, in the script it was reported in
 * @param surnameLatin        in Latin letters: as given, or transliterated from Cyrillic (KMU 2010)
 * @param mergedInto          set when this record was a duplicate report: the record that survives
 * @param version             for optimistic locking of changes
 */
public record MissingPerson(String id, long familyId, String relationWords, String relationOf, String serviceNumber,
                            String surname, String givenNames, String surnameLatin, String givenNamesLatin, Sex sex,
                            LocalDate dateOfBirth, String unit, LocalDate lastSeenOn, String lastSeenPlace,
                            String circumstances, String physicalDescription, MissingPersonStatus status,
                            Instant statusChangedAt, String mergedInto, Instant reportedAt, String reportedBy, int version) {

    /** The name as reported: "Шевченко Тарас Григорович". */
    public String name() {
        return givenNames == null ? surname : surname + " " + givenNames;
    }

    /** The name in Latin letters: "Shevchenko Taras Hryhorovych". */
    public String nameLatin() {
        return givenNamesLatin == null ? surnameLatin : surnameLatin + " " + givenNamesLatin;
    }

    /** The name as reported and, when it differs, in Latin letters. */
    public String displayName() {
        String name = name();
        String latin = nameLatin();
        return name.equals(latin) ? name : name + " (" + latin + ")";
    }

    public boolean isMerged() {
        return mergedInto != null;
    }

    /** The statuses an identification leaves as they are: it is already known, or the case went further. */
    private static final Set<MissingPersonStatus> IDENTIFIED = EnumSet.of(MissingPersonStatus.REMAINS_IDENTIFIED,
            MissingPersonStatus.RETURNED_TO_FAMILY, MissingPersonStatus.BURIED);

    /**
     * The change of this person's status to {@code to}, dated by {@code clock} and attributed to
     * {@code actor}; refused, naming the field, when no status is given, when this report was merged
     * into another, or when the lifecycle ({@link MissingPersonStatus#next()}) does not allow it.
     */
    public StatusChange changeStatus(MissingPersonStatus to, String note, Actor actor, Clock clock) {
        if (to == null) {
            throw new InputRefusedException("status", "is required");
        }
        if (isMerged()) {
            throw new InputRefusedException("id", "this report was merged into " + mergedInto + ": change that record");
        }
        if (!status.next().contains(to)) {
            throw new InputRefusedException("status", "cannot change from " + status + " to " + to
                    + (status.next().isEmpty() ? " (final status)" : "; allowed: " + status.next()));
        }
        return new StatusChange(to, clock.instant(), actor.name(), note);
    }

    /**
     * A confirmed identification of this person's remains: the status becomes
     * {@link MissingPersonStatus#REMAINS_IDENTIFIED} from any status before it (two analysts' confirmed
     * decision outweighs an earlier "found alive"); nothing when it is identified already or the case
     * went further. Refused for a report merged into another (follow it to the survivor first).
     */
    public Optional<StatusChange> identifyRemains(String note, Actor actor, Clock clock) {
        if (isMerged()) {
            throw new InputRefusedException("id", "this report was merged into " + mergedInto + ": identify that record");
        }
        if (IDENTIFIED.contains(status)) {
            return Optional.empty();
        }
        return Optional.of(new StatusChange(MissingPersonStatus.REMAINS_IDENTIFIED, clock.instant(), actor.name(), note));
    }
}
