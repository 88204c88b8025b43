package org.homeward.app.security;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.homeward.app.security.UserStore.StoredUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Checks a {@link Credential} again when the work asked with it starts, as a request with it would be
 * checked now: its account still enabled, its token (if any) neither revoked nor expired, and every
 * permission the work needs still held (the account's roles, within the token's scopes).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Credentials {

    private final UserStore users;
    private final JdbcClient jdbc;
    private final Clock clock;

    /** Refuses ({@link AccessDeniedException}, saying what was withdrawn) unless the credential holds {@code needed} now. */
    public void check(Credential credential, Collection<Permission> needed) {
        StoredUser user = users.findById(credential.userId()).filter(StoredUser::enabled)
                .orElseThrow(() -> new AccessDeniedException("The account of " + credential.username() + " has been disabled since the job was asked for."));
        Set<Permission> held = EnumSet.noneOf(Permission.class);
        held.addAll(Role.permissionsOf(user.roles()));
        if (credential.tokenId() != null) {
            held.retainAll(jdbc.sql("SELECT scopes FROM api_token WHERE id = ? AND user_id = ? AND revoked_at IS NULL AND expires_at > ?")
                    .params(credential.tokenId(), user.id(), UserStore.utc(clock.instant())).query(String.class).optional()
                    .map(ApiTokens::scopes)
                    .orElseThrow(() -> new AccessDeniedException("The API token the job was asked with has been revoked or has expired since.")));
        }
        Set<Permission> withdrawn = EnumSet.noneOf(Permission.class);
        withdrawn.addAll(needed);
        withdrawn.removeAll(held);
        if (!withdrawn.isEmpty()) {
            throw new AccessDeniedException(credential.username() + " no longer holds " + withdrawn + ", which the job needs.");
        }
    }
}
