package org.homeward.app.ledger;

import org.homeward.app.common.TypedId;

/**
 * The id of a ledger entry of type {@code E} ({@link SourceId} of a {@link Source}, {@link ClaimId}
 * of a {@link Claim}…), so that one typed lookup finds an entry of any kind.
 */
public interface EntryId<E> extends TypedId.Uuid {
}
