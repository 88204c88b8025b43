package org.homeward.formats.familias;

import java.util.List;

import org.homeward.formats.common.ProblemLog;

/** Reads the positional main section of a .fam file one line at a time; a line of the wrong kind is fatal. */
final class Cursor {

    static final String TRUE = "#TRUE#";
    static final String FALSE = "#FALSE#";

    private final List<String> lines;
    private final ProblemLog log;
    private int next;

    Cursor(List<String> lines, ProblemLog log) {
        this.lines = lines;
        this.log = log;
    }

    /** 1-based number of the line the next read returns. */
    int lineNumber() {
        return next + 1;
    }

    boolean atEnd() {
        return next >= lines.size();
    }

    String peek() {
        return atEnd() ? null : lines.get(next).strip();
    }

    String raw(String field) {
        if (atEnd()) {
            throw log.fatal(lines.size(), field, "the file ends where " + field + " was expected");
        }
        return lines.get(next++).strip();
    }

    String string(String field) {
        String s = raw(field);
        if (s.length() < 2 || s.charAt(0) != '"' || s.charAt(s.length() - 1) != '"') {
            throw log.fatal(next, field, "expected a quoted string, found '" + s + "'");
        }
        return s.substring(1, s.length() - 1);
    }

    void expectString(String field, String expected) {
        String s = string(field);
        if (!s.equals(expected)) {
            throw log.fatal(next, field, "expected \"" + expected + "\", found \"" + s + "\"");
        }
    }

    int integer(String field, int min, int max) {
        String s = raw(field);
        try {
            int v = Integer.parseInt(s);
            if (v < min || v > max) {
                throw log.fatal(next, field, "expected an integer from " + min + " to " + max + ", found " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw log.fatal(next, field, "expected an integer, found '" + s + "'");
        }
    }

    double number(String field) {
        String s = raw(field);
        try {
            double v = Double.parseDouble(s);
            if (!Double.isFinite(v)) {
                throw log.fatal(next, field, "expected a finite number, found '" + s + "'");
            }
            return v;
        } catch (NumberFormatException e) {
            throw log.fatal(next, field, "expected a number, found '" + s + "'");
        }
    }

    boolean bool(String field) {
        String s = raw(field);
        return switch (s) {
            case TRUE -> true;
            case FALSE -> false;
            default -> throw log.fatal(next, field, "expected " + TRUE + " or " + FALSE + ", found '" + s + "'");
        };
    }
}
