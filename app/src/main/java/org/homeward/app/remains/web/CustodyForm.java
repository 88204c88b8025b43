package org.homeward.app.remains.web;

import static org.homeward.app.web.Limits.NOTE_LENGTH;

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
                   @Size(max = 300) String place, StorageKind storage, @Size(max = 100) String storagePosition,
                   @Size(max = 200) String fromPerson, @Size(max = 200) String fromOrganisation, @Size(max = 200) String fromRole,
                   @Size(max = 200) String toPerson, @Size(max = 200) String toOrganisation, @Size(max = 200) String toRole,
                   @Size(max = 50) List<@Size(max = 100) String> sealsBroken, @Size(max = 50) List<@Size(max = 100) String> sealsApplied,
                   @Size(max = 20) List<@Size(max = 200) String> witnesses, @Size(max = NOTE_LENGTH) String conditionNotes,
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
