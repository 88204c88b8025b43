package org.homeward.app.remains.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import javax.sql.DataSource;

import org.homeward.app.remains.Custodian;
import org.homeward.app.remains.CustodyEvent;
import org.homeward.app.remains.CustodyEventType;
import org.homeward.app.remains.CustodyItem;
import org.homeward.app.remains.ItemKind;
import org.homeward.app.remains.NewCustodyEvent;
import org.homeward.app.remains.StorageKind;
import org.homeward.app.chain.ChainHead;
import org.homeward.app.chain.ChainVerification;
import org.homeward.app.chain.ChainVerifier;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The custody_event table: appends events under a transaction-level advisory lock (so the chain
 * has one head at a time and concurrent writers wait for each other's commit), reads them, and
 * checks the chains. Callers bring the transaction.
 */
@Repository
public class CustodyStore {

    /** pg_advisory_xact_lock key serialising custody appends: "Custody!" in ASCII. */
    private static final long APPEND_LOCK = 0x437573746f647921L;

    /** How verification names this chain and its links. */
    public static final String CHAIN = "Custody";
    public static final String LINK = "event";

    private static final String COLUMNS = "seq, item_kind, item_code, item_seq, event_type, occurred_at, recorded_at, recorded_by, "
            + "place, storage, storage_position, from_person, from_organisation, from_role, to_person, to_organisation, to_role, "
            + "seals_broken, seals_applied, witnesses, condition_notes, reason, previous_hash, item_previous_hash, hash";

    /** An event to append for an item. */
    public record Pending(CustodyItem item, NewCustodyEvent event) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CustodyStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.template = new JdbcTemplate(dataSource);
        this.template.setFetchSize(1000);
    }

    /** Appends the events in order, chaining each to the global head and to its item's head. */
    public List<CustodyEvent> append(List<Pending> pending, Instant recordedAt, String recordedBy) {
        if (pending.isEmpty()) {
            return List.of();
        }
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(APPEND_LOCK).query((row, n) -> 1).list();
        ChainHead head = head();
        Map<CustodyItem, ChainHead> itemHeads = itemHeads(pending.stream().map(Pending::item).distinct().toList());
        Instant recorded = recordedAt.truncatedTo(ChronoUnit.MICROS);
        List<CustodyEvent> events = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            NewCustodyEvent e = p.event();
            ChainHead itemHead = itemHeads.getOrDefault(p.item(), ChainHead.EMPTY);
            Instant occurred = e.occurredAt() == null ? recorded : e.occurredAt().truncatedTo(ChronoUnit.MICROS);
            CustodyEvent unhashed = new CustodyEvent(head.seq() + 1, p.item(), (int) itemHead.seq() + 1, e.type(), occurred, recorded,
                    recordedBy, e.place(), e.storage(), e.storagePosition(), e.from(), e.to(), e.sealsBroken(), e.sealsApplied(),
                    e.witnesses(), e.conditionNotes(), e.reason(), head.hash(), itemHead.hash(), null);
            ChainHead next = head.next(content(unhashed));
            events.add(new CustodyEvent(unhashed.seq(), p.item(), unhashed.itemSeq(), e.type(), occurred, recorded, recordedBy,
                    e.place(), e.storage(), e.storagePosition(), e.from(), e.to(), e.sealsBroken(), e.sealsApplied(), e.witnesses(),
                    e.conditionNotes(), e.reason(), head.hash(), itemHead.hash(), next.hash()));
            head = next;
            itemHeads.put(p.item(), new ChainHead(unhashed.itemSeq(), next.hash()));
        }
        insert(events);
        return events;
    }

    /**
     * What an event's hash covers ({@link ChainHead#next}): every column but the hash itself,
     * the item's previous hash included, so each event is chained both across the register and
     * within its item.
     */
    public static Map<String, Object> content(CustodyEvent e) {
        Custodian from = e.from() == null ? new Custodian(null, null, null) : e.from();
        Custodian to = e.to() == null ? new Custodian(null, null, null) : e.to();
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("seq", e.seq());
        content.put("itemKind", e.item().kind().name());
        content.put("itemCode", e.item().code());
        content.put("itemSeq", e.itemSeq());
        content.put("itemPreviousHash", e.itemPreviousHash());
        content.put("type", e.type().name());
        content.put("occurredAt", instantText(e.occurredAt()));
        content.put("recordedAt", instantText(e.recordedAt()));
        content.put("recordedBy", e.recordedBy());
        content.put("place", e.place());
        content.put("storage", e.storage() == null ? null : e.storage().name());
        content.put("storagePosition", e.storagePosition());
        content.put("from", Arrays.asList(from.person(), from.organisation(), from.role()));
        content.put("to", Arrays.asList(to.person(), to.organisation(), to.role()));
        content.put("sealsBroken", e.sealsBroken());
        content.put("sealsApplied", e.sealsApplied());
        content.put("witnesses", e.witnesses());
        content.put("conditionNotes", e.conditionNotes());
        content.put("reason", e.reason());
        return content;
    }

    private static String instantText(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /** The latest event (number and hash) of each item that has events. */
    private Map<CustodyItem, ChainHead> itemHeads(List<CustodyItem> items) {
        Map<CustodyItem, ChainHead> heads = new HashMap<>();
        Map<ItemKind, List<String>> byKind = new LinkedHashMap<>();
        items.forEach(item -> byKind.computeIfAbsent(item.kind(), k -> new ArrayList<>()).add(item.code()));
        byKind.forEach((kind, codes) -> jdbc.sql("SELECT DISTINCT ON (item_code) item_code, item_seq, hash FROM custody_event "
                        + "WHERE item_kind = ? AND item_code = ANY(?) ORDER BY item_code, item_seq DESC")
                .params(kind.name(), codes.toArray(String[]::new))
                .query((row, n) -> Map.entry(new CustodyItem(kind, row.getString(1)), new ChainHead(row.getInt(2), row.getString(3))))
                .list().forEach(head -> heads.put(head.getKey(), head.getValue())));
        return heads;
    }

    private void insert(List<CustodyEvent> events) {
        template.batchUpdate("INSERT INTO custody_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        CustodyEvent e = events.get(i);
                        Custodian from = e.from() == null ? new Custodian(null, null, null) : e.from();
                        Custodian to = e.to() == null ? new Custodian(null, null, null) : e.to();
                        int c = 1;
                        ps.setLong(c++, e.seq());
                        ps.setString(c++, e.item().kind().name());
                        ps.setString(c++, e.item().code());
                        ps.setInt(c++, e.itemSeq());
                        ps.setString(c++, e.type().name());
                        ps.setObject(c++, Rows.utc(e.occurredAt()));
                        ps.setObject(c++, Rows.utc(e.recordedAt()));
                        ps.setString(c++, e.recordedBy());
                        ps.setString(c++, e.place());
                        ps.setString(c++, e.storage() == null ? null : e.storage().name());
                        ps.setString(c++, e.storagePosition());
                        ps.setString(c++, from.person());
                        ps.setString(c++, from.organisation());
                        ps.setString(c++, from.role());
                        ps.setString(c++, to.person());
                        ps.setString(c++, to.organisation());
                        ps.setString(c++, to.role());
                        ps.setArray(c++, ps.getConnection().createArrayOf("text", e.sealsBroken().toArray()));
                        ps.setArray(c++, ps.getConnection().createArrayOf("text", e.sealsApplied().toArray()));
                        ps.setArray(c++, ps.getConnection().createArrayOf("text", e.witnesses().toArray()));
                        ps.setString(c++, e.conditionNotes());
                        ps.setString(c++, e.reason());
                        ps.setString(c++, e.previousHash());
                        ps.setString(c++, e.itemPreviousHash());
                        ps.setString(c, e.hash());
                    }

                    @Override
                    public int getBatchSize() {
                        return events.size();
                    }
                });
    }

    public List<CustodyEvent> events(CustodyItem item) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM custody_event WHERE item_kind = ? AND item_code = ? ORDER BY item_seq")
                .params(item.kind().name(), item.code()).query(CustodyStore::event).list();
    }

    /** The newest event across the register, as stored. */
    public ChainHead head() {
        return jdbc.sql("SELECT seq, hash FROM custody_event ORDER BY seq DESC LIMIT 1")
                .query((row, n) -> new ChainHead(row.getLong(1), row.getString(2))).optional().orElse(ChainHead.EMPTY);
    }

    public Optional<CustodyEvent> event(long seq) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM custody_event WHERE seq = ?").param(seq).query(CustodyStore::event).optional();
    }

    /** The latest event of each item of the kind whose code is among {@code codes}. */
    public Map<String, CustodyEvent> latest(ItemKind kind, List<String> codes) {
        Map<String, CustodyEvent> latest = new LinkedHashMap<>();
        if (codes.isEmpty()) {
            return latest;
        }
        jdbc.sql("SELECT DISTINCT ON (item_code) " + COLUMNS + " FROM custody_event WHERE item_kind = ? AND item_code = ANY(?) "
                        + "ORDER BY item_code, item_seq DESC")
                .params(kind.name(), codes.toArray(String[]::new))
                .query(CustodyStore::event).list()
                .forEach(event -> latest.put(event.item().code(), event));
        return latest;
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM custody_event").query(Long.class).single();
    }

    /**
     * Checks every event in order: numbered 1, 2, 3… without gaps, following the previous event's
     * hash, following its item's previous event (numbered and hashed), and matching its own hash.
     * Stops at the first event that does not check out. Run it in a REPEATABLE READ transaction.
     */
    public ChainVerification verifyAll() {
        return template.query("SELECT " + COLUMNS + " FROM custody_event ORDER BY seq", rows -> {
            ChainVerifier verifier = new ChainVerifier(CHAIN, LINK);
            Map<CustodyItem, ChainHead> items = new HashMap<>();
            while (rows.next()) {
                CustodyEvent event = event(rows, 0);
                ChainHead itemHead = items.getOrDefault(event.item(), ChainHead.EMPTY);
                String about = event.item().toString();
                boolean ok = verifier.accept(event.seq(), event.previousHash(), event.hash(), content(event), about,
                        () -> itemProblem(event, itemHead));
                if (!ok) {
                    break;
                }
                items.put(event.item(), new ChainHead(event.itemSeq(), event.hash()));
            }
            return verifier.result();
        });
    }

    /** What is wrong with the event's place among its item's events, or null. */
    private static String itemProblem(CustodyEvent event, ChainHead itemHead) {
        if (event.itemSeq() != itemHead.seq() + 1) {
            return "it is numbered " + event.itemSeq() + " among the events of " + event.item() + ", where " + (itemHead.seq() + 1)
                    + " was due: an event of the item was removed or renumbered";
        }
        if (!event.itemPreviousHash().equals(itemHead.hash())) {
            return "it does not follow the previous event of " + event.item() + ": an event of the item was altered, removed or inserted";
        }
        return null;
    }

    /** Checks one item's events: numbered 1, 2, 3… , each following the item's previous event and matching its hash. */
    public ChainVerification verifyItem(CustodyItem item) {
        ChainVerifier verifier = new ChainVerifier(CHAIN, LINK);
        for (CustodyEvent event : events(item)) {
            if (!verifier.acceptWithin(event.itemSeq(), event.itemPreviousHash(), event.hash(), event.previousHash(), content(event),
                    item.toString())) {
                // Named by its number in the register, as the body's page lists its events.
                ChainVerification broken = verifier.result();
                return new ChainVerification(CHAIN, LINK, broken.links(), OptionalLong.of(event.seq()), broken.about(),
                        broken.problem(), broken.head());
            }
        }
        return verifier.result();
    }

    public static CustodyEvent event(ResultSet row, int n) throws SQLException {
        return new CustodyEvent(row.getLong("seq"),
                new CustodyItem(ItemKind.valueOf(row.getString("item_kind")), row.getString("item_code")),
                row.getInt("item_seq"), CustodyEventType.valueOf(row.getString("event_type")),
                Rows.instant(row, "occurred_at"), Rows.instant(row, "recorded_at"), row.getString("recorded_by"), row.getString("place"),
                row.getString("storage") == null ? null : StorageKind.valueOf(row.getString("storage")),
                row.getString("storage_position"),
                custodian(row.getString("from_person"), row.getString("from_organisation"), row.getString("from_role")),
                custodian(row.getString("to_person"), row.getString("to_organisation"), row.getString("to_role")),
                Rows.strings(row.getArray("seals_broken")), Rows.strings(row.getArray("seals_applied")),
                Rows.strings(row.getArray("witnesses")),
                row.getString("condition_notes"), row.getString("reason"), row.getString("previous_hash"),
                row.getString("item_previous_hash"), row.getString("hash"));
    }

    private static Custodian custodian(String person, String organisation, String role) {
        Custodian custodian = new Custodian(person, organisation, role);
        return custodian.isEmpty() ? null : custodian;
    }
}
