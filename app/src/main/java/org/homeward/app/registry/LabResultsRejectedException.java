package org.homeward.app.registry;

import java.util.List;

/** A lab file refused as a whole, nothing stored: one problem per row (sample) or for the file. */
public class LabResultsRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A problem of one sample of the file ({@code sample} null for the file as a whole). */
    public record RowProblem(String sample, int line, String message) {
    }

    private final transient List<RowProblem> problems;

    public LabResultsRejectedException(String fileName, List<RowProblem> problems) {
        super(fileName + ": " + problems.size() + " problem(s), nothing imported");
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
