package org.homeward.app.common;

import java.util.Locale;
import java.util.UUID;

/**
 * The rule shared by the ids that are a UUID (the ledger's parties, sources, statements, claims,
 * agreements, directions, transfers and offers): parsed, by {@link TypedId#parse}, only from the written
 * form {@link UUID#toString()} gives (36 characters; {@code UUID.fromString} alone also takes
 * "1-1-1-1-1"), so that one id has one spelling in URLs, JSON and CSV.
 */
public final class Uuids {

    private Uuids() {
    }

    /** The written UUID; {@link IllegalArgumentException} naming {@code what} when it is not one in its written form. */
    public static UUID parse(String text, String what) {
        try {
            UUID value = UUID.fromString(text);
            if (value.toString().equals(text.toLowerCase(Locale.ROOT))) {
                return value;
            }
        } catch (IllegalArgumentException notAUuid) {
            // refused below, with the same message as a short form
        }
        throw new IllegalArgumentException("not a " + what + ": " + text);
    }
}
