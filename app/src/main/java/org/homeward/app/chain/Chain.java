package org.homeward.app.chain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.erdtman.jcs.JsonCanonicalizer;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one way a link of a tamper-evident log is hashed: {@code hash(n) = SHA-256(hash(n-1) + "\n" +
 * canonical(content(n)))} in lower-case hex, where {@code canonical} is the JSON Canonicalization
 * Scheme (RFC 8785: sorted keys, no spaces, minimal escapes, ECMAScript numbers) and the first link
 * follows {@link #GENESIS}. Content is any value Jackson writes as JSON: strings, numbers, null,
 * lists and maps with text keys; callers write times as ISO-8601 text so the form never depends on
 * a mapper setting. Anyone can recompute a hash from the stored columns with any RFC 8785 library.
 */
public final class Chain {

    /** The hash the first link follows. */
    public static final String GENESIS = "0".repeat(64);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Chain() {
    }

    /** {@code content} in RFC 8785 canonical JSON (also the form the audit log stores its details in). */
    public static String canonical(Object content) {
        try {
            return new JsonCanonicalizer(JSON.writeValueAsString(content)).getEncodedString();
        } catch (IOException notJson) {
            throw new IllegalArgumentException("Chain content must be plain JSON values: " + content, notJson);
        }
    }

    /** The hash of a link with {@code content} following the link whose hash is {@code previousHash}. */
    static String hash(String previousHash, Object content) {
        MessageDigest sha256 = sha256();
        sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
        sha256.update((byte) '\n');
        return HexFormat.of().formatHex(sha256.digest(canonical(content).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * SHA-256 of {@code content}'s canonical JSON, in lower-case hex: what a link holds in place of
     * data kept elsewhere (a DNA profile's alleles), so that the link changes when that data does.
     */
    public static String fingerprint(Object content) {
        return HexFormat.of().formatHex(sha256().digest(canonical(content).getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
