package org.homeward.app.remains.store;

import static org.homeward.app.remains.store.Rows.instant;
import static org.homeward.app.remains.store.Rows.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.homeward.app.remains.ContradictionKind;
import org.homeward.app.remains.EstablishedBy;
import org.homeward.app.remains.LabelContradiction;
import org.homeward.app.remains.Nationality;
import org.homeward.app.remains.NewStatedIdentity;
import org.homeward.app.remains.StatedIdentity;
import org.homeward.app.remains.StatementSource;
import org.homeward.app.ledger.TransferId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** Statements of whose remains these are, and their contradictions with the DNA result. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LabelStore {

    private static final String CONTRADICTIONS = """
            SELECT s.*, c.identified_as, c.kind, c.established_by, c.decision_id, c.found_at FROM remains_label_contradiction c
            JOIN remains_stated_identity s ON s.id = c.stated_identity""";

    private final JdbcClient jdbc;

    public long insert(String bodyNumber, NewStatedIdentity s, String by, Instant at) {
        return jdbc.sql("""
                INSERT INTO remains_stated_identity (body_number, source, stated_name, stated_service_number, stated_side, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(bodyNumber, s.source().name(), s.statedName(), s.statedServiceNumber(),
                        s.statedSide() == null ? null : s.statedSide().name(), by, utc(at))
                .query(Long.class).single();
    }

    public List<StatedIdentity> statements(String bodyNumber) {
        return jdbc.sql("SELECT * FROM remains_stated_identity WHERE body_number = ? ORDER BY id").param(bodyNumber)
                .query(LabelStore::statement).list();
    }

    /** Records the contradiction once (a repeated finding changes nothing). */
    public void insertContradiction(long statement, String bodyNumber, String identifiedAs, ContradictionKind kind, EstablishedBy establishedBy,
                                    long decisionId, Instant at) {
        jdbc.sql("""
                INSERT INTO remains_label_contradiction (stated_identity, body_number, identified_as, kind, established_by, decision_id, found_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(statement, bodyNumber, identifiedAs, kind.name(), establishedBy.name(), decisionId, utc(at)).update();
    }

    public List<LabelContradiction> contradictions(String bodyNumber) {
        return jdbc.sql(CONTRADICTIONS + " WHERE c.body_number = ? ORDER BY c.found_at, s.id").param(bodyNumber)
                .query(LabelStore::contradiction).list();
    }

    /** How many bodies of the transfer (received in it) carry at least one contradiction. */
    public int mislabelledIn(TransferId transfer) {
        return jdbc.sql("""
                SELECT count(DISTINCT c.body_number) FROM remains_label_contradiction c JOIN remains r ON r.body_number = c.body_number
                WHERE r.transfer_id = ?""").param(transfer.value()).query(Integer.class).single();
    }

    private static StatedIdentity statement(ResultSet row, int n) throws SQLException {
        String side = row.getString("stated_side");
        return new StatedIdentity(row.getLong("id"), row.getString("body_number"), StatementSource.valueOf(row.getString("source")),
                row.getString("stated_name"), row.getString("stated_service_number"), side == null ? null : Nationality.valueOf(side),
                row.getString("recorded_by"), instant(row, "recorded_at"));
    }

    private static LabelContradiction contradiction(ResultSet row, int n) throws SQLException {
        return new LabelContradiction(statement(row, n), row.getString("identified_as"), ContradictionKind.valueOf(row.getString("kind")),
                EstablishedBy.valueOf(row.getString("established_by")), row.getLong("decision_id"), instant(row, "found_at"));
    }
}
