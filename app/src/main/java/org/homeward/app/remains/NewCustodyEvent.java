package org.homeward.app.remains;

import static org.homeward.app.web.Limits.CODE_LENGTH;
import static org.homeward.app.web.Limits.NAME_LENGTH;
import static org.homeward.app.web.Limits.NOTE_LENGTH;
import static org.homeward.app.web.Limits.PLACE_LENGTH;
import static org.homeward.app.web.Limits.SEALS;
import static org.homeward.app.web.Limits.WITNESSES;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.app.common.Texts;

/**
 * A custody event to record for an item.
 *
 * @param occurredAt      when it happened, if it is not now (the time it is recorded comes from the clock)
 * @param place           where (facility, address, crossing point)
 * @param storage         for storage in and out: the kind of store
 * @param storagePosition for storage: container, drawer or shelf number
 * @param from            who handed the item over
 * @param to              who took it
 * @param sealsBroken     seal numbers broken at this event
 * @param sealsApplied    seal numbers applied at this event
 * @param witnesses       who witnessed it (for instance "ICRC: A. Martin")
 * @param conditionNotes  the state of the item, the bag, the seals
 * @param reason          why (for instance "DNA sampling", "release to family under decision 12/2025")
 */
public record NewCustodyEvent(@NotNull CustodyEventType type, Instant occurredAt, @Size(max = PLACE_LENGTH) String place,
                              StorageKind storage, @Size(max = CODE_LENGTH) String storagePosition, @Valid Custodian from,
                              @Valid Custodian to, @Size(max = SEALS) List<@Size(max = CODE_LENGTH) String> sealsBroken,
                              @Size(max = SEALS) List<@Size(max = CODE_LENGTH) String> sealsApplied,
                              @Size(max = WITNESSES) List<@Size(max = NAME_LENGTH) String> witnesses,
                              @Size(max = NOTE_LENGTH) String conditionNotes, @Size(max = NOTE_LENGTH) String reason) {

    public NewCustodyEvent {
        place = Texts.blankToNull(place);
        storagePosition = Texts.blankToNull(storagePosition);
        from = from == null || from.isEmpty() ? null : from;
        to = to == null || to.isEmpty() ? null : to;
        sealsBroken = Texts.nonBlank(sealsBroken);
        sealsApplied = Texts.nonBlank(sealsApplied);
        witnesses = Texts.nonBlank(witnesses);
        conditionNotes = Texts.blankToNull(conditionNotes);
        reason = Texts.blankToNull(reason);
    }

    /** An event of this type now, with nothing else said: add to it with the record's constructor. */
    public static NewCustodyEvent of(CustodyEventType type, String place, Custodian from, Custodian to, String reason) {
        return new NewCustodyEvent(type, null, place, null, null, from, to, List.of(), List.of(), List.of(), null, reason);
    }

    /** The same event, said to have happened at {@code when} (null: at the time it is recorded). */
    public NewCustodyEvent at(Instant when) {
        return new NewCustodyEvent(type, when, place, storage, storagePosition, from, to, sealsBroken, sealsApplied, witnesses, conditionNotes,
                reason);
    }
}
