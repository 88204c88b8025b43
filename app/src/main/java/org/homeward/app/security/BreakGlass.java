package org.homeward.app.security;

import static org.homeward.app.security.Permission.AUDIT_READ;
import static org.homeward.app.security.Permission.BREAK_GLASS;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.homeward.app.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Restricted records and break-glass access. A restricted read names its resource (such as
 * {@code "sample-link:S-0001"} or {@code "family-contact:17"}) and calls
 * {@link #requireAccess(Permission, String)}: it passes when the reader holds the permission or has
 * an open break-glass grant for that resource. Someone with {@link Permission#BREAK_GLASS} but not
 * the permission may {@link #open(String, String) open} the record giving a reason: the grant lasts
 * {@code homeward.security.break-glass-validity} (30 minutes), is audited, and auditors see every
 * grant ({@link #grants()}). A grant belongs to the credential that opened it: one opened in a
 * browser session does not extend to the same person's API tokens, and one opened with a token
 * only to that token.
 *
 * <pre>{@code
 * AccessBasis basis = breakGlass.requireAccess(Permission.FAMILY_CONTACT_READ, "family-contact:" + id);
 * auditLog.record(AuditEvent.of("family-contact.read", "family:" + id).with("basis", basis));
 * }</pre>
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class BreakGlass {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecurityProperties properties;

    /** Opens {@code resource} to the signed-in person for a limited time; {@code reason} of at least 10 characters. */
    @Transactional
    @RequiresPermission(BREAK_GLASS)
    public BreakGlassGrant open(String resource, String reason) {
        if (resource == null || !resource.matches("[a-z][a-z-]*:[A-Za-z0-9._/-]{1,100}")) {
            throw new AccountException("Name the record as kind:id, such as sample-link:S-0001.");
        }
        if (reason == null || reason.strip().length() < 10) {
            throw new AccountException("Give the reason for opening this record (at least 10 characters).");
        }
        String username = Actor.current().name();
        Instant now = clock.instant();
        Instant until = now.plus(properties.breakGlassValidity());
        long id = jdbc.sql("""
                INSERT INTO break_glass_grant (username, api_token_id, resource, reason, granted_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(username, Actor.currentApiToken(), resource, reason.strip(), UserStore.utc(now), UserStore.utc(until))
                .query(Long.class).single();
        events.publishEvent(AuditEvent.of("break-glass.opened", resource).with("reason", reason.strip()).with("until", until)
                .with("grant", id));
        return new BreakGlassGrant(id, username, resource, reason.strip(), now, until);
    }

    /**
     * Passes when the signed-in person holds {@code permission} or has an open grant for
     * {@code resource}, saying which; otherwise throws {@link RestrictedRecordException} (an {@link AccessDeniedException}).
     */
    @Transactional(readOnly = true)
    public AccessBasis requireAccess(Permission permission, String resource) {
        return access(permission, resource).orElseThrow(() -> new RestrictedRecordException(permission, resource));
    }

    /** On what basis the signed-in person may read {@code resource} (see {@link #requireAccess}), or empty when they may not. */
    @Transactional(readOnly = true)
    public Optional<AccessBasis> access(Permission permission, String resource) {
        if (CurrentUser.holds(permission)) {
            return Optional.of(AccessBasis.PERMISSION);
        }
        boolean open = jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM break_glass_grant WHERE username = ? AND api_token_id IS NOT DISTINCT FROM ?
                               AND resource = ? AND expires_at > ?)""")
                .params(Actor.current().name(), Actor.currentApiToken(), resource, UserStore.utc(clock.instant()))
                .query(Boolean.class).single();
        if (open) {
            markGranted();
        }
        return open ? Optional.of(AccessBasis.BREAK_GLASS) : Optional.empty();
    }

    /**
     * Until when the signed-in person reads {@code resource} by breaking the glass: the end of their
     * latest open grant for it, or empty when they hold {@code permission} (or have no open grant).
     * For the notice on the record's page.
     */
    @Transactional(readOnly = true)
    public Optional<Instant> openedUntil(Permission permission, String resource) {
        if (CurrentUser.holds(permission)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT expires_at FROM break_glass_grant WHERE username = ? AND api_token_id IS NOT DISTINCT FROM ?
                AND resource = ? AND expires_at > ?
                ORDER BY expires_at DESC LIMIT 1""")
                .params(Actor.current().name(), Actor.currentApiToken(), resource, UserStore.utc(clock.instant()))
                .query((row, n) -> row.getObject(1, OffsetDateTime.class)).optional()
                .map(until -> {
                    markGranted();
                    return until.toInstant();
                });
    }

    /** A page that shows what a grant opened lasts only as long as the grant: it is never kept as rendered ({@link KeptPage}). */
    private static void markGranted() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            servlet.getRequest().setAttribute(KeptPage.BY_GRANT, Boolean.TRUE);
        }
    }

    /** Every grant, newest first, for the auditor. */
    @Transactional(readOnly = true)
    @RequiresPermission(AUDIT_READ)
    public List<BreakGlassGrant> grants() {
        return jdbc.sql("SELECT * FROM break_glass_grant ORDER BY id DESC").query(BreakGlass::grant).list();
    }

    private static BreakGlassGrant grant(ResultSet row, int n) throws SQLException {
        return new BreakGlassGrant(row.getLong("id"), row.getString("username"), row.getString("resource"), row.getString("reason"),
                row.getObject("granted_at", OffsetDateTime.class).toInstant(), row.getObject("expires_at", OffsetDateTime.class).toInstant());
    }
}
