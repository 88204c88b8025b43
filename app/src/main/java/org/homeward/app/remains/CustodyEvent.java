package org.homeward.app.remains;

import java.time.Instant;
import java.util.List;

/**
 * A recorded custody event, with its place in both chains: {@code seq} numbers every event of the
 * register, {@code itemSeq} the events of its item; {@code previousHash} is the hash of event
 * {@code seq - 1}, {@code itemPreviousHash} the hash of the item's previous event.
 */
public record CustodyEvent(long seq, CustodyItem item, int itemSeq, CustodyEventType type, Instant occurredAt,
                           Instant recordedAt, String recordedBy, String place, StorageKind storage, String storagePosition,
                           Custodian from, Custodian to, List<String> sealsBroken, List<String> sealsApplied,
                           List<String> witnesses, String conditionNotes, String reason, String previousHash,
                           String itemPreviousHash, String hash) {

    public CustodyEvent {
        sealsBroken = List.copyOf(sealsBroken);
        sealsApplied = List.copyOf(sealsApplied);
        witnesses = List.copyOf(witnesses);
    }
}
