package org.homeward.app.registry;

import java.util.List;

import org.homeward.app.common.FileRefusedException;

/**
 * A lab file refused as a whole, nothing stored: one problem per row (sample) or for the file, each
 * also a refusal at {@code file[line N].column} or {@code file[sample CODE]}.
 */
public class LabResultsRejectedException extends FileRefusedException {

    private static final long serialVersionUID = 1L;

    /** A problem of one sample of the file ({@code sample} null for the file as a whole). */
    public record RowProblem(String sample, int line, String message) {
    }

    private final transient List<RowProblem> rows;

    public LabResultsRejectedException(String fileName, List<RowProblem> problems) {
        super(problems.stream().map(p -> p.line() == 0 && p.sample() != null ? sampleProblem(p.sample(), p.message())
                        : problem(p.line(), p.sample(), p.message())).toList(),
                fileName + ": " + problems.size() + " problem(s), nothing imported");
        this.rows = List.copyOf(problems);
    }

    /** The problems by sample and line, as the lab file states them. */
    public List<RowProblem> rows() {
        return rows;
    }
}
