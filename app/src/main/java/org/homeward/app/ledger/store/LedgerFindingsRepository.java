package org.homeward.app.ledger.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.homeward.app.ledger.DatePrecision;
import org.homeward.app.ledger.HandoverVerdict;
import org.homeward.app.ledger.LedgerDate;
import org.homeward.app.ledger.LedgerFindings;
import org.homeward.app.ledger.Magnitude;
import org.homeward.app.ledger.QualitativeClaim;
import org.homeward.app.ledger.QualitativeClaimId;
import org.homeward.app.ledger.StatementId;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.ledger.Verification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.RequiredArgsConstructor;

/** Claims without a figure (V55) and verdicts on possible duplicate handovers (V56). Inserts only. */
@Repository
@RequiredArgsConstructor
public class LedgerFindingsRepository {

    private final JdbcClient jdbc;

    public boolean insert(QualitativeClaim claim) {
        LedgerDate on = claim.claimedOn();
        return jdbc.sql("""
                INSERT INTO ledger_qualitative_claim (id, statement_id, assertion, place, claimed_on, date_precision,
                                                      magnitude, verification, corroborated_by, recorded_at, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""")
                .params(claim.id().value(), claim.statement().value(), claim.assertion(), claim.place(),
                        on == null ? null : on.date(), on == null ? null : on.precision().name(),
                        claim.magnitude() == null ? null : claim.magnitude().name(), claim.verification().name(),
                        claim.corroboratedBy(), timestamp(claim.recordedAt()), claim.recordedBy())
                .update() == 1;
    }

    public void insert(HandoverVerdict verdict) {
        jdbc.sql("""
                INSERT INTO ledger_handover_verdict (first_transfer_id, second_transfer_id, verdict, note, decided_at, decided_by)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(verdict.first().value(), verdict.second().value(), verdict.verdict().name(), verdict.note(),
                        timestamp(verdict.decidedAt()), verdict.decidedBy())
                .update();
    }

    public LedgerFindings load() {
        return new LedgerFindings(jdbc.sql("SELECT * FROM ledger_qualitative_claim ORDER BY recorded_at, id")
                .query((row, n) -> {
                    LocalDate on = row.getObject("claimed_on", LocalDate.class);
                    String magnitude = row.getString("magnitude");
                    return new QualitativeClaim(new QualitativeClaimId(row.getObject("id", UUID.class)),
                            new StatementId(row.getObject("statement_id", UUID.class)), row.getString("assertion"),
                            row.getString("place"),
                            on == null ? null : new LedgerDate(on, DatePrecision.valueOf(row.getString("date_precision"))),
                            magnitude == null ? null : Magnitude.valueOf(magnitude),
                            Verification.valueOf(row.getString("verification")), row.getString("corroborated_by"),
                            row.getObject("recorded_at", OffsetDateTime.class).toInstant(), row.getString("recorded_by"));
                }).list(),
                jdbc.sql("SELECT * FROM ledger_handover_verdict ORDER BY id")
                        .query((row, n) -> new HandoverVerdict(new TransferId(row.getObject("first_transfer_id", UUID.class)),
                                new TransferId(row.getObject("second_transfer_id", UUID.class)),
                                HandoverVerdict.Kind.valueOf(row.getString("verdict")), row.getString("note"),
                                row.getObject("decided_at", OffsetDateTime.class).toInstant(), row.getString("decided_by")))
                        .list());
    }

    private static OffsetDateTime timestamp(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
