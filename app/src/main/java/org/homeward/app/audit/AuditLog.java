package org.homeward.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.homeward.app.chain.Chain;
import org.homeward.app.chain.ChainHead;
import org.homeward.app.chain.ChainVerification;
import org.homeward.app.chain.ChainVerifier;
import org.homeward.app.chain.TamperEvidentLog;
import org.homeward.app.common.ListQuery;
import org.homeward.app.common.Page;
import org.homeward.app.common.PagedSql;
import org.homeward.app.common.Sorting;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log. Features write to it only by publishing an {@link AuditEvent} with
 * {@code ApplicationEventPublisher} inside the transaction of the change: this listener appends it in
 * that transaction, so if the change rolls back so does its entry, and if the entry cannot be written
 * the change fails. Every write of every feature, every sign-in and failed sign-in, every export and
 * every read of sensitive data is audited this way.
 *
 * <p>Entries are numbered 1, 2, 3... and hash-chained ({@link Chain}) over the content
 * {@code {seq, occurredAt, actor, clientAddress, action, subject, details}} (the time as an ISO-8601
 * UTC instant); they are appended one at a time under a transaction-level advisory lock, so
 * concurrent writers wait for each other's commit. Callers run at READ COMMITTED (the default).
 */
@Service
public class AuditLog implements TamperEvidentLog {

    /** pg_advisory_xact_lock key serialising appends: "Homeward" in ASCII. */
    private static final long APPEND_LOCK = 0x486f6d6577617264L;

    /** The detail holding stored details that are not a JSON object of texts (they were tampered with). */
    private static final String UNREADABLE = "unreadable";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The request attribute holding the {@link AuditEvent}s appended during a request, in order (absent when none was). */
    public static final String AUDITED_REQUEST = AuditLog.class.getName() + ".audited";

    /** The actions that record a read of restricted records. */
    private static final List<String> READS = List.of("genetic-profiles.read", "genetic-link.followed", "family-contact.read",
            "registry.contact-read");

    /**
     * The entries that record a change: all but sign-ins, sign-outs and reads of restricted records
     * (an analyst opening a candidate audits the profiles read), which change nothing that a page or
     * a computed figure shows. The same predicate, word for word, is V87's partial index
     * {@code audit_event_changes}, so {@link #lastChange()} reads one index entry however many reads
     * follow the last change. An action not named here counts as a change: the safe side.
     */
    static final String CHANGES = Stream.concat(Stream.of("login.succeeded", "login.failed", "login.refused", "logout.succeeded"),
            READS.stream()).map(action -> "'" + action + "'").collect(Collectors.joining(", ", "action NOT IN (", ")"));

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final Clock clock;
    private final ActorSource actors;

    AuditLog(JdbcClient jdbc, DataSource dataSource, Clock clock, ActorSource actors) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1000);
        this.clock = clock;
        this.actors = actors;
    }

    /** {@link AuditEvent}s published with {@code ApplicationEventPublisher}, in the publisher's transaction. */
    @EventListener
    @Transactional
    void on(AuditEvent event) {
        record(event);
    }

    /** Appends {@code event}, done now by the current actor (or the event's), and returns the entry. Only through {@link #on}. */
    @Transactional
    AuditEntry record(AuditEvent event) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(APPEND_LOCK).query((row, n) -> 1).list();
        ChainHead head = head();
        Instant occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String actor = event.actor() != null ? event.actor() : actors.currentActor();
        String client = clientAddress();
        ChainHead next = head.next(content(head.seq() + 1, occurredAt, actor, client, event.action(), event.subject(), event.details()));
        jdbc.sql("""
                INSERT INTO audit_event (seq, occurred_at, actor, client_address, action, subject, details, previous_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(next.seq(), OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC), actor, client, event.action(),
                        event.subject(), Chain.canonical(event.details()), head.hash(), next.hash())
                .update();
        markRequest(event);
        return new AuditEntry(next.seq(), occurredAt, actor, client, event.action(), event.subject(), event.details(), head.hash(),
                next.hash());
    }

    @Override
    public String name() {
        return "audit";
    }

    /** The newest {@code limit} entries, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> recent(int limit) {
        return jdbc.sql("SELECT * FROM audit_event ORDER BY seq DESC LIMIT ?").param(limit).query(AuditLog::entry).list();
    }

    /** The columns the log's list sorts by; newest first unless asked otherwise. */
    private static final Sorting LIST_ORDER = Sorting.of("seq", true, "seq", "seq", "seq", "time", "occurred_at", "actor", "actor",
            "action", "action", "subject", "subject");

    /**
     * A page of the log: by actor and action when given (exactly), within UTC days {@code from}–{@code to},
     * and with the text in the actor, action or subject.
     */
    @Transactional(readOnly = true)
    public Page<AuditEntry> page(ListQuery query) {
        // entries are numbered 1, 2, 3... without gaps (verify() checks it)
        return entries(query).page(jdbc, "*", query, LIST_ORDER, AuditLog::entry, new PagedSql.Numbered("seq", head().seq()));
    }

    /**
     * A page of the entries of any of {@code actions} whose detail {@code listDetail}, a comma-separated
     * list, holds {@code item} (when given), filtered otherwise as {@link #page(ListQuery)}.
     */
    @Transactional(readOnly = true)
    public Page<AuditEntry> page(ListQuery query, Collection<String> actions, String listDetail, String item) {
        return entries(query).where("action = ANY (?)", (Object) actions.toArray(String[]::new))
                .whenGiven(item == null ? null : "%," + PagedSql.likeLiteral(item) + ",%",
                        "(',' || (CAST(details AS jsonb) ->> '" + detailKey(listDetail) + "') || ',') LIKE ?")
                .page(jdbc, "*", query, LIST_ORDER, AuditLog::entry);
    }

    private static PagedSql entries(ListQuery query) {
        ListQuery.Filter filter = query.filter();
        return PagedSql.from("audit_event").whenGiven(filter.actor(), "actor = ?").whenGiven(filter.action(), "action = ?")
                .betweenDays("occurred_at", filter.from(), filter.to())
                .containing(filter.text(), "actor", "action", "subject");
    }

    /** A detail's key spliced into SQL: only the keys features write, lower-case words. */
    private static String detailKey(String key) {
        if (!key.matches("[a-z][a-zA-Z-]{0,40}")) {
            throw new IllegalArgumentException("not a detail key: " + key);
        }
        return key;
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
    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerification verify() {
        return streaming.query("SELECT * FROM audit_event ORDER BY seq", rows -> {
            ChainVerifier verifier = new ChainVerifier("Audit", "entry");
            while (rows.next()) {
                AuditEntry entry = entry(rows, 0);
                String details = rows.getString("details");
                Object storedDetails = entry.details().containsKey(UNREADABLE) ? details : entry.details();
                if (!verifier.accept(entry.seq(), entry.previousHash(), entry.hash(), content(entry.seq(), entry.occurredAt(),
                        entry.actor(), entry.clientAddress(), entry.action(), entry.subject(), storedDetails), null)) {
                    break;
                }
            }
            return verifier.result();
        });
    }

    /**
     * The number of the newest entry that records a change ({@link #CHANGES}): what is computed from
     * the database at that number holds until a later change commits (every change is audited in its
     * own transaction). 0 before any. One statement, so without a transaction of its own (its BEGIN and
     * COMMIT were two of the round trips of every kept page's request); inside one it reads that one's snapshot.
     */
    public long lastChange() {
        return jdbc.sql("SELECT seq FROM audit_event WHERE " + CHANGES + " ORDER BY seq DESC LIMIT 1").query(Long.class).optional()
                .orElse(0L);
    }

    /** One statement, like {@link #lastChange()}: no transaction of its own. */
    @Override
    public ChainHead head() {
        return jdbc.sql("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")
                .query((row, n) -> new ChainHead(row.getLong("seq"), row.getString("hash")))
                .optional().orElse(ChainHead.EMPTY);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> hashOf(long seq) {
        return entry(seq).map(AuditEntry::hash);
    }

    private static Map<String, Object> content(long seq, Instant occurredAt, String actor, String clientAddress, String action,
            String subject, Object details) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("seq", seq);
        content.put("occurredAt", DateTimeFormatter.ISO_INSTANT.format(occurredAt));
        content.put("actor", actor);
        content.put("clientAddress", clientAddress);
        content.put("action", action);
        content.put("subject", subject);
        content.put("details", details);
        return content;
    }

    private static AuditEntry entry(ResultSet row, int rowNumber) throws SQLException {
        String details = row.getString("details");
        Map<String, String> parsed;
        try {
            parsed = JSON.readValue(details, new TypeReference<Map<String, String>>() { });
        } catch (RuntimeException unreadable) {
            parsed = Map.of(UNREADABLE, details);
        }
        return new AuditEntry(row.getLong("seq"), row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                row.getString("actor"), row.getString("client_address"), row.getString("action"), row.getString("subject"),
                parsed, row.getString("previous_hash"), row.getString("hash"));
    }

    /**
     * Whether {@code event} records a read of restricted records and nothing else: a page whose rendering
     * appended only such entries may be sent again with the same entries appended again (web.RenderedPages).
     */
    public static boolean isRead(AuditEvent event) {
        return READS.contains(event.action()) && event.actor() == null;
    }

    /** Adds {@code event} to the current request's appended entries ({@link #AUDITED_REQUEST}). */
    private static void markRequest(AuditEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            @SuppressWarnings("unchecked")
            List<AuditEvent> appended = (List<AuditEvent>) servlet.getRequest().getAttribute(AUDITED_REQUEST);
            if (appended == null) {
                appended = new ArrayList<>();
                servlet.getRequest().setAttribute(AUDITED_REQUEST, appended);
            }
            appended.add(event);
        }
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            return servlet.getRequest().getRemoteAddr();
        }
        return null;
    }

}
