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
}
