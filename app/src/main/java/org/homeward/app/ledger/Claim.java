package org.homeward.app.ledger;

import java.time.Instant;

/**
 * A figure as one party states it, citing the statement it comes from. Immutable, in the database
 * too: a correction is a new claim whose {@code supersedes} names this one, and both stay visible.
 *
 * @param party      whose figure this is (Ukraine's count), which may differ from who published the statement
 * @param assessed   a reliability grade set by the person who entered it; null to derive it
 * @param supersedes the claim this one corrects, if any
 */
public record Claim(ClaimId id, StatementId statement, PartyId party, Subject subject, Unit unit, Figure figure,
                    Reliability assessed, ClaimId supersedes, String note, Instant recordedAt, String recordedBy) {
}
