package org.homeward.app.identification.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How many remains have a confirmed identification, per transfer they arrived in (the remains register's transfer). */
@Repository
public class IdentifiedRemainsStore {

    private final JdbcClient jdbc;

    public IdentifiedRemainsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<UUID, Long> identifiedByTransfer() {
        Map<UUID, Long> out = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT r.transfer_id, count(DISTINCT r.id) AS n
                FROM identification_decision d
                JOIN identification_candidate c ON c.id = d.candidate_id
                JOIN remains r ON r.body_number = c.body_number
                WHERE d.kind = 'CONFIRMED' AND r.transfer_id IS NOT NULL
                GROUP BY r.transfer_id""").query(row -> {
                    out.put(row.getObject("transfer_id", UUID.class), row.getLong("n"));
                });
        return out;
    }
}
