package org.homeward.app.security;

import java.time.Instant;
import java.util.Set;

/** A personal API token as its owner sees it (never the secret, which is shown once at creation). */
public record ApiToken(long id, String name, Set<Permission> scopes, Instant createdAt, Instant expiresAt,
        Instant revokedAt, Instant lastUsedAt) {

    public ApiToken {
        scopes = Set.copyOf(scopes);
    }
}
