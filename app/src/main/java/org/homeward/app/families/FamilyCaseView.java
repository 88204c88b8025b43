package org.homeward.app.families;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.homeward.app.registry.MissingPersonStatus;

/**
 * What a family may be shown or given in print about its own case: for each of its missing
 * persons, the status and the steps of the notification in plain language; nothing of other
 * families, no contact details, no DNA, no numbers of remains.
 */
public record FamilyCaseView(long familyId, String familyName, Instant preparedAt, List<Person> persons) {

    public FamilyCaseView {
        persons = List.copyOf(persons);
    }

    /**
     * One missing person of the family.
     *
     * @param visitAt     the arranged visit, when one is scheduled
     * @param certificate the death certificate's number, once issued
     * @param releasedOn  the day the remains were released to the family (kept after the burial), once they were
     * @param releasedTo  who received them
     * @param partsReturned     how many parts of the remains were identified as the person: the first and each further one
     * @param morePartsExpected whether a further part awaits the second analyst's decision
     */
    public record Person(String name, LocalDate dateOfBirth, MissingPersonStatus status, Instant statusSince,
                         NotificationStep lastStep, Instant lastStepAt, NotificationStep nextStep, Instant visitAt,
                         String visitPlace, String certificate, LocalDate releasedOn, String releasedTo, LocalDate burialOn,
                         String burialPlace, int partsReturned, boolean morePartsExpected) {
    }
}
