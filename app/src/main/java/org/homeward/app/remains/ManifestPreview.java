package org.homeward.app.remains;

import java.util.List;

import org.homeward.app.genetics.RowProblem;
import org.homeward.formats.common.Strictness;

/**
 * What importing a manifest would create, before anything is written: the sound rows, the
 * problems (errors: row and column), and the body numbers the new remains would get (numbers are
 * taken for good only when the import is committed, so they may move on if someone else registers
 * remains meanwhile).
 *
 * @param format          CSV or XLSX
 * @param dataRows        the rows read, not counting the header and blank rows
 * @param rows            the sound rows, which would each become a bag and a body
 * @param errors          what is wrong, row by row; under STRICT any error stops the whole import
 * @param warnings        what was noticed but does not stop the import
 * @param firstBodyNumber the body number the first new remains would get; null when nothing would be created
 * @param lastBodyNumber  the body number the last new remains would get
 */
public record ManifestPreview(String fileName, String format, Strictness strictness, int dataRows, List<ManifestRow> rows,
                              List<RowProblem> errors, List<RowProblem> warnings, String firstBodyNumber,
                              String lastBodyNumber) {

    public ManifestPreview {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** Whether importing would register anything: no errors under STRICT, at least one sound row. */
    public boolean importable() {
        return !rows.isEmpty() && (errors.isEmpty() || strictness == Strictness.LENIENT);
    }

    public int bagsToCreate() {
        return importable() ? rows.size() : 0;
    }
}
