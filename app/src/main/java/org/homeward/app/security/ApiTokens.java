package org.homeward.app.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.homeward.app.audit.AuditEvent;
import org.homeward.app.security.UserStore.StoredUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Personal API tokens for lab systems and scripts: {@code Authorization: Bearer hw_…}. A token
 * acts for its owner with at most its scopes: a subset of the creating credential's permissions
 * (a signed-in browser session: the owner's current roles) when created, and always cut down to the
 * owner's current permissions (a role taken away is taken from the token too). Tokens are created
 * and revoked only from a browser session, never with a token, so no credential makes one wider
 * than itself. Stored as SHA-256 only, expiring, revocable; a disabled owner's tokens stop working.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ApiTokens {

    static final String PREFIX = "hw_";

    private final JdbcClient jdbc;
    private final UserStore users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecurityProperties properties;

    /** A new token of the signed-in person; its secret is in the result and nowhere else. */
    @Transactional
    public NewApiToken create(String name, Set<Permission> scopes, Duration validity) {
        HomewardPrincipal owner = browserSession();
        StoredUser user = users.findById(owner.userId()).orElseThrow(() -> new AccountException("Your account no longer exists."));
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new AccountException("Name the token (at most 100 characters), such as the system that will use it.");
        }
        if (scopes.isEmpty()) {
            throw new AccountException("Choose at least one permission for the token.");
        }
        // the session's permissions as granted at sign-in, less any role taken away since
        EnumSet<Permission> allowed = EnumSet.noneOf(Permission.class);
        allowed.addAll(Role.permissionsOf(user.roles()));
        allowed.removeIf(permission -> !CurrentUser.holds(permission));
        if (!allowed.containsAll(scopes)) {
            EnumSet<Permission> extra = EnumSet.copyOf(scopes);
            extra.removeAll(allowed);
            throw new AccountException("A token cannot have permissions that you do not have: " + extra + ".");
        }
        if (validity.isNegative() || validity.isZero() || validity.compareTo(properties.maxTokenValidity()) > 0) {
            throw new AccountException("A token is valid for 1 to " + properties.maxTokenValidity().toDays() + " days.");
        }
        String secret = Secrets.newSecret(PREFIX);
        Instant now = clock.instant();
        long id = jdbc.sql("""
                INSERT INTO api_token (user_id, name, token_hash, scopes, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(user.id(), name.strip(), Secrets.sha256(secret), scopeText(scopes), UserStore.utc(now),
                        UserStore.utc(now.plus(validity)))
                .query(Long.class).single();
        events.publishEvent(AuditEvent.of("api-token.created", "api-token:" + id).with("owner", user.username())
                .with("name", name.strip()).with("scopes", scopeText(scopes)).with("expires", now.plus(validity)));
        return new NewApiToken(token(id).orElseThrow(), secret);
    }

    /** The signed-in person's tokens, newest first. */
    @Transactional(readOnly = true)
    public List<ApiToken> mine() {
        return jdbc.sql("SELECT * FROM api_token WHERE user_id = ? ORDER BY id DESC").param(CurrentUser.principal().userId())
                .query(ApiTokens::row).list();
    }

    /** Revokes one of the signed-in person's tokens at once. */
    @Transactional
    public void revoke(long tokenId) {
        HomewardPrincipal owner = browserSession();
        int revoked = jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL")
                .params(UserStore.utc(clock.instant()), tokenId, owner.userId()).update();
        if (revoked == 0) {
            throw new AccountException("You have no active token " + tokenId + ".");
        }
        events.publishEvent(AuditEvent.of("api-token.revoked", "api-token:" + tokenId).with("owner", owner.username()));
    }

    /** The authentication a bearer secret stands for, if it is a live token of an enabled account. */
    @Transactional
    Optional<Authentication> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<TokenRow> found = jdbc.sql("""
                SELECT id, user_id, scopes FROM api_token WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?""")
                .params(Secrets.sha256(secret), UserStore.utc(now))
                .query((row, n) -> new TokenRow(row.getLong("id"), row.getLong("user_id"), scopes(row.getString("scopes"))))
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Optional<StoredUser> owner = users.findById(found.get().userId()).filter(StoredUser::enabled);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ?").params(UserStore.utc(now), found.get().id()).update();
        StoredUser user = owner.get();
        EnumSet<Permission> granted = EnumSet.noneOf(Permission.class);
        granted.addAll(found.get().scopes());
        granted.retainAll(Role.permissionsOf(user.roles()));
        HomewardPrincipal principal = new HomewardPrincipal(user.id(), user.username(), user.displayName(), user.roles(),
                user.version(), found.get().id());
        return Optional.of(new BearerTokenAuthentication(principal, HomewardPrincipal.authorities(granted)));
    }

    /** The signed-in person of a browser session; a request made with a token is refused. */
    private static HomewardPrincipal browserSession() {
        HomewardPrincipal caller = CurrentUser.principal();
        if (caller.tokenId() != null) {
            throw new AccessDeniedException("API tokens are managed only from a signed-in browser session, not with a token.");
        }
        return caller;
    }

    private Optional<ApiToken> token(long id) {
        return jdbc.sql("SELECT * FROM api_token WHERE id = ?").param(id).query(ApiTokens::row).optional();
    }

    private static ApiToken row(ResultSet row, int n) throws SQLException {
        return new ApiToken(row.getLong("id"), row.getString("name"), scopes(row.getString("scopes")), instant(row, "created_at"),
                instant(row, "expires_at"), instant(row, "revoked_at"), instant(row, "last_used_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Set<Permission> scopes(String text) {
        EnumSet<Permission> scopes = EnumSet.noneOf(Permission.class);
        Arrays.stream(text.split(" ")).filter(name -> !name.isEmpty()).forEach(name -> {
            try {
                scopes.add(Permission.valueOf(name));
            } catch (IllegalArgumentException retired) {
                // a permission that no longer exists grants nothing
            }
        });
        return scopes;
    }

    private static String scopeText(Set<Permission> scopes) {
        return scopes.stream().map(Permission::name).sorted().collect(Collectors.joining(" "));
    }

    private record TokenRow(long id, long userId, Set<Permission> scopes) {
    }
}
