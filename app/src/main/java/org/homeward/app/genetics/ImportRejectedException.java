package org.homeward.app.genetics;

import java.util.List;

/** A file was not imported (nothing was written): every problem, with its row and column. */
public class ImportRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<RowProblem> problems;

    public ImportRejectedException(List<RowProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }

    private static String summary(List<RowProblem> problems) {
        if (problems.size() == 1) {
            return "The file was not imported: " + problems.get(0);
        }
        return "The file was not imported: " + problems.size() + " problems, the first: " + problems.get(0);
    }
}
