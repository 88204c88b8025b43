package org.homeward.app.ledger;

import java.util.List;

/**
 * A party whose figures the ledger records, or who mediates. An agency or official speaks for a
 * state ({@code sideOf}): the Coordination Headquarters' count is Ukraine's count.
 *
 * @param sideOf  the state this party speaks for; null for a state or an independent body
 * @param aliases other names texts use for it (Kyiv, Moscow, Medinsky), for proposing claims from text
 */
public record Party(PartyId id, String name, PartyKind kind, PartyId sideOf, List<String> aliases) {

    public Party {
        aliases = List.copyOf(aliases);
    }

    /** The side this party's figures count for: the state it speaks for, else itself. */
    public PartyId side() {
        return sideOf != null ? sideOf : id;
    }
}
