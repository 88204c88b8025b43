package org.homeward.app.remains;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.homeward.app.genetics.RowProblem;
import org.junit.jupiter.api.Test;

/** The manifest reader on its own: encodings, quotes, separators, XLSX, and every problem by row and column. */
class ManifestReaderTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 20);

    private static ManifestReader.Result read(String text) {
        return ManifestReader.read(text.getBytes(StandardCharsets.UTF_8), Set.of(), TODAY);
    }

    @Test
    void reads_quotes_line_breaks_and_a_byte_order_mark() {
        String text = "\uFEFFBag number;Other label;Claimed place;Claimed date;Notes\r\n"
                + "1;RU-1;\"Donetsk region; near Bakhmut\";16.05.2025;\"two lines\r\nof \"\"notes\"\"\"\r\n"
                + "\r\n"
                + "2;;Kharkiv;2025-05-17;\r\n";
        ManifestReader.Result result = read(text);

        assertThat(result.errors()).isEmpty();
        assertThat(result.format()).isEqualTo("CSV");
        assertThat(result.rows()).extracting(ManifestRow::row).containsExactly(2, 4);
        ManifestRow first = result.rows().get(0);
        assertThat(first.bagNumber()).isEqualTo("1");
        assertThat(first.claimedPlace().locality()).isEqualTo("Donetsk region; near Bakhmut");
        assertThat(first.claimedDate()).isEqualTo(LocalDate.of(2025, 5, 16));
        assertThat(first.notes()).isEqualTo("two lines\nof \"notes\"");
        assertThat(result.rows().get(1).otherLabel()).isNull();
    }

    @Test
    void a_quote_left_open_is_refused_naming_its_line_not_merged_into_one_cell() {
        String text = "bag number,notes\n1,\"fine\"\n2,\"never closed\n3,after\n";

        assertThat(read(text).rows()).isEmpty();
        assertThat(read(text).errors()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(3);
            assertThat(problem.message()).contains("never closed");
        });
    }

    @Test
    void reads_windows_1252_text() {
        byte[] bytes = "Bag,Label,Place\n1,A,Pokrovs’k\n".getBytes(Charset.forName("windows-1252"));
        ManifestReader.Result result = ManifestReader.read(bytes, Set.of(), TODAY);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows().get(0).claimedPlace().locality()).isEqualTo("Pokrovs’k");
    }

    @Test
    void names_the_row_and_column_of_every_problem() {
        String text = "Bag number,Other label,Claimed date,Latitude,Longitude\n"
                + "1,A,2025-05-01,48.59,38.0\n"
                + ",B,2025-05-01,,\n"
                + "3,C,31.02.2025,,\n"
                + "1,D,2025-05-01,,\n"
                + "5,E,2099-01-01,,\n"
                + "6,F,,95,38\n"
                + "7,G,,48.5,\n"
                + "8,H,,,,extra\n";
        ManifestReader.Result result = ManifestReader.read(text.getBytes(StandardCharsets.UTF_8), Set.of("7"), TODAY);

        assertThat(result.errors()).extracting(RowProblem::toString).containsExactly(
                "row 4, Claimed date: '31.02.2025' is not a date (write 2025-06-16 or 16.06.2025)",
                "row 5, Bag number: bag number 1 is also on row 2",
                "row 6, Claimed date: 2099-01-01 is in the future",
                "row 7, Latitude: '95' is outside -90 to 90 degrees",
                "row 8, Longitude: give both latitude and longitude, or neither",
                "row 8, Bag number: bag 7 is already registered for this transfer");
        assertThat(result.warnings()).extracting(RowProblem::toString).containsExactly(
                "row 3, Bag number: no bag number: the bag gets a provisional number", "row 3, condition: bag flagged: unlabelled",
                "row 9, column F: a value in a column without a header, not read");
        assertThat(result.rows()).extracting(ManifestRow::bagNumber).containsExactly("1", null, "8");
        assertThat(result.rows().get(1).condition()).isEqualTo(BagCondition.UNLABELLED);
        assertThat(result.rows().get(0).claimedPlace().latitude()).isEqualByComparingTo(new BigDecimal("48.59"));
        assertThat(result.dataRows()).isEqualTo(8);
    }

    @Test
    void tolerates_unknown_columns_and_refuses_a_missing_bag_number_column() {
        ManifestReader.Result result = read("Label,Colour\nA,red\n");

        assertThat(result.errors()).extracting(RowProblem::toString).containsExactly(
                "row 1, bag number: the header row has no bag number column");
        assertThat(result.warnings()).extracting(RowProblem::toString).containsExactly(
                "row 1, Colour: unknown column, not read; the columns are bag number, other label, claimed place, claimed region, "
                        + "latitude, longitude, claimed date, notes, condition, stated name, service number and side");
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void what_a_row_states_of_whose_remains_these_are_is_read_and_a_value_that_cannot_be_is_a_warning() {
        ManifestReader.Result result = read("bag number,stated name,service number,side,Colour\n"
                + "1,Іванов Іван Іванович,RU-1234,Other side,red\n2,,,,\n3,Petrenko,,martian,\n4,,,own-side,\n");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(ManifestRow::stated).containsExactly(
                new NewStatedIdentity(StatementSource.MANIFEST, "Іванов Іван Іванович", "RU-1234", Nationality.OTHER_SIDE), null,
                new NewStatedIdentity(StatementSource.MANIFEST, "Petrenko", null, null),
                new NewStatedIdentity(StatementSource.MANIFEST, null, null, Nationality.OWN_SIDE));
        assertThat(result.warnings()).extracting(RowProblem::toString).contains(
                "row 4, side: 'martian' is not a side (own side, other side or undetermined): not recorded");
        assertThat(read("bag number,service number\n1," + "9".repeat(101) + "\n").warnings()).extracting(RowProblem::toString)
                .containsExactly("row 2, service number: longer than 100 characters: not recorded");
    }

    @Test
    void an_empty_file_and_a_binary_file_are_refused_as_a_whole() {
        assertThat(read("").errors()).extracting(RowProblem::row).containsExactly(0);
        ManifestReader.Result binary = ManifestReader.read(new byte[] {0, 1, 2, 3, 0, 5}, Set.of(), TODAY);
        assertThat(binary.errors()).extracting(RowProblem::message).containsExactly("this is neither a CSV file nor an XLSX workbook");
    }

    @Test
    void reads_the_first_sheet_of_an_xlsx_workbook_with_spreadsheet_dates() {
        byte[] workbook = Manifests.xlsx(List.of(
                List.of("Bag number", "Other label", "Claimed place", "Claimed date", "Notes"),
                List.of("1", "RU-77", "Zaporizhzhia region", "45793", ""),
                List.of("2", "RU-78", "", "16.05.2025", "burned"),
                List.of("3", "", "", "not a date", "")));
        ManifestReader.Result result = ManifestReader.read(workbook, Set.of(), TODAY);

        assertThat(result.format()).isEqualTo("XLSX");
        assertThat(result.rows()).hasSize(2);
        assertThat(result.rows().get(0).claimedDate()).isEqualTo(LocalDate.of(2025, 5, 16));
        assertThat(result.rows().get(0).bagNumber()).isEqualTo("1");
        assertThat(result.rows().get(1).notes()).isEqualTo("burned");
        assertThat(result.errors()).extracting(RowProblem::toString)
                .containsExactly("row 4, Claimed date: 'not a date' is not a date (write 2025-06-16 or 16.06.2025)");
    }

    @Test
    void a_zip_that_is_not_a_workbook_is_refused() {
        byte[] zip = {'P', 'K', 3, 4, 0, 0};
        ManifestReader.Result result = ManifestReader.read(zip, Set.of(), TODAY);
        assertThat(result.errors()).hasSize(1);
        assertThat(result.errors().get(0).row()).isZero();
    }
}
