package org.homeward.app.identification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain of the decision log: decision n carries the hash of decision n − 1 and its own
 * hash {@code SHA-256(previous_hash + "\n" + content)}, where content is its fields, one per line, in
 * a fixed order (numbers in Java's shortest round-trip form, times as ISO instants in microseconds).
 * The first decision follows 64 zeros. Anyone who can read the table can recompute it.
 */
final class DecisionChain {

    static final String GENESIS = "0".repeat(64);

    /** pg_advisory_xact_lock key serialising appends: "Decision" in ASCII. */
    static final long APPEND_LOCK = 0x4465636973696f6eL;

    private DecisionChain() {
    }

    static String content(Decision d) {
        return String.join("\n", List.of(
                Long.toString(d.id()), d.kind().name(), Long.toString(d.candidateId()),
                d.proposalId() == null ? "" : Long.toString(d.proposalId()), d.sampleCode(), d.bodyNumber(), d.familyId(),
                d.missingPersonId(), Double.toString(d.log10Lr()), Double.toString(d.prior()), Double.toString(d.posterior()),
                d.reason().replace("\\", "\\\\").replace("\n", "\\n"), d.decidedBy(),
                d.decidedAt().truncatedTo(ChronoUnit.MICROS).toString()));
    }

    static String hash(String previousHash, String content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            return HexFormat.of().formatHex(sha.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks the whole log: ids 1, 2, 3… without gaps, each following its predecessor's hash and
     * matching its own. Returns the problem with the first broken decision, or null when intact.
     */
    static String verify(List<Decision> decisions) {
        String previous = GENESIS;
        long expected = 1;
        for (Decision d : decisions) {
            if (d.id() != expected) {
                return "decision " + expected + " is missing (the next one is " + d.id() + ")";
            }
            if (!d.previousHash().equals(previous)) {
                return "decision " + d.id() + " does not follow decision " + (d.id() - 1);
            }
            if (!hash(d.previousHash(), content(d)).equals(d.hash())) {
                return "decision " + d.id() + " does not match its hash: it was altered";
            }
            previous = d.hash();
            expected++;
        }
        return null;
    }
}
