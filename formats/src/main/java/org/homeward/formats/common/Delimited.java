package org.homeward.formats.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of a delimited text file as spreadsheets write it: cells may be quoted, a quote
 * inside a quoted cell is doubled, and cells are trimmed. Trailing empty cells (Excel's trailing
 * tabs and columns) are kept; callers ignore them.
 */
public final class Delimited {

    private Delimited() { }

    /** The cells of the line; a quoted cell left open runs to the end of the line, as in Excel. */
    public static List<String> split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == separator) {
                cells.add(wasQuoted ? cell.toString() : cell.toString().trim());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else {
                cell.append(c);
            }
        }
        cells.add(wasQuoted ? cell.toString() : cell.toString().trim());
        return cells;
    }

    /** The cells without the empty ones at the end. */
    public static List<String> withoutTrailingEmpty(List<String> cells) {
        int n = cells.size();
        while (n > 0 && cells.get(n - 1).isEmpty()) {
            n--;
        }
        return cells.subList(0, n);
    }
}
