package org.homeward.app.genetics;

import java.util.List;

import io.micrometer.core.instrument.Metrics;

import org.homeward.app.common.FileRefusedException;

/**
 * A file was not imported (nothing was written): every problem, with its row and column, each also
 * a refusal at {@code file[line N].column} (or {@code file[sample CODE]}).
 */
public class ImportRejectedException extends FileRefusedException {

    private static final long serialVersionUID = 1L;

    /** The counter of refused files among the operational metrics ({@code homeward_imports_rejected_total}). */
    public static final String METER = "homeward.imports.rejected";

    private static final String SAMPLE = "sample ";

    private final transient List<RowProblem> rows;

    public ImportRejectedException(List<RowProblem> problems) {
        super(problems.stream().map(ImportRejectedException::refusal).toList(), summary(problems));
        this.rows = List.copyOf(problems);
        Metrics.counter(METER).increment(); // every refused file passes here
    }

    /** The problems as the file numbers its rows. */
    public List<RowProblem> rows() {
        return rows;
    }

    /** A row's problem at its path; the register names a sample it does not know as the column {@code sample CODE}. */
    private static Problem refusal(RowProblem row) {
        if (row.row() == 0 && row.column().startsWith(SAMPLE)) {
            return sampleProblem(row.column().substring(SAMPLE.length()), row.message());
        }
        return problem(row.row(), row.column(), row.message());
    }

    private static String summary(List<RowProblem> problems) {
        if (problems.size() == 1) {
            return "The file was not imported: " + problems.get(0);
        }
        return "The file was not imported: " + problems.size() + " problems, the first: " + problems.get(0);
    }
}
