package org.homeward.formats.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Collects the problems of one file while it is read, so that all of them are reported at once.
 * For readers: {@link #error} records what makes a record unsound, {@link #fatal} stops a reader
 * that cannot go on, {@link #finish} applies the strictness.
 */
public final class ProblemLog {

    /** Thrown by {@link #fatal} to unwind a reader; caught by {@link #finish} callers via {@link #run}. */
    private static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abort() {
            super(null, null, false, false);
        }
    }

    private final String file;
    private final Strictness strictness;
    private final List<Problem> problems = new ArrayList<>();

    public ProblemLog(String file, Strictness strictness) {
        this.file = file;
        this.strictness = strictness;
    }

    public String file() { return file; }

    public Strictness strictness() { return strictness; }

    public boolean isStrict() { return strictness == Strictness.STRICT; }

    public void error(int line, String field, String message) {
        problems.add(new Problem(file, line, field, message, Severity.ERROR));
    }

    public void warning(int line, String field, String message) {
        problems.add(new Problem(file, line, field, message, Severity.WARNING));
    }

    /** Under STRICT an error, under LENIENT a warning: for things LENIENT keeps as they are. */
    public void strictError(int line, String field, String message) {
        if (isStrict()) {
            error(line, field, message);
        } else {
            warning(line, field, message);
        }
    }

    /** Records the problem and stops reading: the file cannot be read past this point. */
    public RuntimeException fatal(int line, String field, String message) {
        error(line, field, message);
        throw new Abort();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public int errorCount() {
        return (int) problems.stream().filter(Problem::isError).count();
    }

    /**
     * Runs a reader: a fatal problem, or any error under STRICT, fails with one {@link FormatException}
     * listing every problem; otherwise the value comes back with the problems.
     */
    public <T> ReadResult<T> run(Function<ProblemLog, T> reader) {
        T value;
        try {
            value = reader.apply(this);
        } catch (Abort a) {
            throw new FormatException(problems);
        }
        if (isStrict() && hasErrors()) {
            throw new FormatException(problems);
        }
        return new ReadResult<>(value, problems);
    }
}
