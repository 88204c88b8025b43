package org.homeward.app.common;

import java.util.List;

/**
 * Input a feature refuses, every problem at once, each at its path in the request: a JSON path
 * ({@code $.missingPerson.dateOfBirth}), a form field or parameter ({@code figure}), or a row of an
 * uploaded file ({@code file[line 12].alleles}). The REST API answers it with a 400 problem, pages
 * with the form again.
 */
public class InputRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One refused value and why. */
    public record Problem(String path, String message) {

        /**
         * A whole value that is absent: the one under {@code prefix} ({@code "relatives[2]."} names
         * {@code relatives[2]}), or {@code name} when it stands at the top ({@code prefix} empty).
         */
        public static Problem absent(String prefix, String name) {
            return new Problem(prefix.isEmpty() ? name : prefix.substring(0, prefix.length() - 1), "is required");
        }

        @Override
        public String toString() {
            return path + ": " + message;
        }
    }

    private final transient List<Problem> problems;

    /** One refused value; the exception's message is the problem's own (what a form shows beside the field). */
    public InputRefusedException(String path, String message) {
        this(List.of(new Problem(path, message)), message);
    }

    public InputRefusedException(List<Problem> problems) {
        this(problems, problems.stream().map(Problem::toString).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
    }

    /** For refusals whose summary is better said otherwise (a whole file refused, say). */
    protected InputRefusedException(List<Problem> problems, String summary) {
        super(summary);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The path of the first problem, for forms that show one refusal beside its field. */
    public String path() {
        return problems.get(0).path();
    }
}
