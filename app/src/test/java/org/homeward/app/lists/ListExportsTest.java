package org.homeward.app.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.app.lists.ListExports.column;

import java.math.BigDecimal;
import java.util.List;

import org.homeward.app.testing.CsvFiles;
import org.junit.jupiter.api.Test;

/** The one CSV writer of the application: what a spreadsheet reads back from it, cell by cell. */
class ListExportsTest {

    record Row(String name, String note, BigDecimal figure) {
    }

    @Test
    void cells_come_back_as_written_with_cyrillic_separators_quotes_and_line_breaks_and_formulas_as_text() {
        List<Row> rows = List.of(new Row("Коваленко Олена", "found at 3, \"North\" field\nsecond line", new BigDecimal("-12.5")),
                new Row("=cmd|' /C calc'!A0", null, null));

        byte[] csv = ListExports.csv(rows, List.of(column("name", Row::name), column("note", Row::note), column("figure", Row::figure)));

        assertThat(CsvFiles.cells(csv)).containsExactly(
                List.of("name", "note", "figure"),
                List.of("Коваленко Олена", "found at 3, \"North\" field\nsecond line", "-12.5"),
                List.of("'=cmd|' /C calc'!A0", "", ""));
    }
}
