package org.homeward.app.remains;

import java.util.List;

import org.homeward.app.common.FileRefusedException;

/**
 * A file was not imported (nothing was written): every problem, with its row and column, each also
 * a refusal at {@code file[line N].column}.
 */
public class ImportRejectedException extends FileRefusedException {

    private static final long serialVersionUID = 1L;

    private final transient List<RowProblem> rows;

    public ImportRejectedException(List<RowProblem> problems) {
        super(problems.stream().map(p -> FileRefusedException.problem(p.row(), p.column(), p.message())).toList(), summary(problems));
        this.rows = List.copyOf(problems);
    }

    /** The problems as the file numbers its rows. */
    public List<RowProblem> rows() {
        return rows;
    }

    private static String summary(List<RowProblem> problems) {
        if (problems.size() == 1) {
            return "The file was not imported: " + problems.get(0);
        }
        return "The file was not imported: " + problems.size() + " problems, the first: " + problems.get(0);
    }
}
