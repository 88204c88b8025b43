package org.homeward.app.security;

import java.time.Instant;

/** A break-glass access: who opened which restricted record, why, and until when it stays open. */
public record BreakGlassGrant(long id, String username, String resource, String reason, Instant grantedAt, Instant expiresAt) {
}
