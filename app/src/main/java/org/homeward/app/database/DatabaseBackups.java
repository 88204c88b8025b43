package org.homeward.app.database;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.homeward.app.audit.AuditEvent;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Backups as logical snapshots: every table of the schema (but Flyway's history), read in one
 * REPEATABLE READ transaction with PostgreSQL's COPY, into a zip archive with a manifest that
 * names the schema version and the row count and SHA-256 of each table, and the SHA-256 of the
 * manifest itself. No server binaries are needed, so it works on the embedded database and on a
 * server alike.
 *
 * <p>A restore checks every checksum and that the database is at the backup's schema version
 * before it changes anything, then, in one transaction, empties every table and loads the backup
 * (with {@code force}; otherwise only into a database that holds nothing but its installation
 * record). It needs the tables' owner: the embedded database's superuser, or the owner role of a
 * server. The archive holds password and token hashes and genetic data: keep it like the database.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DatabaseBackups {

    static final String FORMAT = "homeward-backup/1";
    static final String MANIFEST = "homeward-backup.properties";
    static final String MANIFEST_CHECKSUM = "homeward-backup.sha256";
    /** Tables that a freshly started, otherwise empty database already has rows in. */
    private static final Set<String> PRESENT_WHEN_EMPTY = Set.of("installation");

    private final DataSource dataSource;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** Writes a consistent snapshot of the whole database to {@code file} (replacing it only once complete). */
    public BackupSummary backup(Path file) {
        Path target = file.toAbsolutePath().normalize();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        BackupSummary summary;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                summary = write(connection, partial, target);
            } finally {
                connection.rollback();
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException e) {
            deleteQuietly(partial);
            throw new BackupException("Could not write the backup " + target + ": " + e.getMessage(), e);
        }
        events.publishEvent(AuditEvent.of("database.backed-up", null).with("file", target).with("schema", summary.schemaVersion())
                .with("rows", summary.totalRows()));
        events.publishEvent(new DatabaseBackedUp(summary.file()));
        return summary;
    }

    private BackupSummary write(Connection connection, Path partial, Path target) throws SQLException, IOException {
        String version = DatabaseSchema.version(connection);
        List<String> tables = DatabaseSchema.tablesInLoadOrder(connection);
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        Properties manifest = new Properties();
        manifest.setProperty("format", FORMAT);
        manifest.setProperty("created", clock.instant().toString());
        manifest.setProperty("schema.version", version);
        manifest.setProperty("tables", String.join(",", tables));
        Map<String, Long> rows = new LinkedHashMap<>();
        Files.deleteIfExists(partial);
        createPrivateFile(partial);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            for (String table : tables) {
                zip.putNextEntry(new ZipEntry(entryName(table)));
                MessageDigest sha256 = sha256();
                LineCounter counter = new LineCounter(new DigestOutputStream(new NonClosing(zip), sha256));
                copy.copyOut("COPY " + DatabaseSchema.quote(table) + " TO STDOUT", counter);
                counter.flush();
                zip.closeEntry();
                rows.put(table, counter.lines);
                manifest.setProperty("table." + table + ".rows", Long.toString(counter.lines));
                manifest.setProperty("table." + table + ".sha256", HexFormat.of().formatHex(sha256.digest()));
            }
            for (Map.Entry<String, Long> sequence : DatabaseSchema.sequences(connection).entrySet()) {
                manifest.setProperty("sequence." + sequence.getKey(), sequence.getValue() == null ? "" : sequence.getValue().toString());
            }
            ByteArrayOutputStream manifestBytes = new ByteArrayOutputStream();
            manifest.store(manifestBytes, "Homeward backup of " + target.getFileName());
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(manifestBytes.toByteArray());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(MANIFEST_CHECKSUM));
            zip.write((hex(manifestBytes.toByteArray()) + "\n").getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return new BackupSummary(target, version, rows);
    }

    /**
     * Replaces the database's contents with the backup in {@code file}, after checking it. Without
     * {@code force} the database must be empty (a new data directory).
     */
    public BackupSummary restore(Path file, boolean force) {
        Path source = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            throw new BackupException("There is no backup file " + source + ".");
        }
        BackupSummary summary;
        try (ZipFile zip = new ZipFile(source.toFile())) {
            Properties manifest = checkedManifest(zip, source);
            List<String> tables = List.of(manifest.getProperty("tables").split(","));
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : tables) {
                rows.put(table, checkTable(zip, source, manifest, table));
            }
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    load(connection, zip, source, manifest, tables, force);
                    connection.commit();
                } catch (SQLException | IOException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            }
            summary = new BackupSummary(source, manifest.getProperty("schema.version"), rows);
        } catch (IOException | SQLException e) {
            throw new BackupException("Could not restore " + source + ": " + e.getMessage(), e);
        }
        events.publishEvent(AuditEvent.of("database.restored", null).with("file", source).with("schema", summary.schemaVersion())
                .with("rows", summary.totalRows()).with("forced", force));
        return summary;
    }

    private static Properties checkedManifest(ZipFile zip, Path source) throws IOException {
        ZipEntry manifestEntry = zip.getEntry(MANIFEST);
        ZipEntry checksumEntry = zip.getEntry(MANIFEST_CHECKSUM);
        if (manifestEntry == null || checksumEntry == null) {
            throw new BackupException(source + " is not a Homeward backup (it has no " + MANIFEST + ").");
        }
        byte[] manifestBytes;
        try (InputStream in = zip.getInputStream(manifestEntry)) {
            manifestBytes = in.readAllBytes();
        }
        String expected;
        try (InputStream in = zip.getInputStream(checksumEntry)) {
            expected = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        }
        if (!hex(manifestBytes).equals(expected)) {
            throw new BackupException(source + " is damaged: its manifest does not match its checksum.");
        }
        Properties manifest = new Properties();
        manifest.load(new java.io.ByteArrayInputStream(manifestBytes));
        if (!FORMAT.equals(manifest.getProperty("format"))) {
            throw new BackupException(source + " has format " + manifest.getProperty("format") + "; this Homeward reads " + FORMAT + ".");
        }
        return manifest;
    }

    private static long checkTable(ZipFile zip, Path source, Properties manifest, String table) throws IOException {
        ZipEntry entry = zip.getEntry(entryName(table));
        if (entry == null) {
            throw new BackupException(source + " is damaged: the table " + table + " is missing.");
        }
        MessageDigest sha256 = sha256();
        LineCounter counter = new LineCounter(new DigestOutputStream(OutputStream.nullOutputStream(), sha256));
        try (InputStream in = zip.getInputStream(entry)) {
            in.transferTo(counter);
        }
        long lines = counter.lines;
        String expectedHash = manifest.getProperty("table." + table + ".sha256");
        if (!HexFormat.of().formatHex(sha256.digest()).equals(expectedHash)
                || !Long.toString(lines).equals(manifest.getProperty("table." + table + ".rows"))) {
            throw new BackupException(source + " is damaged: the table " + table + " does not match its checksum.");
        }
        return lines;
    }

    private void load(Connection connection, ZipFile zip, Path source, Properties manifest, List<String> tables, boolean force)
            throws SQLException, IOException {
        String version = DatabaseSchema.version(connection);
        String backupVersion = manifest.getProperty("schema.version");
        if (!version.equals(backupVersion)) {
            throw new BackupException(source + " holds schema version " + backupVersion + " but this database is at version "
                    + version + ". Restore it with the Homeward release that made it.");
        }
        Set<String> present = new TreeSet<>(DatabaseSchema.tablesInLoadOrder(connection));
        if (!present.equals(new TreeSet<>(tables))) {
            throw new BackupException(source + " holds the tables " + new TreeSet<>(tables) + " but this database has " + present + ".");
        }
        if (!force) {
            for (String table : present) {
                if (!PRESENT_WHEN_EMPTY.contains(table) && DatabaseSchema.hasRows(connection, table)) {
                    throw new BackupException("The database is not empty (the table " + table + " has rows). Restore into a new"
                            + " data directory, or add --force to replace everything in this one.");
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            // The append-only tables refuse TRUNCATE through their triggers; switched off for this transaction only.
            for (String table : present) {
                statement.execute("ALTER TABLE " + DatabaseSchema.quote(table) + " DISABLE TRIGGER USER");
            }
            statement.execute("TRUNCATE " + String.join(", ", present.stream().map(DatabaseSchema::quote).toList()));
            for (String table : present) {
                statement.execute("ALTER TABLE " + DatabaseSchema.quote(table) + " ENABLE TRIGGER USER");
            }
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (String table : tables) {
            try (InputStream in = zip.getInputStream(zip.getEntry(entryName(table)))) {
                copy.copyIn("COPY " + DatabaseSchema.quote(table) + " FROM STDIN", in);
            }
        }
        Map<String, Long> sequences = new TreeMap<>();
        for (String name : manifest.stringPropertyNames()) {
            if (name.startsWith("sequence.")) {
                String value = manifest.getProperty(name);
                sequences.put(name.substring("sequence.".length()), value.isEmpty() ? null : Long.valueOf(value));
            }
        }
        for (Map.Entry<String, Long> sequence : sequences.entrySet()) {
            try (PreparedStatement setval = connection.prepareStatement("SELECT setval(quote_ident(?)::regclass, ?, ?)")) {
                setval.setString(1, sequence.getKey());
                setval.setLong(2, sequence.getValue() == null ? 1 : sequence.getValue());
                setval.setBoolean(3, sequence.getValue() != null);
                setval.execute();
            }
        }
    }

    private static String entryName(String table) {
        return "tables/" + table + ".copy";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static void createPrivateFile(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the partial file is harmless; the error already reported says what failed
        }
    }

    /** Counts the lines (rows, in COPY's text format) written through it. */
    private static final class LineCounter extends FilterOutputStream {
        long lines;

        LineCounter(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            if (b == '\n') {
                lines++;
            }
            out.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                if (bytes[i] == '\n') {
                    lines++;
                }
            }
            out.write(bytes, offset, length);
        }
    }

    /** Keeps COPY from closing the zip stream. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
