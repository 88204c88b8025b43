package org.homeward.app.remains.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.homeward.app.ledger.TransferId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.RequiredArgsConstructor;

/** The remains of transfers: how many of the given bodies arrived in each, and which a return sent back. */
@Repository
@RequiredArgsConstructor
public class TransferBodiesStore {

    private final JdbcClient jdbc;

    public Map<TransferId, Long> countByTransfer(Set<String> bodyNumbers) {
        Map<TransferId, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT transfer_id, count(*) AS n FROM remains
                WHERE transfer_id IS NOT NULL AND body_number = ANY (?) GROUP BY transfer_id""")
                .param(bodyNumbers.toArray(String[]::new))
                .query(row -> {
                    counts.put(new TransferId(row.getObject("transfer_id", UUID.class)), row.getLong("n"));
                });
        return counts;
    }

    /** The body numbers of the remains sent back in the return transfer, in their order. */
    public List<String> returnedIn(TransferId returnTransfer) {
        return jdbc.sql("""
                SELECT r.body_number FROM remains_return rr JOIN remains r ON r.id = rr.remains_id
                WHERE rr.transfer_id = ? ORDER BY r.body_number""")
                .param(returnTransfer.value()).query(String.class).list();
    }
}
