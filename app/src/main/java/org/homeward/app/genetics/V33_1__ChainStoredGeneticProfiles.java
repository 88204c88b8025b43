package org.homeward.app.genetics;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.homeward.app.chain.ChainHead;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Chains the DNA profiles stored before {@code genetic_profile_chain} existed (V33), one link per
 * sample in the order they were stored, so that {@link GeneticProfileLog#verify} covers them too.
 * A Flyway migration (Spring Boot hands it to Flyway as a bean): it runs exactly once, right after
 * the table is created, and never again, so nothing can later get a profile chained by deleting links.
 */
@Component
class V33_1__ChainStoredGeneticProfiles extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
        Map<String, OffsetDateTime> storedAt = new LinkedHashMap<>();
        Map<String, List<MarkerAlleles>> markers = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT s.sample_code, s.stored_at, p.marker, p.allele1, p.allele2
                FROM genetic_sample s JOIN genetic_profile p ON p.sample_code = s.sample_code
                ORDER BY s.stored_at, s.sample_code, p.marker""")
                .query(row -> {
                    String code = row.getString("sample_code");
                    storedAt.put(code, row.getObject("stored_at", OffsetDateTime.class));
                    markers.computeIfAbsent(code, c -> new ArrayList<>())
                            .add(new MarkerAlleles(row.getString("marker"), row.getString("allele1"), row.getString("allele2")));
                });
        ChainHead head = ChainHead.EMPTY;
        for (Map.Entry<String, List<MarkerAlleles>> profile : markers.entrySet()) {
            head = GeneticProfileLog.append(jdbc, head, profile.getKey(), GeneticProfileLog.profileHash(profile.getValue()),
                    storedAt.get(profile.getKey()).toInstant());
        }
    }
}
