package org.homeward.app.chain;

import java.util.OptionalLong;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The result of checking a chain from its first link. When broken, {@code firstBroken} is the number
 * of the first link that does not check out, {@code about} what it is about (an item of custody,
 * or null) and {@code problem} says how. {@code head} is the last link read that checks out
 * (genesis for an empty chain): written down elsewhere, it later reveals removal of the newest links.
 *
 * @param chain what the chain is called, capitalised ("Audit", "Custody", "Decision")
 * @param link  what one link is called ("entry", "event", "decision")
 */
public record ChainVerification(String chain, String link, long links, OptionalLong firstBroken, String about, String problem,
                                ChainHead head) {

    @JsonProperty
    public boolean intact() {
        return firstBroken.isEmpty();
    }

    @JsonProperty
    public String headHash() {
        return head.hash();
    }

    /** One line for people: "Audit chain intact: 42 entries, head …" or "Audit chain broken at entry 7: …". */
    public String summary() {
        if (intact()) {
            return chain + " chain intact: " + links + " " + (links == 1 ? link : plural()) + ", head " + head.hash();
        }
        return chain + " chain broken at " + link + " " + firstBroken.getAsLong() + (about == null ? "" : " (" + about + ")") + ": "
                + problem;
    }

    private String plural() {
        return link.endsWith("y") ? link.substring(0, link.length() - 1) + "ies" : link + "s";
    }
}
