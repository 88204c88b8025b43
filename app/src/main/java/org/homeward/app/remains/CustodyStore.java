package org.homeward.app.remains;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The custody_event table: appends events under a transaction-level advisory lock (so the chain
 * has one head at a time and concurrent writers wait for each other's commit), reads them, and
 * checks the chains. Callers bring the transaction.
 */
@Repository
class CustodyStore {

    /** pg_advisory_xact_lock key serialising custody appends: "Custody!" in ASCII. */
    private static final long APPEND_LOCK = 0x437573746f647921L;

    private static final String COLUMNS = "seq, item_kind, item_code, item_seq, event_type, occurred_at, recorded_at, recorded_by, "
            + "place, storage, storage_position, from_person, from_organisation, from_role, to_person, to_organisation, to_role, "
            + "seals_broken, seals_applied, witnesses, condition_notes, reason, previous_hash, item_previous_hash, hash";

    /** An event to append for an item. */
    record Pending(CustodyItem item, NewCustodyEvent event) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CustodyStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.template = new JdbcTemplate(dataSource);
        this.template.setFetchSize(1000);
    }

    /** Appends the events in order, chaining each to the global head and to its item's head. */
    List<CustodyEvent> append(List<Pending> pending, Instant recordedAt, String recordedBy) {
        if (pending.isEmpty()) {
            return List.of();
        }
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(APPEND_LOCK).query((row, n) -> 1).list();
        Optional<Head> head = jdbc.sql("SELECT seq, hash FROM custody_event ORDER BY seq DESC LIMIT 1")
                .query((row, n) -> new Head(row.getLong(1), row.getString(2))).optional();
        long seq = head.map(Head::seq).orElse(0L);
        String previous = head.map(Head::hash).orElse(CustodyChain.GENESIS);
        Map<CustodyItem, Head> itemHeads = itemHeads(pending.stream().map(Pending::item).distinct().toList());
        Instant recorded = recordedAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        List<CustodyEvent> events = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            NewCustodyEvent e = p.event();
            Head itemHead = itemHeads.get(p.item());
            int itemSeq = itemHead == null ? 1 : (int) itemHead.seq() + 1;
            String itemPrevious = itemHead == null ? CustodyChain.GENESIS : itemHead.hash();
            Instant occurred = e.occurredAt() == null ? recorded : e.occurredAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            seq++;
            CustodyEvent unhashed = new CustodyEvent(seq, p.item(), itemSeq, e.type(), occurred, recorded, recordedBy, e.place(),
                    e.storage(), e.storagePosition(), e.from(), e.to(), e.sealsBroken(), e.sealsApplied(), e.witnesses(),
                    e.conditionNotes(), e.reason(), previous, itemPrevious, null);
            String hash = CustodyChain.hash(unhashed);
            CustodyEvent event = new CustodyEvent(seq, p.item(), itemSeq, e.type(), occurred, recorded, recordedBy, e.place(),
                    e.storage(), e.storagePosition(), e.from(), e.to(), e.sealsBroken(), e.sealsApplied(), e.witnesses(),
                    e.conditionNotes(), e.reason(), previous, itemPrevious, hash);
            events.add(event);
            previous = hash;
            itemHeads.put(p.item(), new Head(itemSeq, hash));
        }
        insert(events);
        return events;
    }

    private record Head(long seq, String hash) {
    }

    /** The latest event (number and hash) of each item that has events. */
    private Map<CustodyItem, Head> itemHeads(List<CustodyItem> items) {
        Map<CustodyItem, Head> heads = new HashMap<>();
        Map<ItemKind, List<String>> byKind = new LinkedHashMap<>();
        items.forEach(item -> byKind.computeIfAbsent(item.kind(), k -> new ArrayList<>()).add(item.code()));
        byKind.forEach((kind, codes) -> jdbc.sql("SELECT DISTINCT ON (item_code) item_code, item_seq, hash FROM custody_event "
                        + "WHERE item_kind = ? AND item_code = ANY(?) ORDER BY item_code, item_seq DESC")
                .params(kind.name(), codes.toArray(String[]::new))
                .query((row, n) -> Map.entry(new CustodyItem(kind, row.getString(1)), new Head(row.getInt(2), row.getString(3))))
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
                        ps.setObject(c++, OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC));
                        ps.setObject(c++, OffsetDateTime.ofInstant(e.recordedAt(), ZoneOffset.UTC));
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

    List<CustodyEvent> events(CustodyItem item) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM custody_event WHERE item_kind = ? AND item_code = ? ORDER BY item_seq")
                .params(item.kind().name(), item.code()).query(CustodyStore::event).list();
    }

    Optional<CustodyEvent> event(long seq) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM custody_event WHERE seq = ?").param(seq).query(CustodyStore::event).optional();
    }

    /** The latest event of each item of the kind whose code is among {@code codes}. */
    Map<String, CustodyEvent> latest(ItemKind kind, List<String> codes) {
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

    long count() {
        return jdbc.sql("SELECT count(*) FROM custody_event").query(Long.class).single();
    }

    /**
     * Checks every event in order: numbered 1, 2, 3… without gaps, following the previous event's
     * hash, following its item's previous event (numbered and hashed), and matching its own hash.
     * Stops at the first event that does not check out. Run it in a REPEATABLE READ transaction.
     */
    CustodyVerification verifyAll() {
        Verifier verifier = new Verifier();
        try {
            template.query("SELECT " + COLUMNS + " FROM custody_event ORDER BY seq", (RowCallbackHandler) row -> verifier.check(event(row, 0)));
        } catch (Broken stop) {
            return stop.result;
        }
        return CustodyVerification.intact(verifier.events, verifier.items.size(), verifier.previous);
    }

    /** Checks one item's events: numbered 1, 2, 3… , each following the item's previous event and matching its hash. */
    CustodyVerification verifyItem(CustodyItem item) {
        List<CustodyEvent> events = events(item);
        String previous = CustodyChain.GENESIS;
        int expected = 1;
        for (CustodyEvent event : events) {
            String problem = null;
            if (event.itemSeq() != expected) {
                problem = "event " + expected + " of the item is missing";
            } else if (!event.itemPreviousHash().equals(previous)) {
                problem = "it does not follow the item's previous event: an event was removed, inserted or altered";
            } else if (!CustodyChain.hash(event).equals(event.hash())) {
                problem = "its content does not match its hash: the event was altered";
            }
            if (problem != null) {
                return CustodyVerification.broken(expected, 1, event.seq(), item, problem, previous);
            }
            previous = event.hash();
            expected++;
        }
        return CustodyVerification.intact(events.size(), events.isEmpty() ? 0 : 1, previous);
    }

    private static final class Verifier {
        long events;
        long expectedSeq = 1;
        String previous = CustodyChain.GENESIS;
        final Map<CustodyItem, Object[]> items = new HashMap<>();

        void check(CustodyEvent event) {
            events++;
            if (event.seq() != expectedSeq) {
                String problem = event.seq() > expectedSeq
                        ? "event " + expectedSeq + " is missing (the next event is " + event.seq() + ")"
                        : "event " + event.seq() + " appears out of order";
                throw new Broken(CustodyVerification.broken(events, items.size(), expectedSeq, event.item(), problem, previous));
            }
            if (!event.previousHash().equals(previous)) {
                fail(event, "it does not follow event " + (event.seq() - 1)
                        + " (its previous hash differs): event " + (event.seq() - 1) + " was altered, or an event was removed or inserted");
            }
            Object[] itemHead = items.get(event.item());
            int expectedItemSeq = itemHead == null ? 1 : (Integer) itemHead[0] + 1;
            String itemPrevious = itemHead == null ? CustodyChain.GENESIS : (String) itemHead[1];
            if (event.itemSeq() != expectedItemSeq) {
                fail(event, "it is numbered " + event.itemSeq() + " among the events of " + event.item() + ", where "
                        + expectedItemSeq + " was due: an event of the item was removed or renumbered");
            }
            if (!event.itemPreviousHash().equals(itemPrevious)) {
                fail(event, "it does not follow the previous event of " + event.item() + ": an event of the item was altered, "
                        + "removed or inserted");
            }
            if (!CustodyChain.hash(event).equals(event.hash())) {
                fail(event, "its content does not match its hash: the event was altered");
            }
            previous = event.hash();
            items.put(event.item(), new Object[] {event.itemSeq(), event.hash()});
            expectedSeq++;
        }

        private void fail(CustodyEvent event, String problem) {
            throw new Broken(CustodyVerification.broken(events, items.size(), event.seq(), event.item(), problem, previous));
        }
    }

    private static final class Broken extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient CustodyVerification result;

        Broken(CustodyVerification result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    static CustodyEvent event(ResultSet row, int n) throws SQLException {
        return new CustodyEvent(row.getLong("seq"),
                new CustodyItem(ItemKind.valueOf(row.getString("item_kind")), row.getString("item_code")),
                row.getInt("item_seq"), CustodyEventType.valueOf(row.getString("event_type")),
                instant(row, "occurred_at"), instant(row, "recorded_at"), row.getString("recorded_by"), row.getString("place"),
                row.getString("storage") == null ? null : StorageKind.valueOf(row.getString("storage")),
                row.getString("storage_position"),
                custodian(row.getString("from_person"), row.getString("from_organisation"), row.getString("from_role")),
                custodian(row.getString("to_person"), row.getString("to_organisation"), row.getString("to_role")),
                strings(row.getArray("seals_broken")), strings(row.getArray("seals_applied")), strings(row.getArray("witnesses")),
                row.getString("condition_notes"), row.getString("reason"), row.getString("previous_hash"),
                row.getString("item_previous_hash"), row.getString("hash"));
    }

    private static Custodian custodian(String person, String organisation, String role) {
        Custodian custodian = new Custodian(person, organisation, role);
        return custodian.isEmpty() ? null : custodian;
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.asList((String[]) array.getArray());
    }
}
