package org.homeward.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log: the only way to write to it. Every write of every feature, every sign-in and
 * failed sign-in, every export and every read of sensitive data goes through
 * {@link #record(AuditEvent)}, or through an {@link AuditEvent} published as an application event,
 * inside the transaction of the change: if the change rolls back, so does its entry.
 *
 * <p>Entries are numbered 1, 2, 3... and hash-chained (see {@code AuditChain}); they are appended
 * one at a time under a transaction-level advisory lock, so concurrent writers wait for each
 * other's commit. Callers run at READ COMMITTED (the default).
 */
@Service
public class AuditLog {

    /** pg_advisory_xact_lock key serialising appends: "Homeward" in ASCII. */
    private static final long APPEND_LOCK = 0x486f6d6577617264L;

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, DataSource dataSource, Clock clock) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1000);
        this.clock = clock;
    }

    /** Appends {@code event}, done now by the signed-in user (or the event's actor), and returns the entry. */
    @Transactional
    public AuditEntry record(AuditEvent event) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(APPEND_LOCK).query((row, n) -> 1).list();
        Optional<Head> head = jdbc.sql("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")
                .query((row, n) -> new Head(row.getLong("seq"), row.getString("hash")))
                .optional();
        long seq = head.map(h -> h.seq + 1).orElse(1L);
        String previousHash = head.map(h -> h.hash).orElse(AuditChain.GENESIS);
        Instant occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String actor = event.actor() != null ? event.actor() : currentActor();
        String client = clientAddress();
        String details = CanonicalJson.object(event.details());
        String hash = AuditChain.hash(previousHash,
                AuditChain.content(seq, occurredAt, actor, client, event.action(), event.subject(), details));
        jdbc.sql("""
                INSERT INTO audit_event (seq, occurred_at, actor, client_address, action, subject, details, previous_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(seq, OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC), actor, client, event.action(),
                        event.subject(), details, previousHash, hash)
                .update();
        return new AuditEntry(seq, occurredAt, actor, client, event.action(), event.subject(), event.details(), previousHash, hash);
    }

    /** {@link AuditEvent}s published with {@code ApplicationEventPublisher}, in the publisher's transaction. */
    @EventListener
    @Transactional
    void on(AuditEvent event) {
        record(event);
    }

    /** The newest {@code limit} entries, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> recent(int limit) {
        return jdbc.sql("SELECT * FROM audit_event ORDER BY seq DESC LIMIT ?").param(limit).query(AuditLog::entry).list();
    }

    /** Entry number {@code seq}, if it exists. */
    @Transactional(readOnly = true)
    public Optional<AuditEntry> entry(long seq) {
        return jdbc.sql("SELECT * FROM audit_event WHERE seq = ?").param(seq).query(AuditLog::entry).optional();
    }

    /** The entries about {@code subject} (such as {@code "user:42"}), oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> about(String subject) {
        return jdbc.sql("SELECT * FROM audit_event WHERE subject = ? ORDER BY seq").param(subject).query(AuditLog::entry).list();
    }

    /**
     * Reads the whole log in order, in one snapshot, and checks every entry: numbered without gaps,
     * following its predecessor's hash, and matching its own hash. Stops at the first broken entry.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public AuditVerification verify() {
        Verifier verifier = new Verifier();
        try {
            streaming.query("SELECT * FROM audit_event ORDER BY seq", (org.springframework.jdbc.core.RowCallbackHandler) verifier::check);
        } catch (Broken stop) {
            return stop.result;
        }
        return AuditVerification.intact(verifier.entries, verifier.previousHash);
    }

    private static final class Verifier {
        long entries;
        long expectedSeq = 1;
        String previousHash = AuditChain.GENESIS;

        void check(ResultSet row) throws SQLException {
            AuditEntry entry = entry(row, 0);
            entries++;
            if (entry.seq() != expectedSeq) {
                String problem = entry.seq() > expectedSeq
                        ? "entry " + expectedSeq + " is missing (the next entry is " + entry.seq() + ")"
                        : "entry " + entry.seq() + " appears out of order";
                throw new Broken(AuditVerification.broken(entries, expectedSeq, problem, previousHash));
            }
            if (!entry.previousHash().equals(previousHash)) {
                throw new Broken(AuditVerification.broken(entries, entry.seq(), "it does not follow entry "
                        + (entry.seq() - 1) + " (its previous hash differs): an entry was removed, inserted or reordered",
                        previousHash));
            }
            String details = row.getString("details");
            String recomputed = AuditChain.hash(entry.previousHash(), AuditChain.content(entry.seq(), entry.occurredAt(),
                    entry.actor(), entry.clientAddress(), entry.action(), entry.subject(), details));
            if (!recomputed.equals(entry.hash())) {
                throw new Broken(AuditVerification.broken(entries, entry.seq(),
                        "its content does not match its hash: the entry was altered", previousHash));
            }
            previousHash = entry.hash();
            expectedSeq++;
        }
    }

    private static final class Broken extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient AuditVerification result;

        Broken(AuditVerification result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    private static AuditEntry entry(ResultSet row, int rowNumber) throws SQLException {
        String details = row.getString("details");
        java.util.Map<String, String> parsed;
        try {
            parsed = CanonicalJson.parseObject(details);
        } catch (RuntimeException unreadable) {
            parsed = java.util.Map.of("unreadable", details);
        }
        return new AuditEntry(row.getLong("seq"), row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                row.getString("actor"), row.getString("client_address"), row.getString("action"), row.getString("subject"),
                parsed, row.getString("previous_hash"), row.getString("hash"));
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken)) {
            return authentication.getName();
        }
        return RequestContextHolder.getRequestAttributes() != null ? "anonymous" : "system";
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            return servlet.getRequest().getRemoteAddr();
        }
        return null;
    }

    private record Head(long seq, String hash) {
    }
}
