package org.homeward.app.identification.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.homeward.app.identification.CandidateX;
import org.homeward.app.identification.ScreeningOutcome.Found;
import org.homeward.kinship.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The X-STR parts of candidates (table {@code identification_candidate_x}). */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CandidateXStore {

    private final JdbcClient jdbc;

    /** Stores the X part of a candidate the run has just stored. */
    public void insert(long runId, Found f) {
        long candidateId = IdentificationStore.candidateId(jdbc, runId, f);
        CandidateX x = f.x();
        StringBuilder units = new StringBuilder();
        x.units().forEach(u -> units.append(u.linkageGroup()).append('\t').append(u.marker()).append('\t').append(u.lr()).append('\n'));
        jdbc.sql("""
                INSERT INTO identification_candidate_x (candidate_id, before_log10_lr, x_log10_lr, remains_sex, units, relatives,
                    frequency_database)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(candidateId, x.beforeLog10Lr(), x.xLog10Lr(), x.remainsSex().name(), units.toString(),
                        x.relatives().toArray(String[]::new), x.frequencyDatabase())
                .update();
    }

    /** The candidate's X part, empty when no X-STR took part. */
    public Optional<CandidateX> of(long candidateId) {
        return jdbc.sql("SELECT * FROM identification_candidate_x WHERE candidate_id = ?").param(candidateId)
                .query(CandidateXStore::x).optional();
    }

    private static CandidateX x(ResultSet row, int n) throws SQLException {
        List<CandidateX.Unit> units = new ArrayList<>();
        for (String line : IdentificationStore.lines(row.getString("units"))) {
            String[] f = line.split("\t", -1);
            units.add(new CandidateX.Unit(f[0], f[1], Double.parseDouble(f[2])));
        }
        return new CandidateX(row.getDouble("before_log10_lr"), row.getDouble("x_log10_lr"), Sex.valueOf(row.getString("remains_sex")),
                units, Arrays.asList((String[]) row.getArray("relatives").getArray()), row.getString("frequency_database"));
    }
}
