package org.homeward.app.chain;

import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Checks a chain link by link, in order: each link numbered one more than the last (from 1),
 * following the previous link's hash, and matching the hash of its own content. Feed it every link
 * while {@link #accept} returns true; {@link #result()} then names the first broken link.
 */
public final class ChainVerifier {

    private final String chain;
    private final String link;
    private ChainHead head = ChainHead.EMPTY;
    private long links;
    private ChainVerification broken;

    /** See {@link ChainVerification} for {@code chain} and {@code link}. */
    public ChainVerifier(String chain, String link) {
        this.chain = chain;
        this.link = link;
    }

    /** Checks link {@code seq} of this chain; false when it (or an earlier link) is broken. */
    public boolean accept(long seq, String previousHash, String hash, Object content, String about) {
        return check(seq, previousHash, hash, previousHash, content, about, () -> null);
    }

    /**
     * Checks link {@code seq}, and once it is found in its place, also {@code alsoLinked}: a problem
     * with the link's place in a chain within this one (an item's custody events), or null.
     */
    public boolean accept(long seq, String previousHash, String hash, Object content, String about, Supplier<String> alsoLinked) {
        return check(seq, previousHash, hash, previousHash, content, about, alsoLinked);
    }

    /**
     * Checks a link that also belongs to a wider chain (an item's custody events within all custody
     * events): it must follow this chain's head, but its hash was computed after {@code hashedAfter},
     * its previous hash in the wider chain.
     */
    public boolean acceptWithin(long seq, String previousHash, String hash, String hashedAfter, Object content, String about) {
        return check(seq, previousHash, hash, hashedAfter, content, about, () -> null);
    }

    private boolean check(long seq, String previousHash, String hash, String hashedAfter, Object content, String about,
            Supplier<String> alsoLinked) {
        if (broken != null) {
            return false;
        }
        links++;
        long expected = head.seq() + 1;
        if (seq != expected) {
            return fail(expected, about, seq > expected
                    ? link + " " + expected + " is missing (the next " + link + " is " + seq + ")"
                    : link + " " + seq + " appears out of order");
        }
        if (!previousHash.equals(head.hash())) {
            return fail(seq, about, "it does not follow " + link + " " + head.seq() + " (its previous hash differs): " + link + " "
                    + head.seq() + " was altered, or " + article() + link + " was removed, inserted or reordered");
        }
        String problem = alsoLinked.get();
        if (problem != null) {
            return fail(seq, about, problem);
        }
        if (!new ChainHead(seq - 1, hashedAfter).next(content).hash().equals(hash)) {
            return fail(seq, about, "its content does not match its hash: the " + link + " was altered");
        }
        head = new ChainHead(seq, hash);
        return true;
    }

    private boolean fail(long seq, String about, String problem) {
        if (broken == null) {
            broken = new ChainVerification(chain, link, links, OptionalLong.of(seq), about, problem, head);
        }
        return false;
    }

    /** The verdict on the links accepted so far. */
    public ChainVerification result() {
        return broken != null ? broken : new ChainVerification(chain, link, links, OptionalLong.empty(), null, null, head);
    }

    private String article() {
        return "aeiou".indexOf(link.charAt(0)) >= 0 ? "an " : "a ";
    }
}
