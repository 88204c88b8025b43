package org.homeward.app.families;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.homeward.app.registry.MissingPersonStatus;

/**
 * The family's question answered, for its liaison officer: for each of its missing persons, whether and
 * when they were identified (by which decision), which remains were returned to the family and when (how
 * many parts, the further parts and the family's choice), and what is still outstanding (parts expected,
 * the notification's next step, a sample that would help while the person is not identified).
 */
public record FamilyOverview(long familyId, String familyName, List<Person> persons) {

    public FamilyOverview {
        persons = List.copyOf(persons);
    }

    /** Whether any missing person of the family is not identified: the advice on whose sample to ask for is then worth reading. */
    public boolean samplesWouldHelp() {
        return persons.stream().anyMatch(p -> p.notification() == null);
    }

    /**
     * One missing person.
     *
     * @param notification      the notification of the confirmed identification (its decision, when, which remains, the steps
     *                          and the next one with its deadline); null while the person is not identified
     * @param releasedOn        the day the remains were released to the family, once they were
     * @param burialOn          the day of the burial, once it is recorded
     * @param furtherRemains    the further parts confirmed since, each with the day the family was told and their choice
     * @param partsExpected     further parts awaiting the second analyst's decision
     */
    public record Person(String missingPersonId, String name, MissingPersonStatus status, Instant statusSince, Notification notification,
                         LocalDate releasedOn, String releasedTo, LocalDate burialOn, String burialPlace,
                         List<FurtherRemains> furtherRemains, int partsExpected) {

        public Person {
            furtherRemains = List.copyOf(furtherRemains);
        }

        public boolean identified() {
            return notification != null;
        }

        /** The first part and each further one: what the family received or will receive. */
        public int partsIdentified() {
            return identified() ? 1 + furtherRemains.size() : 0;
        }

        /** Further parts the family has not been told of yet. */
        public long furtherRemainsNotTold() {
            return furtherRemains.stream().filter(f -> !f.familyInformed()).count();
        }

        /** Whether anything is still to be done or awaited for this person. */
        public boolean outstanding() {
            return !identified() || notification.nextStep() != null || partsExpected > 0 || furtherRemainsNotTold() > 0;
        }
    }
}
