package org.homeward.app.ledger;

import java.util.function.Function;

import org.homeward.app.common.NotFoundException;

/** Ids in request paths: a malformed one is simply not found. */
final class LedgerIds {

    private LedgerIds() {
    }

    static ClaimId claimId(String text) {
        return parse(text, "claim", ClaimId::of);
    }

    static TransferId transferId(String text) {
        return parse(text, "transfer", TransferId::of);
    }

    static AgreementId agreementId(String text) {
        return parse(text, "agreement", AgreementId::of);
    }

    static OfferId offerId(String text) {
        return parse(text, "offer", OfferId::of);
    }

    static SourceId sourceId(String text) {
        return parse(text, "source", SourceId::of);
    }

    private static <T> T parse(String text, String what, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException malformed) {
            throw new NotFoundException(what, text);
        }
    }
}
