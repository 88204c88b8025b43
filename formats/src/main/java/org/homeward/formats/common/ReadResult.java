package org.homeward.formats.common;

import java.util.List;

/**
 * What a reader returns: the value and every problem it did not fail on. Under STRICT these are
 * warnings only; under LENIENT they also list, as errors, the records that were skipped.
 */
public record ReadResult<T>(T value, List<Problem> problems) {

    public ReadResult {
        if (value == null) {
            throw new IllegalArgumentException("a read result needs a value");
        }
        problems = List.copyOf(problems);
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    public List<Problem> skipped() {
        return problems.stream().filter(Problem::isError).toList();
    }
}
