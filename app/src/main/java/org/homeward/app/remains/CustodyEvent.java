package org.homeward.app.remains;

import java.time.Instant;
import java.util.List;

import org.homeward.app.common.InputRefusedException;

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

    /** Refuses, naming the type, an event of type {@code next} that may not follow this one (custody has ended). */
    public void requireMayBeFollowedBy(CustodyEventType next) {
        if (!type.mayBeFollowedBy(next)) {
            throw new InputRefusedException("type", "custody of " + item.code() + " ended with " + type.words() + " (event " + seq
                    + "); no " + next.words() + " can follow");
        }
    }
}
