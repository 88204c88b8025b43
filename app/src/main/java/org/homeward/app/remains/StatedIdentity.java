package org.homeward.app.remains;

import java.time.Instant;

/**
 * What a label, a manifest or a handover stated of whose remains these are: a name, a service
 * number, a side (any of them, at least one), as recorded by the register.
 */
public record StatedIdentity(long id, String bodyNumber, StatementSource source, String statedName, String statedServiceNumber,
                             Nationality statedSide, String recordedBy, Instant recordedAt) {
}
