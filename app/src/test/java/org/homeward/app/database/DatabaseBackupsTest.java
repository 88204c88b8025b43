package org.homeward.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.homeward.app.audit.AuditLog;
import org.homeward.app.genetics.Consent;
import org.homeward.app.genetics.GeneticData;
import org.homeward.app.genetics.MarkerAlleles;
import org.homeward.app.security.Role;
import org.homeward.app.security.SystemTasks;
import org.homeward.app.security.UserAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Backup and restore on a database of its own (a restore replaces everything). */
@SpringBootTest(properties = "homeward.test.purpose=backups")
class DatabaseBackupsTest {

    @Autowired
    DatabaseBackups backups;

    @Autowired
    UserAccounts accounts;

    @Autowired
    GeneticData genetics;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @TempDir
    Path directory;

    @Test
    void a_restore_brings_back_exactly_what_was_backed_up() throws Exception {
        SystemTasks.runAs("test", () -> {
            accounts.createWithPassword("olga", "Olga \"O\" Petrenko\ttab\\slash", EnumSet.of(Role.FORENSIC_ANALYST), "a fine passphrase here");
            genetics.storeReferenceProfile("F-1", List.of(new MarkerAlleles("TH01", "9.3", "9.3")), Consent.identificationOnly());
        });
        Map<String, List<String>> before = contents();
        Path file = directory.resolve("homeward.backup");

        BackupSummary written = SystemTasks.callAs("test", () -> backups.backup(file));
        assertThat(written.rowsPerTable()).containsEntry("app_user", 1L).containsEntry("genetic_profile", 1L);

        SystemTasks.runAs("test", () -> accounts.create("late-comer", null, EnumSet.of(Role.OBSERVER)));
        assertThatThrownBy(() -> backups.restore(file, false))
                .isInstanceOf(BackupException.class).hasMessageContaining("The database is not empty (the table");

        SystemTasks.callAs("test", () -> backups.restore(file, true));

        Map<String, List<String>> after = contents();
        List<String> auditAfter = after.remove("audit_event");
        List<String> auditBefore = before.remove("audit_event");
        assertThat(after).isEqualTo(before);
        assertThat(auditAfter.subList(0, auditBefore.size())).isEqualTo(auditBefore);
        assertThat(auditAfter).hasSize(auditBefore.size() + 1);
        assertThat(audit.recent(1).get(0).action()).isEqualTo("database.restored");
        assertThat(audit.verify().intact()).isTrue();
        assertThat(accounts.findByUsername("late-comer")).isEmpty();
        // identity sequences continue after the restored rows
        SystemTasks.runAs("test", () -> accounts.create("after-restore", null, EnumSet.of(Role.OBSERVER)));
    }

    @Test
    void a_damaged_backup_is_refused_before_anything_changes() throws Exception {
        Path file = directory.resolve("good.backup");
        SystemTasks.callAs("test", () -> backups.backup(file));
        Path damaged = directory.resolve("damaged.backup");
        rewrite(file, damaged, (name, bytes) -> name.equals("tables/app_user.copy") ? (new String(bytes) + "999\tx\n").getBytes() : bytes);

        assertThatThrownBy(() -> backups.restore(damaged, true))
                .isInstanceOf(BackupException.class).hasMessageContaining("is damaged: the table app_user does not match its checksum");

        Path otherVersion = directory.resolve("other-version.backup");
        rewrite(file, otherVersion, (name, bytes) -> name.equals(DatabaseBackups.MANIFEST)
                ? new String(bytes).replaceAll("schema.version=\\S+", "schema.version=999").getBytes() : bytes);
        assertThatThrownBy(() -> backups.restore(otherVersion, true))
                .isInstanceOf(BackupException.class).hasMessageContaining("is damaged: its manifest does not match its checksum");

        assertThatThrownBy(() -> backups.restore(directory.resolve("missing.backup"), true))
                .isInstanceOf(BackupException.class).hasMessageContaining("There is no backup file");
    }

    /** Every table's rows as text, sorted. */
    private Map<String, List<String>> contents() throws SQLException {
        Map<String, List<String>> contents = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : DatabaseSchema.tablesInLoadOrder(connection)) {
                contents.put(table, new ArrayList<>(jdbc.sql("SELECT t::text FROM " + table + " t ORDER BY 1").query(String.class).list()));
            }
        }
        return contents;
    }

    interface EntryChange {
        byte[] apply(String name, byte[] bytes);
    }

    private static void rewrite(Path from, Path to, EntryChange change) throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile()); OutputStream file = Files.newOutputStream(to);
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(change.apply(entry.getName(), bytes));
                out.closeEntry();
            }
        }
    }
}
