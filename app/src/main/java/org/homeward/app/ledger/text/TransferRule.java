package org.homeward.app.ledger.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

import org.homeward.app.ledger.DatePrecision;
import org.homeward.app.ledger.LedgerDate;
import org.homeward.app.ledger.Party;
import org.homeward.app.ledger.PartyId;
import org.homeward.app.ledger.ProposedTransfer;
import org.homeward.app.ledger.Transfer;
import org.homeward.app.ledger.TransferId;

/**
 * Which transfer a count is about: the recorded transfer in the direction the sentence says whose date
 * holds the date the text gives (a transfer known to the day before one known to the month), else a
 * new transfer to propose, one per date and direction. The direction is read from the sentence: a
 * destination ("в Україну", "Україні", "to Ukraine", "Украине") or an origin ("з Росії", "from
 * Russia", "из России"); receiving words said by a Russian speaker ("получили", "received") point to
 * Russia; otherwise remains go from Russia to Ukraine, as in nearly every report.
 */
final class TransferRule {

    private static final Phrases TO_UKRAINE = Phrases.of("to ukraine", "україні", "в україну", "до україни", "на батьківщину",
            "додому", "украине", "в украину", "на украину", "на родину");
    private static final Phrases TO_RUSSIA = Phrases.of("to russia", "росії", "в росію", "до росії", "рф", "россии", "в россию",
            "российской стороне", "російській стороні");
    private static final Phrases FROM_RUSSIA = Phrases.of("from russia", "з росії", "із росії", "від росії", "из россии",
            "от россии", "from moscow");
    private static final Phrases FROM_UKRAINE = Phrases.of("from ukraine", "з україни", "від україни", "из украины",
            "от украины", "from kyiv");
    private static final Phrases RECEIVED = Phrases.of("received", "receives", "отрима*", "получил*", "получен*", "приня*");

    private final List<Transfer> transfers;
    private final Party ukraine;
    private final Party russia;
    private final Map<PartyId, PartyId> sides;
    private final List<ProposedTransfer> proposed = new ArrayList<>();

    TransferRule(List<Transfer> transfers, List<Party> parties, Party ukraine, Party russia) {
        this.transfers = transfers;
        this.sides = parties.stream().collect(Collectors.toMap(Party::id, Party::side));
        this.ukraine = ukraine;
        this.russia = russia;
    }

    /** The transfers proposed so far. */
    List<ProposedTransfer> proposed() {
        return proposed;
    }

    /** A recorded transfer, or the index of a proposed one. */
    record Match(TransferId recorded, Integer proposedIndex) {
    }

    Optional<Match> match(TaggedSentence sentence, LedgerDate date, Actor speaker) {
        if (date == null) {
            return Optional.empty();
        }
        PartyId[] direction = direction(sentence, speaker);
        Optional<Transfer> recorded = transfers.stream()
                .filter(transfer -> holds(transfer.date(), date) || holds(date, transfer.date()))
                .filter(transfer -> direction[0] == null || transfer.from().equals(direction[0]) && transfer.to().equals(direction[1]))
                .min(Comparator.comparing((Transfer transfer) -> transfer.date().precision())
                        .thenComparing(transfer -> transfer.phase() == null ? 0 : transfer.phase()));
        if (recorded.isPresent()) {
            return Optional.of(new Match(recorded.get().id(), null));
        }
        if (direction[0] == null) {
            return Optional.empty();
        }
        ProposedTransfer transfer = new ProposedTransfer(date, direction[0], direction[1]);
        int index = proposed.indexOf(transfer);
        if (index < 0) {
            proposed.add(transfer);
            index = proposed.size() - 1;
        }
        return Optional.of(new Match(null, index));
    }

    /**
     * Whether the period {@code outer} holds the date {@code inner}: a day holds only itself, a month its
     * days; a year only itself, for a transfer known only by its year says too little to claim a day.
     */
    private static boolean holds(LedgerDate outer, LedgerDate inner) {
        if (outer.precision() == DatePrecision.MONTH && inner.precision() == DatePrecision.DAY) {
            return !inner.date().isBefore(outer.date()) && !inner.end().isAfter(outer.end());
        }
        return outer.precision() == inner.precision() && outer.date().equals(inner.date());
    }

    /** {from, to}; both null when the ledger does not know the two states. */
    private PartyId[] direction(TaggedSentence sentence, Actor speaker) {
        if (ukraine == null || russia == null) {
            return new PartyId[2];
        }
        PartyId[] toUkraine = {russia.id(), ukraine.id()};
        PartyId[] toRussia = {ukraine.id(), russia.id()};
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (FROM_RUSSIA.match(tokens, i) > 0) {
                return toUkraine;
            }
            if (FROM_UKRAINE.match(tokens, i) > 0) {
                return toRussia;
            }
            if (TO_UKRAINE.match(tokens, i) > 0) {
                return toUkraine;
            }
            if (TO_RUSSIA.match(tokens, i) > 0 && !(i > 0 && tokens.get(i - 1).norm().matches("з|із|от|из|від|from"))) {
                return toRussia;
            }
        }
        boolean received = false;
        for (int i = 0; i < tokens.size(); i++) {
            received |= RECEIVED.match(tokens, i) > 0;
        }
        boolean russianSpeaker = speaker != null && speaker.party() != null && russia.id().equals(sides.get(speaker.party()));
        return received && russianSpeaker ? toRussia : toUkraine;
    }
}
