package org.homeward.app.frequencies.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.homeward.app.frequencies.FrequencyDatabase;
import org.homeward.app.frequencies.FrequencyDatabaseId;
import org.homeward.formats.frequencies.FrequencyTable;
import org.homeward.formats.frequencies.LocusFrequencies;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The uploaded frequency databases (table {@code frequency_database}), their alleles, and the choice of the one in use. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FrequencyDatabaseStore {

    /** A database as it is about to be kept. */
    public record NewDatabase(String name, String fileName, String checksum, FrequencyTable table, String warnings, String uploadedBy,
                              Instant uploadedAt) {
    }

    private static final String SELECT = """
            SELECT d.*, (c.database_id IS NOT NULL AND c.database_id = d.id) AS chosen
            FROM frequency_database d LEFT JOIN frequency_database_choice c ON true""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    /** Keeps the database as the next version of its name, its alleles in file order; returns its id. */
    public FrequencyDatabaseId insert(NewDatabase d) {
        long id = jdbc.sql("""
                INSERT INTO frequency_database (name, version, file_name, checksum, markers, warnings, uploaded_by, uploaded_at)
                VALUES (?, (SELECT coalesce(max(version), 0) + 1 FROM frequency_database WHERE name = ?), ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(d.name(), d.name(), d.fileName(), d.checksum(), d.table().loci().size(), d.warnings(), d.uploadedBy(), utc(d.uploadedAt()))
                .query(Long.class).single();
        List<Object[]> rows = new ArrayList<>();
        for (LocusFrequencies locus : d.table().loci()) {
            locus.alleles().forEach((allele, f) -> rows.add(new Object[] {id, rows.size(), locus.marker(), allele, f}));
        }
        template.batchUpdate("INSERT INTO frequency_database_allele (database_id, position, marker, allele, frequency) VALUES (?, ?, ?, ?, ?)", rows);
        return new FrequencyDatabaseId(id);
    }

    /** Every uploaded database, newest first. */
    public List<FrequencyDatabase> all() {
        return jdbc.sql(SELECT + " ORDER BY d.uploaded_at DESC, d.id DESC").query(FrequencyDatabaseStore::database).list();
    }

    public Optional<FrequencyDatabase> find(FrequencyDatabaseId id) {
        return jdbc.sql(SELECT + " WHERE d.id = ?").param(id.value()).query(FrequencyDatabaseStore::database).optional();
    }

    /** The database identification uses; empty for the bundled one. */
    public Optional<FrequencyDatabase> chosen() {
        return jdbc.sql(SELECT + " WHERE c.database_id = d.id").query(FrequencyDatabaseStore::database).optional();
    }

    /** Makes the database (empty: the bundled one) the one identification uses. */
    public void choose(Optional<FrequencyDatabaseId> id, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO frequency_database_choice (only_row, database_id, chosen_by, chosen_at) VALUES (true, ?, ?, ?)
                ON CONFLICT (only_row) DO UPDATE SET database_id = excluded.database_id, chosen_by = excluded.chosen_by,
                    chosen_at = excluded.chosen_at""")
                .params(id.map(FrequencyDatabaseId::value).orElse(null), by, utc(at)).update();
    }

    /** The database's frequencies, marker by marker in file order. */
    public FrequencyTable table(FrequencyDatabase d) {
        Map<String, Map<String, Double>> loci = new LinkedHashMap<>();
        jdbc.sql("SELECT marker, allele, frequency FROM frequency_database_allele WHERE database_id = ? ORDER BY position")
                .param(d.id().value())
                .query((ResultSet row) -> {
                    loci.computeIfAbsent(row.getString("marker"), m -> new LinkedHashMap<>()).put(row.getString("allele"), row.getDouble("frequency"));
                });
        return new FrequencyTable(d.fileName(), loci.entrySet().stream().map(e -> new LocusFrequencies(e.getKey(), e.getValue())).toList());
    }

    private static FrequencyDatabase database(ResultSet row, int n) throws SQLException {
        return new FrequencyDatabase(new FrequencyDatabaseId(row.getLong("id")), row.getString("name"), row.getInt("version"),
                row.getString("file_name"), row.getString("checksum"), row.getInt("markers"), row.getString("warnings"),
                row.getString("uploaded_by"), row.getObject("uploaded_at", OffsetDateTime.class).toInstant(), row.getBoolean("chosen"));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
