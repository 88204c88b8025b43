package org.homeward.formats.common;

import java.util.List;

/** A file could not be read: every problem found, each naming the file, line and field. */
public class FormatException extends UserException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public FormatException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, errors and warnings, in the order they were found. */
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a FormatException needs at least one error");
        }
        if (errors.size() == 1) {
            return errors.get(0).toString();
        }
        StringBuilder s = new StringBuilder(errors.size() + " problems:");
        errors.forEach(p -> s.append("\n  ").append(p));
        return s.toString();
    }
}
