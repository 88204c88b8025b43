package org.homeward.app.remains.store;

import java.time.Instant;
import java.util.Optional;

import org.homeward.app.ledger.TransferId;
import org.homeward.app.remains.ReceiptTally;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** A transfer's counts, each in its unit, and the remains divided by a split. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TallyStore {

    private static final String NOT_DIVIDED = "NOT EXISTS (SELECT 1 FROM remains_division d WHERE d.remains_id = r.id)";

    private final JdbcClient jdbc;

    /**
     * The transfer as received: its bags, and those without a label (a provisional number or an
     * unreadable label, none read since); its individuals (bodies not divided, those reachable from
     * one another through current SAME_PERSON links, parts included, counted once); its body parts
     * not divided; and how many of its remains went back to the other side. Individuals are counted
     * as components named by their smallest body, in one grouping (comparing every pair of bodies
     * took 180 ms for the demo's 300).
     */
    public ReceiptTally ofReceipt(TransferId transfer) {
        record Bags(long all, long withoutLabel) {
        }
        Bags bags = jdbc.sql("""
                SELECT count(*) AS all_bags,
                       count(*) FILTER (WHERE (b.provisional OR b.condition IN ('UNLABELLED', 'LABEL_ILLEGIBLE'))
                                        AND NOT EXISTS (SELECT 1 FROM remains_bag_label l WHERE l.bag_id = b.id)) AS without_label
                FROM remains_bag b WHERE b.transfer_id = ?""")
                .param(transfer.value()).query((row, n) -> new Bags(row.getLong("all_bags"), row.getLong("without_label"))).single();
        long individuals = jdbc.sql(RemainsRepository.SAME_PERSON + """
                , body AS (
                    SELECT r.id FROM remains r WHERE r.transfer_id = ? AND r.kind = 'BODY'
                      AND NOT EXISTS (SELECT 1 FROM remains_division d WHERE d.remains_id = r.id)
                ), reach(start, id) AS (
                    SELECT id, id FROM body
                    UNION SELECT reach.start, same.b FROM same JOIN reach ON same.a = reach.id
                )
                SELECT count(DISTINCT first) FROM (SELECT min(start) AS first FROM reach GROUP BY id) component""")
                .param(transfer.value()).query(Long.class).single();
        long parts = jdbc.sql("SELECT count(*) FROM remains r WHERE r.transfer_id = ? AND r.kind = 'BODY_PART' AND " + NOT_DIVIDED)
                .param(transfer.value()).query(Long.class).single();
        long returned = jdbc.sql("SELECT count(*) FROM remains_return x JOIN remains r ON r.id = x.remains_id WHERE r.transfer_id = ?")
                .param(transfer.value()).query(Long.class).single();
        return new ReceiptTally(bags.all(), bags.withoutLabel(), individuals, parts, returned);
    }

    /** A return transfer as handed over: the bodies and the body parts sent back in it (it has no bags of its own). */
    public ReceiptTally ofReturn(TransferId returnTransfer) {
        record Kinds(long bodies, long parts) {
        }
        Kinds sent = jdbc.sql("""
                SELECT count(*) FILTER (WHERE r.kind = 'BODY') AS bodies, count(*) FILTER (WHERE r.kind = 'BODY_PART') AS parts
                FROM remains_return x JOIN remains r ON r.id = x.remains_id WHERE x.transfer_id = ?""")
                .param(returnTransfer.value()).query((row, n) -> new Kinds(row.getLong("bodies"), row.getLong("parts"))).single();
        return new ReceiptTally(0, 0, sent.bodies(), sent.parts(), 0);
    }

    /** When the last of the remains sent back in the return transfer was recorded. */
    public Optional<Instant> lastReturnedIn(TransferId returnTransfer) {
        return jdbc.sql("SELECT max(recorded_at) FROM remains_return WHERE transfer_id = ?").param(returnTransfer.value())
                .query((row, n) -> Rows.instant(row, "max")).optional().filter(java.util.Objects::nonNull);
    }

    public boolean divided(long remainsId) {
        return jdbc.sql("SELECT count(*) FROM remains_division WHERE remains_id = ?").param(remainsId).query(Long.class).single() > 0;
    }

    public void insertDivision(long remainsId, String basis, Instant at, String by) {
        jdbc.sql("INSERT INTO remains_division (remains_id, basis, recorded_at, recorded_by) VALUES (?, ?, ?, ?)")
                .params(remainsId, basis, Rows.utc(at), by).update();
    }
}
