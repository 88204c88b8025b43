package org.homeward.app.ledger;

import java.time.Instant;

/**
 * A figure as one party states it, citing the statement it comes from. Immutable, in the database
 * too: a correction is a new claim whose {@code supersedes} names this one, and both stay visible.
 * Breakdowns are trees: a claim is a part of at most one whole, its parent ({@code partOf}).
 *
 * @param party      whose figure this is (Ukraine's count), which may differ from who published the statement
 * @param assessed   a reliability grade set by the person who entered it; null to derive it
 * @param supersedes the claim this one corrects, if any
 * @param partOf     the whole this claim is a part of (the 320 of the 563), if any
 * @param share      a share named of its whole ("of those, 89"), not one of the parts that should add up to it
 */
public record Claim(ClaimId id, StatementId statement, PartyId party, Subject subject, Unit unit, Figure figure,
                    Reliability assessed, ClaimId supersedes, ClaimId partOf, boolean share, String note, Instant recordedAt,
                    String recordedBy) {
}
