package org.homeward.app.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** What a backup reads of the database's catalogue: the schema version, its tables in load order, its sequences. */
final class DatabaseSchema {

    /** Flyway's own history is the schema's, not data: it is not backed up. */
    private static final Set<String> NOT_BACKED_UP = Set.of("flyway_schema_history");

    private DatabaseSchema() {
    }

    /** The schema version Flyway last applied. */
    static String version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("""
                     SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL
                     ORDER BY installed_rank DESC LIMIT 1""")) {
            if (!row.next()) {
                throw new BackupException("The database has no migrated schema.");
            }
            return row.getString(1);
        }
    }

    /** The schema's tables, every table after the tables it references (then by name). */
    static List<String> tablesInLoadOrder(Connection connection) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")) {
            while (rows.next()) {
                if (!NOT_BACKED_UP.contains(rows.getString(1))) {
                    tables.add(rows.getString(1));
                }
            }
        }
        Map<String, Set<String>> references = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT child.relname, parent.relname
                     FROM pg_constraint c
                     JOIN pg_class child ON child.oid = c.conrelid
                     JOIN pg_class parent ON parent.oid = c.confrelid
                     JOIN pg_namespace n ON n.oid = child.relnamespace
                     WHERE c.contype = 'f' AND n.nspname = current_schema()""")) {
            while (rows.next()) {
                if (!rows.getString(1).equals(rows.getString(2))) {
                    references.computeIfAbsent(rows.getString(1), t -> new TreeSet<>()).add(rows.getString(2));
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        Set<String> remaining = new TreeSet<>(tables);
        while (!remaining.isEmpty()) {
            String next = remaining.stream()
                    .filter(table -> references.getOrDefault(table, Set.of()).stream().noneMatch(remaining::contains))
                    .findFirst()
                    .orElseThrow(() -> new BackupException("The tables " + remaining + " reference each other in a cycle."));
            ordered.add(next);
            remaining.remove(next);
        }
        return ordered;
    }

    /** The schema's sequences and their last values (null when never used). */
    static Map<String, Long> sequences(Connection connection) throws SQLException {
        Map<String, Long> sequences = new TreeMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = current_schema()")) {
            while (rows.next()) {
                String name = rows.getString(1);
                long value = rows.getLong(2);
                sequences.put(name, rows.wasNull() ? null : value);
            }
        }
        return sequences;
    }

    static boolean hasRows(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM " + quote(table) + ")")) {
            row.next();
            return row.getBoolean(1);
        }
    }

    /** The identifier quoted for SQL. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
