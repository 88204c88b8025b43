package org.homeward.app.ledger;

import java.util.Locale;

/**
 * One line of the ledger checking itself, computed and explained: a party's stated total against
 * the sum of its counts of the recorded transfers ("Moscow states 78; recorded transfers sum to
 * 51: a handover may be missing"), a delivered total against the committed figure, or what each
 * side counted in the two directions.
 *
 * @param party    whose figures are compared (for REVERSE, the side that received in from → to)
 * @param stated   the party's stated figure (a delivered total); null for REVERSE
 * @param compared what it is compared with: the sum of the recorded transfers, the committed figure,
 *                 or for REVERSE the party's sum in from → to
 * @param counted  for STATED_TOTAL and REVERSE, the transfers the party gave a count for, of {@code of}
 * @param other    for REVERSE, the side that received in to → from, and {@code otherCompared} its sum
 */
public record SelfCheck(Kind kind, Outcome outcome, Party from, Party to, Party party, Figure stated, long compared,
                        long difference, int counted, int of, Party other, long otherCompared) {

    public enum Kind {
        /** A party's stated total against the sum of its counts of the recorded transfers. */
        STATED_TOTAL,
        /** A party's stated delivered total against the committed figure. */
        COMMITTED_DELIVERED,
        /** What was handed over each way, by each receiving side's count. */
        REVERSE
    }

    public enum Outcome {
        AGREES, SHORT, EXCEEDS, INFORMATION
    }

    /** The message that explains the line. */
    public String messageKey() {
        return "ledger.check." + kind + "." + outcome;
    }

    /** The message's arguments: {0} party, {1} stated figure, {2} compared, {3} difference, {4} counted, {5} of, {6} from, {7} to, {8} other, {9} other's sum. */
    public Object[] arguments(Locale locale) {
        return new Object[] {party.name(), stated == null ? "" : stated.format(locale), compared, difference, counted, of,
                from.name(), to.name(), other == null ? "" : other.name(), otherCompared};
    }

    /** A line that needs a person's attention. */
    public boolean isFlagged() {
        return outcome == Outcome.SHORT || outcome == Outcome.EXCEEDS;
    }
}
