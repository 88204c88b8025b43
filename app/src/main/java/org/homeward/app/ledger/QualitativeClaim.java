package org.homeward.app.ledger;

import java.time.Instant;

/**
 * A claim that asserts something without a figure ("a vast number of corpses left in Kupiansk",
 * "soldiers do not evacuate fallen comrades"), or with only an order of magnitude ("tens of
 * thousands"). Its speaker (a party's official, unnamed officials, a monitor) and its source are
 * those of the statement it quotes. Never mixed into figures. Immutable.
 *
 * @param place          where it is said to have happened; null when the statement does not say
 * @param claimedOn      when it is said to have happened, at the precision given; null when not given
 * @param magnitude      the order of magnitude stated, if any
 * @param corroboratedBy who else says so, when {@code verification} is CORROBORATED
 */
public record QualitativeClaim(QualitativeClaimId id, StatementId statement, String assertion, String place,
                               LedgerDate claimedOn, Magnitude magnitude, Verification verification,
                               String corroboratedBy, Instant recordedAt, String recordedBy) {
}
