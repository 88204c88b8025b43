package org.homeward.app.identification.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.homeward.app.common.ListQuery;
import org.homeward.app.common.Page;
import org.homeward.app.common.PagedSql;
import org.homeward.app.common.Sorting;
import org.homeward.app.genetics.Lineage;
import org.homeward.app.identification.HaplotypeDatabase;
import org.homeward.app.identification.YFrequency;
import org.homeward.kinship.lineage.FrequencyMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** Uploaded haplotype databases (table {@code haplotype_database}), each file kept whole. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class HaplotypeDatabaseStore {

    private static final String COLUMNS = "id, lineage, name, version, simulated, file_name, haplotypes, persons, uploaded_by, uploaded_at, chosen, y_frequency_method,"
            + " y_clusters";

    private final JdbcClient jdbc;

    public boolean exists(Lineage lineage, String name, String version) {
        return jdbc.sql("SELECT count(*) FROM haplotype_database WHERE lineage = ? AND name = ? AND version = ?")
                .params(lineage.name(), name, version).query(Long.class).single() > 0;
    }

    public long insert(Lineage lineage, String name, String version, boolean simulated, String fileName, byte[] content,
                       int haplotypes, int persons, String uploadedBy, Instant at) {
        return jdbc.sql("""
                INSERT INTO haplotype_database (lineage, name, version, simulated, file_name, content, haplotypes, persons,
                    uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(lineage.name(), name, version, simulated, fileName, content, haplotypes, persons, uploadedBy,
                        OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .query(Long.class).single();
    }

    /** Makes the database the one of its lineage that identification uses. */
    public void choose(HaplotypeDatabase database) {
        jdbc.sql("UPDATE haplotype_database SET chosen = false WHERE lineage = ? AND chosen").param(database.lineage().name()).update();
        jdbc.sql("UPDATE haplotype_database SET chosen = true WHERE id = ?").param(database.id()).update();
    }

    /** Records how the Y-STR database gives the remains' haplotype frequency. */
    public void yFrequency(long id, YFrequency frequency) {
        jdbc.sql("UPDATE haplotype_database SET y_frequency_method = ?, y_clusters = ? WHERE id = ?")
                .params(frequency.method().name(), frequency.clusters() == 0 ? null : frequency.clusters(), id).update();
    }

    public List<HaplotypeDatabase> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM haplotype_database ORDER BY lineage, name, uploaded_at")
                .query(HaplotypeDatabaseStore::database).list();
    }

    private static final Sorting ORDER = Sorting.of("uploaded", true, "id", "lineage", "lineage", "name", "name", "version", "version",
            "uploaded", "uploaded_at", "haplotypes", "haplotypes");

    /** A page of the uploaded databases, of one lineage (the filter's status) and with the text in their name, file or version. */
    public Page<HaplotypeDatabase> page(ListQuery query) {
        ListQuery.Filter filter = query.filter();
        return PagedSql.from("haplotype_database").whenGiven(filter.status(), "lineage = ?")
                .containing(filter.text(), "name", "file_name", "version")
                .page(jdbc, COLUMNS, query, ORDER, HaplotypeDatabaseStore::database);
    }

    public Optional<HaplotypeDatabase> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM haplotype_database WHERE id = ?").param(id).query(HaplotypeDatabaseStore::database)
                .optional();
    }

    public Optional<HaplotypeDatabase> chosen(Lineage lineage) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM haplotype_database WHERE lineage = ? AND chosen").param(lineage.name())
                .query(HaplotypeDatabaseStore::database).optional();
    }

    public byte[] content(long id) {
        return jdbc.sql("SELECT content FROM haplotype_database WHERE id = ?").param(id).query(byte[].class).single();
    }

    private static HaplotypeDatabase database(ResultSet row, int n) throws SQLException {
        return new HaplotypeDatabase(row.getLong("id"), Lineage.valueOf(row.getString("lineage")), row.getString("name"),
                row.getString("version"), row.getBoolean("simulated"), row.getString("file_name"), row.getInt("haplotypes"),
                row.getInt("persons"), row.getString("uploaded_by"), row.getObject("uploaded_at", OffsetDateTime.class).toInstant(),
                row.getBoolean("chosen"), new YFrequency(FrequencyMethod.valueOf(row.getString("y_frequency_method")),
                        row.getInt("y_clusters")));
    }
}
