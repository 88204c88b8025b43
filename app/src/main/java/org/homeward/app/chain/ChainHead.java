package org.homeward.app.chain;

import java.util.Objects;

/**
 * The newest link of a chain (its number and hash), from which the next link is appended. Stores
 * read it under their append lock, call {@link #next(Object)} for each new link and write the
 * link with the returned number, {@code hash()} of the previous head as its previous hash, and the
 * returned hash.
 */
public record ChainHead(long seq, String hash) {

    /** The head of an empty chain. */
    public static final ChainHead EMPTY = new ChainHead(0, Chain.GENESIS);

    public ChainHead {
        Objects.requireNonNull(hash, "hash");
    }

    /** The link after this one, holding {@code content}. */
    public ChainHead next(Object content) {
        return new ChainHead(seq + 1, Chain.hash(hash, content));
    }

    /** {@code SEQ:HASH}, the form written down to check later with {@code verify --head}. */
    @Override
    public String toString() {
        return seq + ":" + hash;
    }
}
