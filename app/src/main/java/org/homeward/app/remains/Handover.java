package org.homeward.app.remains;

import static org.homeward.app.web.Limits.NAME_LENGTH;
import static org.homeward.app.web.Limits.NOTE_LENGTH;
import static org.homeward.app.web.Limits.PLACE_LENGTH;
import static org.homeward.app.web.Limits.WITNESSES;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.homeward.app.common.Texts;

/**
 * How the remains of a receipt were handed over: recorded as the first custody event (HANDOVER)
 * of every body registered from it. Absent parts default to the transfer's date and parties.
 *
 * @param at         when the handover happened; the recording time when absent
 * @param from       who handed over (defaults to the sending party)
 * @param to         who received (defaults to the receiving party)
 * @param witnesses  for instance "ICRC"
 */
public record Handover(Instant at, @Size(max = PLACE_LENGTH) String place, @Valid Custodian from, @Valid Custodian to,
                       @Size(max = WITNESSES) List<@Size(max = NAME_LENGTH) String> witnesses, @Size(max = NOTE_LENGTH) String conditionNotes) {

    public static final Handover UNSPECIFIED = new Handover(null, null, null, null, List.of(), null);

    public Handover {
        place = Texts.blankToNull(place);
        witnesses = Texts.nonBlank(witnesses);
        conditionNotes = Texts.blankToNull(conditionNotes);
    }

    /** This handover with what it leaves unsaid taken from its transfer: who handed over and who received, the witnesses, the place. */
    public Handover orElse(Custodian usualFrom, Custodian usualTo, List<String> usualWitnesses, String usualPlace) {
        return new Handover(at, place != null ? place : usualPlace, from != null && !from.isEmpty() ? from : usualFrom,
                to != null && !to.isEmpty() ? to : usualTo, witnesses.isEmpty() ? usualWitnesses : witnesses, conditionNotes);
    }
}
