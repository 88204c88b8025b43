package org.homeward.formats.dvi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.homeward.formats.SampleFiles;

/**
 * The tables of {@code ../shared/formats/familias/EXPECTED.md}, read where they stand so that the
 * test follows the specification and nothing of it is copied into the project.
 */
final class ExpectedTables {

    private ExpectedTables() { }

    static List<String> lines() {
        try {
            return Files.readAllLines(SampleFiles.shared("formats/familias/EXPECTED.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first line after the anchors (each found after the previous one) that contains {@code text}. */
    static String line(String text, String... anchors) {
        List<String> lines = lines();
        int at = find(lines, anchors);
        for (int i = at; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return lines.get(i);
            }
        }
        throw new AssertionError("EXPECTED.md has no line with '" + text + "' after " + Arrays.toString(anchors));
    }

    /** The first table after the anchors: its header, then its rows, as trimmed cells. */
    static List<List<String>> table(String... anchors) {
        List<String> lines = lines();
        int i = find(lines, anchors);
        while (i < lines.size() && !lines.get(i).startsWith("|")) {
            i++;
        }
        List<List<String>> rows = new ArrayList<>();
        for (; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            if (!lines.get(i).startsWith("|---")) {
                rows.add(cells(lines.get(i)));
            }
        }
        assertThat(rows).as("table after %s", Arrays.toString(anchors)).hasSizeGreaterThan(1);
        return rows;
    }

    /** Cells of a Markdown table line: "| a | b |  |" gives [a, b, ""]. */
    static List<String> cells(String line) {
        String inner = line.trim();
        inner = inner.substring(1, inner.length() - 1);
        List<String> out = new ArrayList<>();
        for (String c : inner.split("\\|", -1)) {
            out.add(c.trim());
        }
        return out;
    }

    /** The rows of a table written by our report, header first, as cells. */
    static List<List<String>> parse(String markdown) {
        List<List<String>> rows = new ArrayList<>();
        for (String l : markdown.split("\n")) {
            if (l.startsWith("|") && !l.startsWith("|---")) {
                rows.add(cells(l));
            }
        }
        return rows;
    }

    private static int find(List<String> lines, String... anchors) {
        int at = 0;
        for (String anchor : anchors) {
            while (at < lines.size() && !lines.get(at).contains(anchor)) {
                at++;
            }
            if (at == lines.size()) {
                throw new AssertionError("EXPECTED.md has no line with '" + anchor + "' after the previous anchors");
            }
            at++;
        }
        return at;
    }

    /**
     * Whether a displayed value matches the expected one: numbers to 6 significant digits (relative
     * 1e-5), "0" as an exact zero, any other text exactly.
     */
    static boolean same(String expected, String actual) {
        if (expected.equals(actual)) {
            return true;
        }
        Double e = number(expected);
        Double a = number(actual);
        if (e == null || a == null) {
            return false;
        }
        if (e == 0 || a == 0 || e.isInfinite() || a.isInfinite()) {
            return e.equals(a);
        }
        return Math.abs(a - e) <= 1e-5 * Math.abs(e);
    }

    static Double number(String text) {
        try {
            return switch (text) {
                case "Inf" -> Double.POSITIVE_INFINITY;
                case "-Inf" -> Double.NEGATIVE_INFINITY;
                default -> Double.parseDouble(text);
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
