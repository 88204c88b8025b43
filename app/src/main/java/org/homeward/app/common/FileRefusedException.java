package org.homeward.app.common;

import java.util.List;

/**
 * An uploaded file refused as a whole, nothing written: every problem at its row and column,
 * as {@code file}, {@code file[line 12]}, {@code file[line 12].alleles} or {@code file[sample REF-1]}.
 */
public class FileRefusedException extends InputRefusedException {

    private static final long serialVersionUID = 1L;

    protected FileRefusedException(List<Problem> problems, String summary) {
        super(problems, summary);
    }

    /** A problem at a line of the file ({@code line} 0 for the file as a whole) and a column (blank for none). */
    public static Problem problem(int line, String column, String message) {
        String path = "file" + (line > 0 ? "[line " + line + "]" : "")
                + (column == null || column.isBlank() ? "" : "." + column);
        return new Problem(path, message);
    }

    /** A problem of the sample a file names under {@code sampleCode}, wherever it stands: {@code file[sample REF-1]}. */
    public static Problem sampleProblem(String sampleCode, String message) {
        return new Problem("file[sample " + sampleCode + "]", message);
    }
}
