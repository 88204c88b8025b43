package org.homeward.app.remains.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.homeward.app.common.ListQuery;
import org.homeward.app.common.Page;
import org.homeward.app.common.PagedSql;
import org.homeward.app.common.Sorting;
import org.homeward.app.remains.Bag;
import org.homeward.app.remains.BagCondition;
import org.homeward.app.remains.Condition;
import org.homeward.app.remains.CustodyEventType;
import org.homeward.app.remains.LinkKind;
import org.homeward.app.remains.Nationality;
import org.homeward.app.remains.RecoveryPlace;
import org.homeward.app.remains.RemainsKind;
import org.homeward.app.remains.RemainsLink;
import org.homeward.app.remains.RemainsSummary;
import org.homeward.app.ledger.TransferId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The register's tables (everything but custody events), through JdbcClient. Insert and select only. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RemainsRepository {

    /** A remains row: the internal id beside the body number. */
    public record Row(long id, String bodyNumber, RemainsKind kind, TransferId transfer, LocalDate receivedOn, String description,
               RecoveryPlace claimedPlace, LocalDate claimedDate, Instant registeredAt, String registeredBy) {
    }

    /** A bag to insert. */
    public record BagInsert(String bagNumber, String otherLabel, RecoveryPlace claimedPlace, LocalDate claimedDate, String notes,
                     Integer manifestRow, BagCondition condition, boolean provisional) {
    }

    /** Remains to insert. */
    public record RemainsInsert(String bodyNumber, RemainsKind kind, LocalDate receivedOn, String description,
                         RecoveryPlace claimedPlace, LocalDate claimedDate) {
    }


    private final JdbcClient jdbc;

    // --- numbers -------------------------------------------------------------------------------

    /** Takes {@code count} numbers of the scope and returns the first; the row stays locked until commit. */
    public long takeNumbers(String scope, int count) {
        long last = jdbc.sql("""
                INSERT INTO remains_counter (scope, last_value) VALUES (?, ?)
                ON CONFLICT (scope) DO UPDATE SET last_value = remains_counter.last_value + excluded.last_value
                RETURNING last_value""")
                .params(scope, count).query(Long.class).single();
        return last - count + 1;
    }

    /** The number the scope would give next, without taking it. */
    public long peekNext(String scope) {
        return jdbc.sql("SELECT last_value FROM remains_counter WHERE scope = ?").param(scope).query(Long.class).optional().orElse(0L) + 1;
    }

    // --- bags and remains ------------------------------------------------------------------------

    public Set<String> bagNumbers(TransferId transfer) {
        return Set.copyOf(jdbc.sql("SELECT bag_number FROM remains_bag WHERE transfer_id = ?").param(transfer.value())
                .query(String.class).list());
    }

    /** Inserts the bags in one statement; returns their ids by bag number. */
    public Map<String, Long> insertBags(TransferId transfer, List<BagInsert> bags, String manifestFile, Instant at, String by) {
        if (bags.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("""
                INSERT INTO remains_bag (transfer_id, bag_number, other_label, claimed_place, claimed_region, claimed_lat,
                                         claimed_lon, claimed_date, notes, manifest_file, manifest_row, registered_at, registered_by,
                                         condition, provisional)
                SELECT ?, u.bag, u.label, u.place, u.region, u.lat::numeric, u.lon::numeric, u.day::date, u.notes, ?, u.row::integer, ?, ?,
                       u.condition, u.provisional::boolean
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::text[])
                     AS u(bag, label, place, region, lat, lon, day, notes, row, condition, provisional)
                RETURNING id, bag_number""")
                .params(transfer.value(), manifestFile, Rows.utc(at), by,
                        column(bags, BagInsert::bagNumber), column(bags, BagInsert::otherLabel),
                        column(bags, b -> b.claimedPlace().locality()), column(bags, b -> b.claimedPlace().region()),
                        column(bags, b -> text(b.claimedPlace().latitude())), column(bags, b -> text(b.claimedPlace().longitude())),
                        column(bags, b -> b.claimedDate() == null ? null : b.claimedDate().toString()),
                        column(bags, BagInsert::notes), column(bags, b -> b.manifestRow() == null ? null : b.manifestRow().toString()),
                        column(bags, b -> b.condition() == null ? null : b.condition().name()),
                        column(bags, b -> String.valueOf(b.provisional())))
                .query((row, n) -> Map.entry(row.getString(2), row.getLong(1))).list()
                .forEach(entry -> ids.put(entry.getKey(), entry.getValue()));
        return ids;
    }

    /** Inserts the remains in one statement; returns their ids by body number. */
    public Map<String, Long> insertRemains(TransferId transfer, List<RemainsInsert> remains, Instant at, String by) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("""
                INSERT INTO remains (body_number, kind, transfer_id, received_on, description, claimed_place, claimed_region,
                                     claimed_lat, claimed_lon, claimed_date, registered_at, registered_by)
                SELECT u.number, u.kind, ?, u.received::date, u.description, u.place, u.region, u.lat::numeric, u.lon::numeric,
                       u.day::date, ?, ?
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                     AS u(number, kind, received, description, place, region, lat, lon, day)
                RETURNING id, body_number""")
                .params(transfer == null ? null : transfer.value(), Rows.utc(at), by,
                        column(remains, RemainsInsert::bodyNumber), column(remains, r -> r.kind().name()),
                        column(remains, r -> r.receivedOn().toString()), column(remains, RemainsInsert::description),
                        column(remains, r -> r.claimedPlace().locality()), column(remains, r -> r.claimedPlace().region()),
                        column(remains, r -> text(r.claimedPlace().latitude())), column(remains, r -> text(r.claimedPlace().longitude())),
                        column(remains, r -> r.claimedDate() == null ? null : r.claimedDate().toString()))
                .query((row, n) -> Map.entry(row.getString(2), row.getLong(1))).list()
                .forEach(entry -> ids.put(entry.getKey(), entry.getValue()));
        return ids;
    }

    /** Records that each bag held the remains paired with it. */
    public void insertContents(List<long[]> bagAndRemains, Instant at, String by) {
        if (bagAndRemains.isEmpty()) {
            return;
        }
        Long[] bags = bagAndRemains.stream().map(pair -> pair[0]).toArray(Long[]::new);
        Long[] remains = bagAndRemains.stream().map(pair -> pair[1]).toArray(Long[]::new);
        jdbc.sql("""
                INSERT INTO remains_bag_content (bag_id, remains_id, recorded_at, recorded_by)
                SELECT u.bag, u.remains, ?, ? FROM unnest(?::bigint[], ?::bigint[]) AS u(bag, remains)
                ON CONFLICT DO NOTHING""")
                .params(Rows.utc(at), by, bags, remains).update();
    }

    /** Serialises registrations into one transfer (bag numbers are checked, then inserted). */
    public void lockTransfer(TransferId transfer) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 8))").param("remains-transfer:" + transfer)
                .query((row, n) -> 1).list();
    }

    public Optional<Row> remains(String bodyNumber) {
        return jdbc.sql("SELECT * FROM remains WHERE body_number = ?").param(bodyNumber).query(RemainsRepository::row).optional();
    }

    /** Locks the remains row against concurrent numbering of its effects (an insert-only table allows FOR UPDATE). */
    public void lock(long remainsId) {
        jdbc.sql("SELECT id FROM remains WHERE id = ? FOR UPDATE").param(remainsId).query(Long.class).single();
    }

    /** Records the label of a bag as read after registration; the latest holds. */
    public void insertBagLabel(long bagId, String label, Instant at, String by) {
        jdbc.sql("INSERT INTO remains_bag_label (bag_id, label, recorded_at, recorded_by) VALUES (?, ?, ?, ?)")
                .params(bagId, label, Rows.utc(at), by).update();
    }

    public Optional<Bag> bag(long id) {
        return bags("b.id = ?", id).stream().findFirst();
    }

    public List<Bag> bagsOfTransfer(TransferId transfer) {
        return bags("b.transfer_id = ?", transfer.value());
    }

    public List<Bag> bagsOfRemains(long remainsId) {
        return bags("b.id IN (SELECT bag_id FROM remains_bag_content WHERE remains_id = ?)", remainsId);
    }

    /** The columns a transfer's list of bags sorts by; in the order registered unless asked otherwise. */
    private static final Sorting BAG_ORDER = Sorting.of("registered", false, "b.id", "registered", "b.registered_at",
            "bag", "b.bag_number", "label", "b.other_label", "place", "b.claimed_place", "date", "b.claimed_date",
            "condition", "b.condition");

    /** A page of the transfer's bags, with the text in the bag number, their label, the claimed place or the notes. */
    public Page<Bag> bagsOfTransfer(TransferId transfer, ListQuery query) {
        return PagedSql.from("remains_bag b").where("b.transfer_id = ?", transfer.value())
                .containing(query.filter().text(), "b.bag_number", "b.other_label", "b.claimed_place", "b.notes")
                .page(jdbc, BAG_COLUMNS, query, BAG_ORDER, RemainsRepository::bag);
    }

    /** A bag's columns with the body numbers it holds and the label read later, if any. */
    private static final String BAG_COLUMNS = """
            b.*, (SELECT coalesce(array_agg(r.body_number ORDER BY r.body_number), '{}')
                  FROM remains_bag_content c JOIN remains r ON r.id = c.remains_id WHERE c.bag_id = b.id) AS body_numbers,
                 (SELECT l.label FROM remains_bag_label l WHERE l.bag_id = b.id ORDER BY l.id DESC LIMIT 1) AS label_recorded""";

    private List<Bag> bags(String where, Object parameter) {
        return jdbc.sql("SELECT " + BAG_COLUMNS + " FROM remains_bag b WHERE " + where + " ORDER BY b.registered_at, b.id")
                .param(parameter).query(RemainsRepository::bag).list();
    }

    private static Bag bag(ResultSet row, int n) throws SQLException {
        return new Bag(row.getLong("id"), new TransferId(row.getObject("transfer_id", UUID.class)),
                row.getString("bag_number"), row.getString("other_label"), Rows.place(row, "claimed_"), date(row, "claimed_date"),
                row.getString("notes"), row.getString("manifest_file"), (Integer) row.getObject("manifest_row"),
                Rows.instant(row, "registered_at"), row.getString("registered_by"),
                Rows.strings(row.getArray("body_numbers")),
                row.getString("condition") == null ? null : BagCondition.valueOf(row.getString("condition")),
                row.getBoolean("provisional"), row.getString("label_recorded"));
    }

    private static final String SUMMARY_COLUMNS = """
            r.*,
                   (SELECT coalesce(array_agg(b.bag_number ORDER BY b.bag_number), '{}')
                    FROM remains_bag_content c JOIN remains_bag b ON b.id = c.bag_id WHERE c.remains_id = r.id) AS bag_numbers,
                   (SELECT e.condition FROM remains_examination e WHERE e.remains_id = r.id ORDER BY e.id DESC LIMIT 1) AS condition,
                   (SELECT n.assessment FROM remains_nationality n WHERE n.remains_id = r.id ORDER BY n.id DESC LIMIT 1) AS nationality,
                   (SELECT ce.event_type FROM custody_event ce WHERE ce.item_kind = 'REMAINS' AND ce.item_code = r.body_number
                    ORDER BY ce.item_seq DESC LIMIT 1) AS last_custody""";

    private static final String SUMMARY = "SELECT " + SUMMARY_COLUMNS + " FROM remains r ";

    /** The columns the register's list sorts by; the latest registered first unless asked otherwise. */
    private static final Sorting SUMMARY_ORDER = Sorting.of("registered", true, "r.id", "registered", "r.registered_at",
            "number", "r.body_number", "kind", "r.kind", "received", "r.received_on");

    /** A page of the remains whose body number starts with the filter's text, of its transfer, received on its dates. */
    public Page<RemainsSummary> summaries(ListQuery query) {
        ListQuery.Filter filter = query.filter();
        return PagedSql.from("remains r")
                .whenGiven(filter.text() == null ? null : PagedSql.likeLiteral(filter.text()) + "%", "r.body_number LIKE ?")
                .whenGiven(filter.transferUuid(), "r.transfer_id = ?")
                .betweenDates("r.received_on", filter.from(), filter.to())
                .page(jdbc, SUMMARY_COLUMNS, query, SUMMARY_ORDER, RemainsRepository::summary);
    }

    /** How many of the transfer's remains have been examined. */
    public long examinedOfTransfer(TransferId transfer) {
        return jdbc.sql("""
                SELECT count(*) FROM remains r WHERE r.transfer_id = ?
                AND EXISTS (SELECT 1 FROM remains_examination e WHERE e.remains_id = r.id)""")
                .param(transfer.value()).query(Long.class).single();
    }

    public List<RemainsSummary> summariesOfTransfer(TransferId transfer) {
        return jdbc.sql(SUMMARY + " WHERE r.transfer_id = ? ORDER BY r.id").param(transfer.value())
                .query(RemainsRepository::summary).list();
    }


    public Optional<Instant> lastRegisteredOfTransfer(TransferId transfer) {
        return jdbc.sql("SELECT max(registered_at) FROM remains WHERE transfer_id = ?").param(transfer.value())
                .query((row, n) -> Rows.instant(row, "max")).optional().filter(java.util.Objects::nonNull);
    }

    // --- commingling ------------------------------------------------------------------------------

    public void insertLink(long a, long b, LinkKind kind, String basis, Instant at, String by) {
        jdbc.sql("INSERT INTO remains_link (remains_a, remains_b, kind, basis, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)")
                .params(a, b, kind.name(), basis, Rows.utc(at), by).update();
    }

    /** Every link that involves the remains, newest first, as seen from it. */
    public List<RemainsLink> links(long remainsId) {
        record Raw(long id, long other, String otherNumber, LinkKind kind, String basis, Instant at, String by) {
        }
        List<Raw> raw = jdbc.sql("""
                SELECT l.id, o.id AS other_id, o.body_number, l.kind, l.basis, l.recorded_at, l.recorded_by
                FROM remains_link l JOIN remains o ON o.id = CASE WHEN l.remains_a = ? THEN l.remains_b ELSE l.remains_a END
                WHERE l.remains_a = ? OR l.remains_b = ? ORDER BY l.id DESC""")
                .params(remainsId, remainsId, remainsId)
                .query((row, n) -> new Raw(row.getLong("id"), row.getLong("other_id"), row.getString("body_number"),
                        LinkKind.valueOf(row.getString("kind")), row.getString("basis"), Rows.instant(row, "recorded_at"),
                        row.getString("recorded_by")))
                .list();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        List<RemainsLink> links = new ArrayList<>();
        for (Raw link : raw) {
            links.add(new RemainsLink(link.otherNumber(), link.kind(), link.basis(), link.at(), link.by(), seen.add(link.other())));
        }
        return links;
    }

    /** {@code WITH RECURSIVE … same(a, b)}: both directions of every current SAME_PERSON link (the latest link of a pair holds). */
    static final String SAME_PERSON = """
            WITH RECURSIVE current_link AS (
                SELECT DISTINCT ON (least(remains_a, remains_b), greatest(remains_a, remains_b)) remains_a, remains_b, kind
                FROM remains_link WHERE kind IN ('SAME_PERSON', 'POSSIBLY_SAME_PERSON', 'NOT_SAME_PERSON')
                ORDER BY least(remains_a, remains_b), greatest(remains_a, remains_b), id DESC
            ), same AS (
                SELECT remains_a AS a, remains_b AS b FROM current_link WHERE kind = 'SAME_PERSON'
                UNION ALL SELECT remains_b, remains_a FROM current_link WHERE kind = 'SAME_PERSON'
            )""";

    /** The remains currently linked as the same person to this one, directly or through others; body numbers in order. */
    public List<String> samePerson(long remainsId) {
        return jdbc.sql(SAME_PERSON + """
                , component(id) AS (
                    SELECT ?::bigint
                    UNION SELECT same.b FROM same JOIN component ON same.a = component.id
                )
                SELECT r.body_number FROM component JOIN remains r ON r.id = component.id
                WHERE component.id <> ? ORDER BY r.body_number""")
                .params(remainsId, remainsId).query(String.class).list();
    }

    // --- returns ---------------------------------------------------------------------------------

    public void insertReturn(long remainsId, TransferId transfer, Instant at, String by) {
        jdbc.sql("INSERT INTO remains_return (remains_id, transfer_id, recorded_at, recorded_by) VALUES (?, ?, ?, ?)")
                .params(remainsId, transfer.value(), Rows.utc(at), by).update();
    }

    public Optional<TransferId> returnedIn(long remainsId) {
        return jdbc.sql("SELECT transfer_id FROM remains_return WHERE remains_id = ?").param(remainsId)
                .query((row, n) -> new TransferId(row.getObject(1, UUID.class))).optional();
    }

    // --- mapping ---------------------------------------------------------------------------------

    private static Row row(ResultSet row, int n) throws SQLException {
        UUID transfer = row.getObject("transfer_id", UUID.class);
        return new Row(row.getLong("id"), row.getString("body_number"), RemainsKind.valueOf(row.getString("kind")),
                transfer == null ? null : new TransferId(transfer), date(row, "received_on"), row.getString("description"),
                Rows.place(row, "claimed_"), date(row, "claimed_date"), Rows.instant(row, "registered_at"),
                row.getString("registered_by"));
    }

    private static RemainsSummary summary(ResultSet row, int n) throws SQLException {
        UUID transfer = row.getObject("transfer_id", UUID.class);
        String condition = row.getString("condition");
        String nationality = row.getString("nationality");
        String custody = row.getString("last_custody");
        return new RemainsSummary(row.getString("body_number"), RemainsKind.valueOf(row.getString("kind")),
                transfer == null ? null : new TransferId(transfer), date(row, "received_on"),
                Rows.strings(row.getArray("bag_numbers")), condition == null ? null : Condition.valueOf(condition),
                nationality == null ? null : Nationality.valueOf(nationality),
                custody == null ? null : CustodyEventType.valueOf(custody), Rows.instant(row, "registered_at"));
    }

    private static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static <T> String[] column(List<T> rows, java.util.function.Function<T, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }
}
