package org.homeward.app.remains;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash of a custody event:
 * {@code hash = SHA-256(previousHash "\n" itemPreviousHash "\n" content)} in lower-case hex, where
 * {@code content} is the canonical JSON array
 *
 * <pre>
 * ["custody/1", seq, itemKind, itemCode, itemSeq, type, occurredAt, recordedAt, recordedBy, place,
 *  storage, storagePosition, fromPerson, fromOrganisation, fromRole, toPerson, toOrganisation, toRole,
 *  [sealsBroken...], [sealsApplied...], [witnesses...], conditionNotes, reason]
 * </pre>
 *
 * with numbers as decimal strings, times as ISO-8601 UTC instants (microseconds at most, as stored),
 * absent values as {@code null}, strings with the minimal JSON escapes (quote, backslash, control
 * characters as a backslash, u and four hex digits) and no spaces. The first event, and an item's first event, follow
 * {@link #GENESIS}. This form never changes: a change would break every existing chain.
 */
final class CustodyChain {

    static final String GENESIS = "0".repeat(64);
    static final String VERSION = "custody/1";

    private CustodyChain() {
    }

    static String content(CustodyEvent e) {
        List<Object> values = new ArrayList<>(Arrays.asList(VERSION, Long.toString(e.seq()), e.item().kind().name(), e.item().code(),
                Integer.toString(e.itemSeq()), e.type().name(), instant(e.occurredAt()), instant(e.recordedAt()), e.recordedBy(),
                e.place(), e.storage() == null ? null : e.storage().name(), e.storagePosition()));
        Custodian from = e.from() == null ? new Custodian(null, null, null) : e.from();
        Custodian to = e.to() == null ? new Custodian(null, null, null) : e.to();
        values.addAll(Arrays.asList(from.person(), from.organisation(), from.role(), to.person(), to.organisation(), to.role(),
                e.sealsBroken(), e.sealsApplied(), e.witnesses(), e.conditionNotes(), e.reason()));
        StringBuilder out = new StringBuilder();
        json(out, values);
        return out.toString();
    }

    static String hash(CustodyEvent e) {
        return hash(e.previousHash(), e.itemPreviousHash(), content(e));
    }

    static String hash(String previousHash, String itemPreviousHash, String content) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha256.update((byte) '\n');
            sha256.update(itemPreviousHash.getBytes(StandardCharsets.US_ASCII));
            sha256.update((byte) '\n');
            return HexFormat.of().formatHex(sha256.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String instant(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    private static void json(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                json(out, list.get(i));
            }
            out.append(']');
        } else {
            String text = value.toString();
            out.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        }
    }
}
