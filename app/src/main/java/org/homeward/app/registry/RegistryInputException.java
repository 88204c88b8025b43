package org.homeward.app.registry;

import java.util.List;

/**
 * The registry refused what it was given: each problem names its field (or, for a pedigree, the
 * statement at fault). Every problem found is reported at once.
 */
public class RegistryInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One refused field and why. */
    public record Problem(String field, String message) {
    }

    private final transient List<Problem> problems;

    public RegistryInputException(String field, String message) {
        this(List.of(new Problem(field, message)));
    }

    public RegistryInputException(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse("invalid"));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
