package org.homeward.app.remains.web;

import static org.homeward.app.web.Limits.CODE_LENGTH;
import static org.homeward.app.web.Limits.NAME_LENGTH;
import static org.homeward.app.web.Limits.NOTE_LENGTH;
import static org.homeward.app.web.Limits.PLACE_LENGTH;
import static org.homeward.app.web.Limits.SEALS;
import static org.homeward.app.web.Limits.WITNESSES;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.app.remains.Custodian;
import org.homeward.app.remains.CustodyEventType;
import org.homeward.app.remains.NewCustodyEvent;
import org.homeward.app.remains.StorageKind;
import org.springframework.format.annotation.DateTimeFormat;

/** A custody event as typed on a body's page; seals and witnesses are separated by commas. */
record CustodyForm(@NotNull CustodyEventType type, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime occurredAt,
                   @Size(max = PLACE_LENGTH) String place, StorageKind storage, @Size(max = CODE_LENGTH) String storagePosition,
                   @Size(max = NAME_LENGTH) String fromPerson, @Size(max = NAME_LENGTH) String fromOrganisation, @Size(max = NAME_LENGTH) String fromRole,
                   @Size(max = NAME_LENGTH) String toPerson, @Size(max = NAME_LENGTH) String toOrganisation, @Size(max = NAME_LENGTH) String toRole,
                   @Size(max = SEALS) List<@Size(max = CODE_LENGTH) String> sealsBroken, @Size(max = SEALS) List<@Size(max = CODE_LENGTH) String> sealsApplied,
                   @Size(max = WITNESSES) List<@Size(max = NAME_LENGTH) String> witnesses, @Size(max = NOTE_LENGTH) String conditionNotes,
                   @Size(max = NOTE_LENGTH) String reason) {

    static final String[] FIELDS = {"type", "occurredAt", "place", "storage", "storagePosition", "fromPerson", "fromOrganisation",
            "fromRole", "toPerson", "toOrganisation", "toRole", "sealsBroken", "sealsApplied", "witnesses", "conditionNotes", "reason"};

    static CustodyForm blank() {
        return new CustodyForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    NewCustodyEvent event(ZoneId zone) {
        return new NewCustodyEvent(type, occurredAt == null ? null : occurredAt.atZone(zone).toInstant(), place, storage, storagePosition,
                new Custodian(fromPerson, fromOrganisation, fromRole), new Custodian(toPerson, toOrganisation, toRole), sealsBroken,
                sealsApplied, witnesses, conditionNotes, reason);
    }
}
