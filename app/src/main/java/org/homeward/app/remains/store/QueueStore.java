package org.homeward.app.remains.store;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The register's work queues: remains awaiting examination, samples awaiting results, failed samples not redone. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class QueueStore {

    private final JdbcClient jdbc;

    /** Remains divided by a split are in no queue: their parts are. */
    private static final String NOT_DIVIDED = " AND NOT EXISTS (SELECT 1 FROM remains_division d WHERE d.remains_id = r.id)";

    private static final String AWAITING_EXAMINATION = """
            FROM remains r
            WHERE NOT EXISTS (SELECT 1 FROM remains_examination e WHERE e.remains_id = r.id)
              AND NOT EXISTS (SELECT 1 FROM remains_return x WHERE x.remains_id = r.id)
              AND coalesce((SELECT ce.event_type FROM custody_event ce WHERE ce.item_kind = 'REMAINS' AND ce.item_code = r.body_number
                            ORDER BY ce.item_seq DESC LIMIT 1), '') NOT IN ('RELEASE_TO_FAMILY', 'BURIAL', 'RETURN_TO_OTHER_SIDE')
            """ + NOT_DIVIDED;

    private static final String AWAITING_RESULTS = """
            FROM remains_sample s JOIN remains r ON r.id = s.remains_id
            WHERE NOT EXISTS (SELECT 1 FROM remains_sample_result x WHERE x.sample_id = s.id)
            """ + NOT_DIVIDED;

    private static final String FAILED_TO_REDO = """
            FROM remains_sample s JOIN remains r ON r.id = s.remains_id
            JOIN LATERAL (SELECT x.outcome, x.recorded_at, x.detail FROM remains_sample_result x WHERE x.sample_id = s.id
                          ORDER BY x.id DESC LIMIT 1) last ON last.outcome = 'FAILED'
            WHERE NOT EXISTS (SELECT 1 FROM remains_sample n WHERE n.resampled_from = s.id)
            """ + NOT_DIVIDED;

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
                .query((row, n) -> new Head(row.getLong("count"), Rows.instant(row, "oldest"))).single();
        List<QueueRow> rows = jdbc.sql("SELECT " + code + " AS code, r.body_number, " + since + " AS since, " + detail + " AS detail "
                        + from + " ORDER BY " + since + ", " + code + " LIMIT ?")
                .param(limit)
                .query((row, n) -> new QueueRow(row.getString("code"), row.getString("body_number"),
                        Rows.instant(row, "since"), row.getString("detail")))
                .list();
        return new QueueRows(head.count(), head.oldest(), rows);
    }
}
