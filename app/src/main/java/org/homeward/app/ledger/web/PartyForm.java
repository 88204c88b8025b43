package org.homeward.app.ledger.web;

import static org.homeward.app.web.Limits.NAME_LENGTH;
import static org.homeward.app.web.Limits.NOTE_LENGTH;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.app.ledger.NewParty;
import org.homeward.app.ledger.Party;
import org.homeward.app.ledger.PartyId;
import org.homeward.app.ledger.PartyKind;

/**
 * A party, mediator or monitor as its page creates or edits it: the other names texts use for it are
 * typed one per line or separated by commas.
 */
record PartyForm(@NotBlank @Size(max = NAME_LENGTH) String name, @NotNull PartyKind kind, PartyId sideOf,
                 @Size(max = NOTE_LENGTH) String aliases) {

    static final String[] FIELDS = {"name", "kind", "sideOf", "aliases"};

    static PartyForm blank() {
        return new PartyForm(null, null, null, null);
    }

    static PartyForm of(Party party) {
        return new PartyForm(party.name(), party.kind(), party.sideOf(), String.join(", ", party.aliases()));
    }

    NewParty party() {
        List<String> names = aliases == null ? List.of()
                : Arrays.stream(aliases.split("[,;\\n]")).map(String::strip).filter(alias -> !alias.isEmpty()).toList();
        return new NewParty(name, kind, sideOf, names);
    }
}
