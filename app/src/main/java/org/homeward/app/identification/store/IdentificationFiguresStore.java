package org.homeward.app.identification.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.app.identification.CaseStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** Identification's figures for the dashboard, counted from its tables. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class IdentificationFiguresStore {

    private final JdbcClient jdbc;

    /** Confirmed identifications per month (yyyy-MM, UTC), oldest first. */
    public Map<String, Long> identificationsByMonth() {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT to_char(decided_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, count(*) AS n FROM identification_decision
                WHERE kind = 'CONFIRMED' GROUP BY 1 ORDER BY 1""").query(row -> {
                    out.put(row.getString("month"), row.getLong("n"));
                });
        return out;
    }

    public Map<CaseStatus, Long> currentByStatus(double log10Threshold) {
        Map<CaseStatus, Long> out = new LinkedHashMap<>();
        for (CaseStatus s : CaseStatus.values()) {
            out.put(s, 0L);
        }
        jdbc.sql(CandidateRows.CURRENT + " WHERE q.log10_lr >= ?").param(log10Threshold).query(CandidateRows::candidate).list()
                .forEach(c -> out.merge(c.status(), 1L, Long::sum));
        return out;
    }

    /** Days from receipt of the remains to the confirmation, for identifications whose receipt date is known. */
    public List<Double> daysFromReceiptToIdentification() {
        return jdbc.sql("""
                SELECT extract(epoch FROM d.decided_at - c.received_at) / 86400.0 AS days
                FROM identification_decision d JOIN identification_candidate c ON c.id = d.candidate_id
                WHERE d.kind = 'CONFIRMED' AND c.received_at IS NOT NULL ORDER BY 1""").query(Double.class).list();
    }
}
