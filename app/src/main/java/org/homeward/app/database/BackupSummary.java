package org.homeward.app.database;

import java.nio.file.Path;
import java.util.Map;

/** What a backup holds (or a restore loaded): the schema version and the rows of each table. */
public record BackupSummary(Path file, String schemaVersion, Map<String, Long> rowsPerTable) {

    public BackupSummary {
        rowsPerTable = Map.copyOf(rowsPerTable);
    }

    public long totalRows() {
        return rowsPerTable.values().stream().mapToLong(Long::longValue).sum();
    }

    /** "1234 rows of 42 tables (schema version 33.1)", as the console reports a backup or a restore. */
    public String contents() {
        return totalRows() + " rows of " + rowsPerTable.size() + " tables (schema version " + schemaVersion + ")";
    }
}
