package org.homeward.formats.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The one table reader: spreadsheet CSV by Commons CSV, one separator detection, an open quote refused by line. */
class TableTest {

    private static Table read(String text) {
        return Table.read(TextFile.decode("lab.csv", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void quoted_cells_keep_separators_doubled_quotes_and_line_breaks_and_rows_keep_their_first_line() {
        Table table = read("name,notes\r\n\r\n\"Koval, O.\",\"said \"\"hello\"\"\nand left\"\n  M-2 ,  plain  \n");

        assertThat(table.separator()).isEqualTo(',');
        assertThat(table.rows()).extracting(Table.Row::line).containsExactly(1, 3, 5);
        assertThat(table.rows()).extracting(Table.Row::spreadsheetRow).containsExactly(1, 3, 4);
        assertThat(table.rows().get(1).cells()).containsExactly("Koval, O.", "said \"hello\"\nand left");
        assertThat(table.rows().get(2).cells()).containsExactly("M-2", "plain");
    }

    @Test
    void an_unclosed_quote_is_an_error_naming_the_file_and_the_line_its_row_starts_on() {
        assertThatThrownBy(() -> read("sample,D3S1358\nS-1,15/16\n\"S-2,15/17\nS-3,16/16\n"))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("lab.csv");
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.message()).contains("never closed");
                }));
    }

    @Test
    void text_after_a_closing_quote_is_an_error_naming_the_line() {
        assertThatThrownBy(() -> read("a,b\n\"x\"y,z\n"))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.problems()).extracting(Problem::line).containsExactly(2));
    }

    @Test
    void the_separator_is_the_one_the_header_uses_most_outside_quotes() {
        assertThat(Table.separator("family;person;sex;father;mother")).isEqualTo(';');
        assertThat(Table.separator("Sample Name\tMarker\tAllele 1")).isEqualTo('\t');
        assertThat(Table.separator("\"a;b\",c,d")).isEqualTo(',');
        assertThat(Table.separator("single")).isEqualTo(',');
        assertThat(read("a;b;c\n1;\"2;3\";4\n").rows().get(1).cells()).containsExactly("1", "2;3", "4");
    }

    @Test
    void trailing_empty_cells_are_kept_but_can_be_left_out() {
        Table.Row row = read("a\tb\t\t\n").rows().get(0);

        assertThat(row.cells()).containsExactly("a", "b", "", "");
        assertThat(row.filledCells()).isEqualTo(List.of("a", "b"));
        assertThat(row.cell(7)).isEmpty();
    }
}
