package org.homeward.app.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash chain: {@code hash(n) = SHA-256(hash(n-1) + "\n" + content(n))} in hex, where
 * {@code content(n)} is the canonical JSON array
 * {@code [seq, occurredAt, actor, clientAddress, action, subject, details]} (seq as a decimal
 * string, the time as an ISO-8601 UTC instant, details as a canonical object) and
 * {@code hash(0)} is {@link #GENESIS}.
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String content(long seq, Instant occurredAt, String actor, String clientAddress, String action,
            String subject, String canonicalDetails) {
        return CanonicalJson.array(CanonicalJson.list(Long.toString(seq), DateTimeFormatter.ISO_INSTANT.format(occurredAt),
                actor, clientAddress, action, subject), canonicalDetails);
    }

    static String hash(String previousHash, String content) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha256.update((byte) '\n');
            return HexFormat.of().formatHex(sha256.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
