package org.homeward.app.remains.store;


import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.homeward.app.remains.Bag;
import org.homeward.app.remains.Condition;
import org.homeward.app.remains.CustodyEventType;
import org.homeward.app.remains.EffectCategory;
import org.homeward.app.remains.EstimatedSex;
import org.homeward.app.remains.Examination;
import org.homeward.app.remains.LinkKind;
import org.homeward.app.remains.Nationality;
import org.homeward.app.remains.NationalityAssessment;
import org.homeward.app.remains.NationalityEvidence;
import org.homeward.app.remains.NewEffect;
import org.homeward.app.remains.NewExamination;
import org.homeward.app.remains.NewNationalityAssessment;
import org.homeward.app.remains.NewSample;
import org.homeward.app.remains.PersonalEffect;
import org.homeward.app.remains.RecoveryPlace;
import org.homeward.app.remains.RemainsKind;
import org.homeward.app.remains.RemainsLink;
import org.homeward.app.remains.RemainsSummary;
import org.homeward.app.remains.Sample;
import org.homeward.app.remains.SampleMaterial;
import org.homeward.app.remains.SampleResult;
import org.homeward.app.remains.SampleStatus;
import org.homeward.app.ledger.TransferId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register's tables (everything but custody events), through JdbcClient. Insert and select only. */
@Repository
public class RemainsRepository {

    /** A remains row: the internal id beside the body number. */
    public record Row(long id, String bodyNumber, RemainsKind kind, TransferId transfer, LocalDate receivedOn, String description,
               RecoveryPlace claimedPlace, LocalDate claimedDate, Instant registeredAt, String registeredBy) {
    }

    /** A bag to insert. */
    public record BagInsert(String bagNumber, String otherLabel, RecoveryPlace claimedPlace, LocalDate claimedDate, String notes,
                     Integer manifestRow) {
    }

    /** Remains to insert. */
    public record RemainsInsert(String bodyNumber, RemainsKind kind, LocalDate receivedOn, String description,
                         RecoveryPlace claimedPlace, LocalDate claimedDate) {
    }

    /** A sample row with its internal ids. */
    public record SampleRow(long id, long remainsId, Sample sample) {
    }

    private final JdbcClient jdbc;

    RemainsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

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
                                         claimed_lon, claimed_date, notes, manifest_file, manifest_row, registered_at, registered_by)
                SELECT ?, u.bag, u.label, u.place, u.region, u.lat::numeric, u.lon::numeric, u.day::date, u.notes, ?, u.row::integer, ?, ?
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                     AS u(bag, label, place, region, lat, lon, day, notes, row)
                RETURNING id, bag_number""")
                .params(transfer.value(), manifestFile, utc(at), by,
                        column(bags, BagInsert::bagNumber), column(bags, BagInsert::otherLabel),
                        column(bags, b -> b.claimedPlace().locality()), column(bags, b -> b.claimedPlace().region()),
                        column(bags, b -> text(b.claimedPlace().latitude())), column(bags, b -> text(b.claimedPlace().longitude())),
                        column(bags, b -> b.claimedDate() == null ? null : b.claimedDate().toString()),
                        column(bags, BagInsert::notes), column(bags, b -> b.manifestRow() == null ? null : b.manifestRow().toString()))
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
                .params(transfer == null ? null : transfer.value(), utc(at), by,
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
                .params(utc(at), by, bags, remains).update();
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

    public Optional<Bag> bag(long id) {
        return bags("b.id = ?", id).stream().findFirst();
    }

    public List<Bag> bagsOfTransfer(TransferId transfer) {
        return bags("b.transfer_id = ?", transfer.value());
    }

    public List<Bag> bagsOfRemains(long remainsId) {
        return bags("b.id IN (SELECT bag_id FROM remains_bag_content WHERE remains_id = ?)", remainsId);
    }

    private List<Bag> bags(String where, Object parameter) {
        return jdbc.sql("""
                SELECT b.*, (SELECT coalesce(array_agg(r.body_number ORDER BY r.body_number), '{}')
                             FROM remains_bag_content c JOIN remains r ON r.id = c.remains_id WHERE c.bag_id = b.id) AS body_numbers
                FROM remains_bag b""" + " WHERE " + where + " ORDER BY b.registered_at, b.id")
                .param(parameter)
                .query((row, n) -> new Bag(row.getLong("id"), new TransferId(row.getObject("transfer_id", UUID.class)),
                        row.getString("bag_number"), row.getString("other_label"), place(row, "claimed_"), date(row, "claimed_date"),
                        row.getString("notes"), row.getString("manifest_file"), (Integer) row.getObject("manifest_row"),
                        CustodyStore.instant(row, "registered_at"), row.getString("registered_by"),
                        CustodyStore.strings(row.getArray("body_numbers"))))
                .list();
    }

    private static final String SUMMARY = """
            SELECT r.*,
                   (SELECT coalesce(array_agg(b.bag_number ORDER BY b.bag_number), '{}')
                    FROM remains_bag_content c JOIN remains_bag b ON b.id = c.bag_id WHERE c.remains_id = r.id) AS bag_numbers,
                   (SELECT e.condition FROM remains_examination e WHERE e.remains_id = r.id ORDER BY e.id DESC LIMIT 1) AS condition,
                   (SELECT n.assessment FROM remains_nationality n WHERE n.remains_id = r.id ORDER BY n.id DESC LIMIT 1) AS nationality,
                   (SELECT ce.event_type FROM custody_event ce WHERE ce.item_kind = 'REMAINS' AND ce.item_code = r.body_number
                    ORDER BY ce.item_seq DESC LIMIT 1) AS last_custody
            FROM remains r
            """;

    public List<RemainsSummary> summariesOfTransfer(TransferId transfer) {
        return jdbc.sql(SUMMARY + " WHERE r.transfer_id = ? ORDER BY r.id").param(transfer.value())
                .query(RemainsRepository::summary).list();
    }

    public List<RemainsSummary> summaries(String bodyNumberPrefix, int limit) {
        return jdbc.sql(SUMMARY + " WHERE r.body_number LIKE ? ORDER BY r.id DESC LIMIT ?")
                .params(bodyNumberPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", limit)
                .query(RemainsRepository::summary).list();
    }

    public long countOfTransfer(TransferId transfer) {
        return jdbc.sql("SELECT count(*) FROM remains WHERE transfer_id = ?").param(transfer.value()).query(Long.class).single();
    }

    public Optional<Instant> lastRegisteredOfTransfer(TransferId transfer) {
        return jdbc.sql("SELECT max(registered_at) FROM remains WHERE transfer_id = ?").param(transfer.value())
                .query((row, n) -> CustodyStore.instant(row, "max")).optional().filter(java.util.Objects::nonNull);
    }

    // --- examinations, effects, nationality -----------------------------------------------------

    public void insertExamination(long remainsId, NewExamination e, Instant examinedAt, Instant at, String by) {
        RecoveryPlace place = e.establishedPlace();
        jdbc.sql("""
                INSERT INTO remains_examination (remains_id, condition, estimated_sex, age_min, age_max, established_place,
                    established_region, established_lat, established_lon, notes, examined_by, examined_at, recorded_at, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(remainsId, e.condition().name(), e.estimatedSex().name(), e.ageMin(), e.ageMax(), place.locality(),
                        place.region(), place.latitude(), place.longitude(), e.notes(), e.examinedBy(), utc(examinedAt), utc(at), by)
                .update();
    }

    public List<Examination> examinations(long remainsId) {
        return jdbc.sql("SELECT * FROM remains_examination WHERE remains_id = ? ORDER BY id DESC").param(remainsId)
                .query((row, n) -> new Examination(row.getLong("id"), Condition.valueOf(row.getString("condition")),
                        EstimatedSex.valueOf(row.getString("estimated_sex")), (Integer) row.getObject("age_min"),
                        (Integer) row.getObject("age_max"), place(row, "established_"), row.getString("notes"),
                        row.getString("examined_by"), CustodyStore.instant(row, "examined_at"),
                        CustodyStore.instant(row, "recorded_at"), row.getString("recorded_by")))
                .list();
    }

    public int countEffects(long remainsId) {
        return jdbc.sql("SELECT count(*) FROM remains_effect WHERE remains_id = ?").param(remainsId).query(Integer.class).single();
    }

    public void insertEffect(long remainsId, String code, NewEffect effect, Instant at, String by) {
        jdbc.sql("INSERT INTO remains_effect (remains_id, effect_code, category, description, recorded_at, recorded_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(remainsId, code, effect.category().name(), effect.description(), utc(at), by).update();
    }

    public boolean effectExists(String code) {
        return jdbc.sql("SELECT count(*) FROM remains_effect WHERE effect_code = ?").param(code).query(Long.class).single() > 0;
    }

    public List<PersonalEffect> effects(long remainsId) {
        return jdbc.sql("SELECT * FROM remains_effect WHERE remains_id = ? ORDER BY id").param(remainsId)
                .query((row, n) -> new PersonalEffect(row.getString("effect_code"), EffectCategory.valueOf(row.getString("category")),
                        row.getString("description"), CustodyStore.instant(row, "recorded_at"), row.getString("recorded_by")))
                .list();
    }

    public void insertNationality(long remainsId, NewNationalityAssessment a, Instant at) {
        jdbc.sql("INSERT INTO remains_nationality (remains_id, assessment, evidence, notes, assessed_by, recorded_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(remainsId, a.assessment().name(),
                        a.evidence().stream().map(Enum::name).sorted().toArray(String[]::new), a.notes(), a.assessedBy(), utc(at))
                .update();
    }

    public List<NationalityAssessment> nationality(long remainsId) {
        return jdbc.sql("SELECT * FROM remains_nationality WHERE remains_id = ? ORDER BY id DESC").param(remainsId)
                .query((row, n) -> new NationalityAssessment(Nationality.valueOf(row.getString("assessment")),
                        CustodyStore.strings(row.getArray("evidence")).stream().map(NationalityEvidence::valueOf).toList(),
                        row.getString("notes"), row.getString("assessed_by"), CustodyStore.instant(row, "recorded_at")))
                .list();
    }

    // --- commingling ------------------------------------------------------------------------------

    public void insertLink(long a, long b, LinkKind kind, String basis, Instant at, String by) {
        jdbc.sql("INSERT INTO remains_link (remains_a, remains_b, kind, basis, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)")
                .params(a, b, kind.name(), basis, utc(at), by).update();
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
                        LinkKind.valueOf(row.getString("kind")), row.getString("basis"), CustodyStore.instant(row, "recorded_at"),
                        row.getString("recorded_by")))
                .list();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        List<RemainsLink> links = new ArrayList<>();
        for (Raw link : raw) {
            links.add(new RemainsLink(link.otherNumber(), link.kind(), link.basis(), link.at(), link.by(), seen.add(link.other())));
        }
        return links;
    }

    /** The remains currently linked as the same person to this one, directly or through others; body numbers in order. */
    public List<String> samePerson(long remainsId) {
        return jdbc.sql("""
                WITH RECURSIVE current_link AS (
                    SELECT DISTINCT ON (least(remains_a, remains_b), greatest(remains_a, remains_b)) remains_a, remains_b, kind
                    FROM remains_link WHERE kind IN ('SAME_PERSON', 'POSSIBLY_SAME_PERSON', 'NOT_SAME_PERSON')
                    ORDER BY least(remains_a, remains_b), greatest(remains_a, remains_b), id DESC
                ), same AS (
                    SELECT remains_a AS a, remains_b AS b FROM current_link WHERE kind = 'SAME_PERSON'
                    UNION ALL SELECT remains_b, remains_a FROM current_link WHERE kind = 'SAME_PERSON'
                ), component(id) AS (
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
                .params(remainsId, transfer.value(), utc(at), by).update();
    }

    public Optional<TransferId> returnedIn(long remainsId) {
        return jdbc.sql("SELECT transfer_id FROM remains_return WHERE remains_id = ?").param(remainsId)
                .query((row, n) -> new TransferId(row.getObject(1, UUID.class))).optional();
    }

    public long countReturnedOfTransfer(TransferId transfer) {
        return jdbc.sql("SELECT count(*) FROM remains_return x JOIN remains r ON r.id = x.remains_id WHERE r.transfer_id = ?")
                .param(transfer.value()).query(Long.class).single();
    }

    // --- samples ---------------------------------------------------------------------------------

    public long insertSample(String code, long remainsId, NewSample s, Instant takenAt, Long resampledFrom, Instant at, String by) {
        return jdbc.sql("""
                INSERT INTO remains_sample (sample_code, remains_id, material, element, taken_by, taken_at, resampled_from, notes,
                                            recorded_at, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(code, remainsId, s.material().name(), s.element(), s.takenBy(), utc(takenAt), resampledFrom, s.notes(),
                        utc(at), by)
                .query(Long.class).single();
    }

    public void insertResult(long sampleId, SampleStatus outcome, Integer markers, String dnaSex, String detail, String sourceFile,
                      Instant at, String by) {
        jdbc.sql("INSERT INTO remains_sample_result (sample_id, outcome, markers, dna_sex, detail, source_file, recorded_at, recorded_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(sampleId, outcome.name(), markers, dnaSex, detail, sourceFile, utc(at), by).update();
    }

    private static final String SAMPLES = """
            SELECT s.*, r.body_number, f.sample_code AS resampled_from_code,
                   (SELECT n.sample_code FROM remains_sample n WHERE n.resampled_from = s.id ORDER BY n.id LIMIT 1) AS redone_by
            FROM remains_sample s JOIN remains r ON r.id = s.remains_id LEFT JOIN remains_sample f ON f.id = s.resampled_from
            """;

    public Optional<SampleRow> sample(String code) {
        return withResults(jdbc.sql(SAMPLES + " WHERE s.sample_code = ?").param(code).query(RemainsRepository::sampleRow).list())
                .stream().findFirst();
    }

    public List<SampleRow> samplesOfRemains(long remainsId) {
        return withResults(jdbc.sql(SAMPLES + " WHERE s.remains_id = ? ORDER BY s.id").param(remainsId)
                .query(RemainsRepository::sampleRow).list());
    }

    public List<SampleRow> samplesByCode(List<String> codes) {
        return withResults(jdbc.sql(SAMPLES + " WHERE s.sample_code = ANY(?) ORDER BY s.id").param(codes.toArray(String[]::new))
                .query(RemainsRepository::sampleRow).list());
    }

    /** The codes of the samples whose latest result is a profile. */
    public List<String> profiledSampleCodes() {
        return jdbc.sql("""
                SELECT s.sample_code FROM remains_sample s
                JOIN LATERAL (SELECT x.outcome FROM remains_sample_result x WHERE x.sample_id = s.id ORDER BY x.id DESC LIMIT 1) last
                  ON last.outcome = 'PROFILED'
                ORDER BY s.sample_code""").query(String.class).list();
    }

    private List<SampleRow> withResults(List<SampleRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<SampleResult>> results = new HashMap<>();
        jdbc.sql("SELECT * FROM remains_sample_result WHERE sample_id = ANY(?) ORDER BY id DESC")
                .param(rows.stream().map(SampleRow::id).toArray(Long[]::new))
                .query((row, n) -> Map.entry(row.getLong("sample_id"), new SampleResult(SampleStatus.valueOf(row.getString("outcome")),
                        (Integer) row.getObject("markers"), row.getString("dna_sex"), row.getString("detail"),
                        row.getString("source_file"), CustodyStore.instant(row, "recorded_at"), row.getString("recorded_by"))))
                .list().forEach(entry -> results.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue()));
        return rows.stream().map(row -> {
            Sample s = row.sample();
            List<SampleResult> list = results.getOrDefault(row.id(), List.of());
            SampleStatus status = list.isEmpty() ? SampleStatus.AWAITING_RESULT : list.get(0).outcome();
            if (status == SampleStatus.FAILED && s.redoneBy() != null) {
                status = SampleStatus.FAILED_RESAMPLED;
            }
            return new SampleRow(row.id(), row.remainsId(), new Sample(s.code(), s.bodyNumber(), s.material(), s.element(),
                    s.takenBy(), s.takenAt(), s.notes(), status, s.resampledFrom(), s.redoneBy(), list, s.recordedAt()));
        }).toList();
    }

    private static SampleRow sampleRow(ResultSet row, int n) throws SQLException {
        return new SampleRow(row.getLong("id"), row.getLong("remains_id"), new Sample(row.getString("sample_code"),
                row.getString("body_number"), SampleMaterial.valueOf(row.getString("material")), row.getString("element"),
                row.getString("taken_by"), CustodyStore.instant(row, "taken_at"), row.getString("notes"),
                SampleStatus.AWAITING_RESULT, row.getString("resampled_from_code"), row.getString("redone_by"), List.of(),
                CustodyStore.instant(row, "recorded_at")));
    }

    // --- work queues -----------------------------------------------------------------------------

    private static final String AWAITING_EXAMINATION = """
            FROM remains r
            WHERE NOT EXISTS (SELECT 1 FROM remains_examination e WHERE e.remains_id = r.id)
              AND NOT EXISTS (SELECT 1 FROM remains_return x WHERE x.remains_id = r.id)
              AND coalesce((SELECT ce.event_type FROM custody_event ce WHERE ce.item_kind = 'REMAINS' AND ce.item_code = r.body_number
                            ORDER BY ce.item_seq DESC LIMIT 1), '') NOT IN ('RELEASE_TO_FAMILY', 'BURIAL', 'RETURN_TO_OTHER_SIDE')
            """;

    private static final String AWAITING_RESULTS = """
            FROM remains_sample s JOIN remains r ON r.id = s.remains_id
            WHERE NOT EXISTS (SELECT 1 FROM remains_sample_result x WHERE x.sample_id = s.id)
            """;

    private static final String FAILED_TO_REDO = """
            FROM remains_sample s JOIN remains r ON r.id = s.remains_id
            JOIN LATERAL (SELECT x.outcome, x.recorded_at, x.detail FROM remains_sample_result x WHERE x.sample_id = s.id
                          ORDER BY x.id DESC LIMIT 1) last ON last.outcome = 'FAILED'
            WHERE NOT EXISTS (SELECT 1 FROM remains_sample n WHERE n.resampled_from = s.id)
            """;

    public record QueueRows(long count, Instant oldest, List<QueueRow> rows) {
    }

    public record QueueRow(String code, String bodyNumber, Instant since, String detail) {
    }

    public QueueRows awaitingExamination(int limit) {
        return queue(AWAITING_EXAMINATION, "r.body_number", "r.registered_at", "r.kind", limit);
    }

    public QueueRows awaitingResults(int limit) {
        return queue(AWAITING_RESULTS, "s.sample_code", "s.taken_at", "s.material || coalesce(': ' || s.element, '')", limit);
    }

    public QueueRows failedToRedo(int limit) {
        return queue(FAILED_TO_REDO, "s.sample_code", "last.recorded_at", "coalesce(last.detail, '')", limit);
    }

    private QueueRows queue(String from, String code, String since, String detail, int limit) {
        record Head(long count, Instant oldest) {
        }
        Head head = jdbc.sql("SELECT count(*) AS count, min(" + since + ") AS oldest " + from)
                .query((row, n) -> new Head(row.getLong("count"), CustodyStore.instant(row, "oldest"))).single();
        List<QueueRow> rows = jdbc.sql("SELECT " + code + " AS code, r.body_number, " + since + " AS since, " + detail + " AS detail "
                        + from + " ORDER BY " + since + ", " + code + " LIMIT ?")
                .param(limit)
                .query((row, n) -> new QueueRow(row.getString("code"), row.getString("body_number"),
                        CustodyStore.instant(row, "since"), row.getString("detail")))
                .list();
        return new QueueRows(head.count(), head.oldest(), rows);
    }

    // --- mapping ---------------------------------------------------------------------------------

    private static Row row(ResultSet row, int n) throws SQLException {
        UUID transfer = row.getObject("transfer_id", UUID.class);
        return new Row(row.getLong("id"), row.getString("body_number"), RemainsKind.valueOf(row.getString("kind")),
                transfer == null ? null : new TransferId(transfer), date(row, "received_on"), row.getString("description"),
                place(row, "claimed_"), date(row, "claimed_date"), CustodyStore.instant(row, "registered_at"),
                row.getString("registered_by"));
    }

    private static RemainsSummary summary(ResultSet row, int n) throws SQLException {
        UUID transfer = row.getObject("transfer_id", UUID.class);
        String condition = row.getString("condition");
        String nationality = row.getString("nationality");
        String custody = row.getString("last_custody");
        return new RemainsSummary(row.getString("body_number"), RemainsKind.valueOf(row.getString("kind")),
                transfer == null ? null : new TransferId(transfer), date(row, "received_on"),
                CustodyStore.strings(row.getArray("bag_numbers")), condition == null ? null : Condition.valueOf(condition),
                nationality == null ? null : Nationality.valueOf(nationality),
                custody == null ? null : CustodyEventType.valueOf(custody), CustodyStore.instant(row, "registered_at"));
    }

    private static RecoveryPlace place(ResultSet row, String prefix) throws SQLException {
        return new RecoveryPlace(row.getString(prefix + "region"), row.getString(prefix + "place"),
                row.getBigDecimal(prefix + "lat"), row.getBigDecimal(prefix + "lon"));
    }

    private static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static <T> String[] column(List<T> rows, java.util.function.Function<T, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }
}
