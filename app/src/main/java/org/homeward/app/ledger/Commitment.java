package org.homeward.app.ledger;

/**
 * One direction of an agreement (Russia to Ukraine). The figure committed and the total delivered
 * are not fields: they are claims about it ({@link SubjectKind#COMMITTED}, {@link SubjectKind#DELIVERED}),
 * because the parties state them, and not always alike.
 */
public record Commitment(CommitmentId id, AgreementId agreement, PartyId from, PartyId to, String description) {
}
