package org.homeward.formats.common;

/**
 * One problem found in an input file, with where it is.
 *
 * @param file     the file's name as given to the reader
 * @param line     1-based line number, or 0 when the problem concerns no single line
 * @param field    the field, column, key or XPath at fault; empty when none applies
 * @param message  what is wrong, a complete sentence without the location
 * @param severity error or warning
 */
public record Problem(String file, int line, String field, String message, Severity severity) {

    public Problem {
        if (file == null || message == null || severity == null) {
            throw new IllegalArgumentException("a problem needs a file, a message and a severity");
        }
        field = field == null ? "" : field;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line: field: message}, leaving out the parts that do not apply. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
        }
        s.append(": ");
        if (!field.isEmpty()) {
            s.append(field).append(": ");
        }
        if (severity == Severity.WARNING) {
            s.append("warning: ");
        }
        return s.append(message).toString();
    }
}
