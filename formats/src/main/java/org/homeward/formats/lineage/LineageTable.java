package org.homeward.formats.lineage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.homeward.formats.common.ProblemLog;
import org.homeward.formats.common.Table;
import org.homeward.formats.common.TextFile;

/**
 * The shape shared by the lineage files: "## key: value" lines (the file's name, version and
 * provenance), then a table whose header starts with fixed columns. Metadata lines are blanked, not
 * removed, so that every row keeps its line number.
 */
record LineageTable(Map<String, String> metadata, int headerLine, List<String> header, List<Table.Row> rows) {

    static LineageTable read(TextFile text, ProblemLog log, Set<String> metadataKeys, List<String> leadingColumns) {
        Map<String, String> metadata = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < text.lines().size(); i++) {
            String line = text.lines().get(i);
            if (line.startsWith("##")) {
                int colon = line.indexOf(':');
                String key = colon < 0 ? "" : line.substring(2, colon).strip().toLowerCase(Locale.ROOT);
                if (!metadataKeys.contains(key)) {
                    log.error(i + 1, key, "unexpected '## key: value' line; this file's keys are " + metadataKeys);
                } else if (metadata.putIfAbsent(key, line.substring(colon + 1).strip()) != null) {
                    log.error(i + 1, key, "'" + key + "' is given twice");
                }
                lines.add("");
            } else {
                lines.add(line);
            }
        }
        for (String key : metadataKeys) {
            if (!metadata.containsKey(key) || metadata.get(key).isEmpty()) {
                log.error(1, key, "the file needs a line '## " + key + ": …' before its header");
            }
        }
        Table table = Table.read(new TextFile(text.name(), text.charset(), lines), log);
        if (table.rows().isEmpty()) {
            throw log.fatal(0, "", "the file has no header; expected the columns " + String.join(", ", leadingColumns) + ", …");
        }
        Table.Row headerRow = table.rows().get(0);
        List<String> header = headerRow.filledCells();
        for (int c = 0; c < leadingColumns.size(); c++) {
            String found = c < header.size() ? header.get(c) : "";
            if (!found.equalsIgnoreCase(leadingColumns.get(c))) {
                throw log.fatal(headerRow.line(), found, "column " + (c + 1) + " must be '" + leadingColumns.get(c) + "'");
            }
        }
        return new LineageTable(metadata, headerRow.line(), header, table.rows().subList(1, table.rows().size()));
    }

    /** A count cell: a whole number of at least 1, or an error naming the line and returning 0. */
    static int count(Table.Row row, int column, ProblemLog log) {
        String cell = row.cell(column);
        try {
            int count = Integer.parseInt(cell);
            if (count >= 1) {
                return count;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        log.error(row.line(), "count", "'" + cell + "' is not a count (a whole number of at least 1)");
        return 0;
    }

    /** The "## simulated:" flag: yes or no. */
    static boolean simulated(Map<String, String> metadata, ProblemLog log) {
        String value = metadata.getOrDefault("simulated", "").toLowerCase(Locale.ROOT);
        if (!value.equals("yes") && !value.equals("no")) {
            log.error(1, "simulated", "'## simulated:' must be yes or no");
        }
        return value.equals("yes");
    }
}
