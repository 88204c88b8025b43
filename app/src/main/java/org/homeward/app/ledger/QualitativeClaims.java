package org.homeward.app.ledger;

import static org.homeward.app.common.Texts.blankToNull;

import java.time.Instant;

import org.homeward.app.common.InputRefusedException;

/** The checks a claim without a figure passes before the ledger records it; each refusal names its field. */
final class QualitativeClaims {

    private QualitativeClaims() {
    }

    static QualitativeClaim checked(QualitativeClaimId id, NewQualitativeClaim request, LedgerBook book, Instant now,
                                    String actor) {
        Statement statement = book.entry(request.statement())
                .orElseThrow(() -> new InputRefusedException("statement", "no such statement"));
        if ((request.claimedOn() == null) != (request.precision() == null)) {
            throw new InputRefusedException(request.claimedOn() == null ? "claimedOn" : "precision",
                    "a date and its precision go together");
        }
        LedgerDate claimedOn = request.claimedOn() == null ? null : new LedgerDate(request.claimedOn(), request.precision());
        Source source = book.entry(statement.source()).orElseThrow();
        if (claimedOn != null && source.publishedOn() != null && claimedOn.date().isAfter(source.publishedOn())) {
            throw new InputRefusedException("claimedOn", "must not be after the source's publication date (" + source.publishedOn() + ")");
        }
        String corroboratedBy = blankToNull(request.corroboratedBy());
        if ((request.verification() == Verification.CORROBORATED) != (corroboratedBy != null)) {
            throw new InputRefusedException("corroboratedBy", corroboratedBy == null
                    ? "a corroborated claim names who corroborates it" : "only a corroborated claim names who corroborates it");
        }
        String assertion = blankToNull(request.assertion());
        if (assertion == null) {
            throw new InputRefusedException("assertion", "is required");
        }
        return new QualitativeClaim(id, statement.id(), assertion, blankToNull(request.place()), claimedOn,
                request.magnitude(), request.verification(), corroboratedBy, now, actor);
    }
}
