package org.homeward.app.ledger.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.homeward.app.ledger.Agreement;
import org.homeward.app.ledger.Commitment;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.OfferView;
import org.homeward.app.ledger.Party;
import org.homeward.app.ledger.PartyId;
import org.homeward.app.ledger.PartyKind;
import org.homeward.app.ledger.Transfer;
import org.springframework.context.MessageSource;

/** The options of the ledger forms' selects that name ledger records: transfers and what a claim is about. */
record LedgerChoices(Ledger ledger, MessageSource messages) {

    Map<PartyId, Party> partiesById() {
        return ledger.parties().stream().collect(Collectors.toMap(Party::id, party -> party));
    }

    /** The parties that may send or receive a transfer or commit to a direction: those to the conflict. */
    List<Party> belligerents() {
        return ledger.parties().stream().filter(party -> party.kind().isBelligerent()).toList();
    }

    /** The parties that may mediate or facilitate an agreement or a transfer. */
    List<Party> mediators() {
        return ledger.parties().stream().filter(party -> party.kind() == PartyKind.MEDIATOR).toList();
    }

    /** Labels of the transfers for selects: "June 2025 · phase 4 · Russia → Ukraine". */
    Map<String, String> transferLabels(Locale locale) {
        Map<PartyId, Party> parties = partiesById();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Transfer transfer : ledger.transfers()) {
            labels.put(transfer.id().toString(), transfer.date().format(locale)
                    + (transfer.phase() == null ? "" : " · " + messages.getMessage("ledger.phase", new Object[] {transfer.phase()}, locale))
                    + " · " + parties.get(transfer.from()).name() + " → " + parties.get(transfer.to()).name());
        }
        return labels;
    }

    /** What a proposed claim may be about, as select options: value → label. */
    Map<String, String> subjectOptions(Locale locale) {
        Map<PartyId, Party> parties = partiesById();
        Map<String, String> options = new LinkedHashMap<>();
        transferLabels(locale).forEach((id, label) -> options.put("TRANSFER:" + id,
                messages.getMessage("ledger.subject.TRANSFER", null, locale) + ": " + label));
        for (Agreement agreement : ledger.agreements()) {
            for (Commitment commitment : agreement.commitments()) {
                String direction = agreement.name() + " · " + parties.get(commitment.from()).name() + " → "
                        + parties.get(commitment.to()).name();
                options.put("COMMITTED:" + commitment.id(), messages.getMessage("ledger.subject.COMMITTED", null, locale) + ": " + direction);
                options.put("DELIVERED:" + commitment.id(), messages.getMessage("ledger.subject.DELIVERED", null, locale) + ": " + direction);
            }
        }
        for (OfferView offer : ledger.offers()) {
            options.put("OFFER:" + offer.offer().id(), messages.getMessage("ledger.subject.OFFER", null, locale) + ": "
                    + offer.offer().madeOn().format(locale) + " · " + offer.from().name() + " → " + offer.to().name());
        }
        options.put("RECOVERY", messages.getMessage("ledger.subject.RECOVERY", null, locale));
        options.put("CASUALTY", messages.getMessage("ledger.subject.CASUALTY", null, locale));
        return options;
    }
}
