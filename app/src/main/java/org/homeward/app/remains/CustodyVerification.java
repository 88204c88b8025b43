package org.homeward.app.remains;

import java.util.OptionalLong;

/**
 * The result of checking the custody chains: every event in order (numbered without gaps, following
 * its predecessor's hash, matching its own hash) and every item's events (numbered without gaps,
 * each following the item's previous event). When broken, {@code firstBrokenEvent} is the first event
 * that does not check out, {@code item} the item it belongs to and {@code problem} says how.
 * {@code headHash} is the hash of the last event: written down elsewhere, it also reveals later
 * removal of the newest events.
 */
public record CustodyVerification(boolean intact, long events, long items, OptionalLong firstBrokenEvent, CustodyItem item,
                                  String problem, String headHash) {

    static CustodyVerification intact(long events, long items, String headHash) {
        return new CustodyVerification(true, events, items, OptionalLong.empty(), null, null, headHash);
    }

    static CustodyVerification broken(long events, long items, long event, CustodyItem item, String problem, String headHash) {
        return new CustodyVerification(false, events, items, OptionalLong.of(event), item, problem, headHash);
    }

    /** One line for people. */
    public String summary() {
        if (intact) {
            return "Custody chains intact: " + events + (events == 1 ? " event" : " events") + " of " + items
                    + (items == 1 ? " item" : " items") + ", head " + headHash;
        }
        return "Custody chain broken at event " + firstBrokenEvent.getAsLong() + (item == null ? "" : " (" + item + ")")
                + ": " + problem;
    }
}
