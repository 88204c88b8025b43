package org.homeward.kinship;

import java.util.List;

/**
 * The caller's data is wrong: a pedigree with structural errors, an allele absent from the frequency
 * table, a malformed mutation model. Carries every problem found, not just the first, so that a user
 * fixes their input in one pass. Internal faults are ordinary runtime exceptions, never this one.
 */
public class KinshipInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public KinshipInputException(List<String> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public KinshipInputException(String problem) {
        this(List.of(problem));
    }

    /** Every problem found, each a complete sentence naming the person, marker or allele at fault. */
    public List<String> problems() {
        return problems;
    }

    private static String summary(List<String> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a KinshipInputException needs at least one problem");
        }
        return problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems: " + String.join("; ", problems);
    }
}
