package org.homeward.app.ledger.text;

import java.util.List;
import java.util.stream.Collectors;

import org.homeward.app.demo.LedgerDemoData;
import org.homeward.app.ledger.Figure;
import org.homeward.app.ledger.ProposalKind;
import org.homeward.app.ledger.ProposedClaim;

/** The figures a reader proposes in a sentence, written short: 1200, >6000, <300, ~200, 500..600, Q (no number). */
final class Figures {

    static final ReportReader READER = new ReportReader(LedgerDemoData.PARTIES, List.of());

    private Figures() {
    }

    static String of(String sentence) {
        return of(READER.read(sentence, null).claims());
    }

    static String of(List<ProposedClaim> claims) {
        return claims.stream().map(Figures::shortly).collect(Collectors.joining(" "));
    }

    private static String shortly(ProposedClaim claim) {
        if (claim.kind() == ProposalKind.QUALITATIVE) {
            return "Q";
        }
        Figure figure = claim.figure();
        return switch (figure.qualifier()) {
            case EXACT -> String.valueOf(figure.best());
            case AT_LEAST -> ">" + figure.low();
            case AT_MOST -> "<" + figure.high();
            case APPROXIMATE -> "~" + figure.best();
            case RANGE -> figure.low() + ".." + figure.high();
        };
    }
}
