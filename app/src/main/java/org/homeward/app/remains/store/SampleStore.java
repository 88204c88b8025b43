package org.homeward.app.remains.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.homeward.app.remains.NewSample;
import org.homeward.app.remains.Sample;
import org.homeward.app.remains.SampleMaterial;
import org.homeward.app.remains.SampleResult;
import org.homeward.app.remains.SampleStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The remains samples and their lab results, through JdbcClient. Insert and select only. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SampleStore {

    /** A sample row with its internal ids. */
    public record SampleRow(long id, long remainsId, Sample sample) {
    }

    private final JdbcClient jdbc;

    public long insertSample(String code, long remainsId, NewSample s, Instant takenAt, Long resampledFrom, Instant at, String by) {
        return jdbc.sql("""
                INSERT INTO remains_sample (sample_code, remains_id, material, element, taken_by, taken_at, resampled_from, notes,
                                            recorded_at, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(code, remainsId, s.material().name(), s.element(), s.takenBy(), Rows.utc(takenAt), resampledFrom, s.notes(),
                        Rows.utc(at), by)
                .query(Long.class).single();
    }

    public void insertResult(long sampleId, SampleStatus outcome, Integer markers, String dnaSex, String detail, String sourceFile,
                      Instant at, String by) {
        jdbc.sql("INSERT INTO remains_sample_result (sample_id, outcome, markers, dna_sex, detail, source_file, recorded_at, recorded_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(sampleId, outcome.name(), markers, dnaSex, detail, sourceFile, Rows.utc(at), by).update();
    }

    private static final String SAMPLES = """
            SELECT s.*, r.body_number, f.sample_code AS resampled_from_code,
                   (SELECT n.sample_code FROM remains_sample n WHERE n.resampled_from = s.id ORDER BY n.id LIMIT 1) AS redone_by
            FROM remains_sample s JOIN remains r ON r.id = s.remains_id LEFT JOIN remains_sample f ON f.id = s.resampled_from
            """;

    public Optional<SampleRow> sample(String code) {
        return withResults(jdbc.sql(SAMPLES + " WHERE s.sample_code = ?").param(code).query(SampleStore::sampleRow).list())
                .stream().findFirst();
    }

    public List<SampleRow> samplesOfRemains(long remainsId) {
        return withResults(jdbc.sql(SAMPLES + " WHERE s.remains_id = ? ORDER BY s.id").param(remainsId)
                .query(SampleStore::sampleRow).list());
    }

    public List<SampleRow> samplesByCode(List<String> codes) {
        return withResults(jdbc.sql(SAMPLES + " WHERE s.sample_code = ANY(?) ORDER BY s.id").param(codes.toArray(String[]::new))
                .query(SampleStore::sampleRow).list());
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
                        row.getString("source_file"), Rows.instant(row, "recorded_at"), row.getString("recorded_by"))))
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
                row.getString("taken_by"), Rows.instant(row, "taken_at"), row.getString("notes"),
                SampleStatus.AWAITING_RESULT, row.getString("resampled_from_code"), row.getString("redone_by"), List.of(),
                Rows.instant(row, "recorded_at")));
    }
}
