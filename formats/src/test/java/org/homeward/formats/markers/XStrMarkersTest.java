package org.homeward.formats.markers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.homeward.formats.codis.CmfFile;
import org.homeward.formats.codis.CmfLocus;
import org.homeward.formats.codis.CmfReader;
import org.homeward.formats.codis.CmfSpecimen;
import org.homeward.formats.codis.CmfWriter;
import org.homeward.formats.common.FormatException;
import org.homeward.formats.common.Problem;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.common.TextFile;
import org.homeward.formats.familytable.FamilyTableReader;
import org.homeward.formats.frequencies.CsvFrequencyReader;
import org.homeward.formats.frequencies.FrequencyDatabases;
import org.homeward.formats.frequencies.FrequencyTable;
import org.homeward.formats.genemapper.GeneMapperExport;
import org.homeward.formats.genemapper.GeneMapperReader;
import org.homeward.kinship.AllelePair;
import org.junit.jupiter.api.Test;

/**
 * X-STRs of Argus X-12 in the lab-file readers: names as labs write them, known as X-linked; a man's
 * two alleles at an X marker refused at the file's line and field (GeneMapper wide and tall, CMF, family
 * table), left out with a warning under LENIENT; a woman's two alleles and a man's one are read.
 */
class XStrMarkersTest {

    static final List<String> ARGUS_X12 = List.of("DXS10103", "DXS8378", "DXS7132", "DXS10134", "DXS10074", "DXS10101",
            "DXS10135", "DXS7423", "DXS10146", "DXS10079", "HPRTB", "DXS10148");

    @Test
    void the_twelve_markers_and_their_spellings_are_known_and_x_linked_and_nothing_else_is() {
        assertThat(ARGUS_X12).allSatisfy(m -> assertThat(MarkerNames.canonical(m)).contains(m)).allMatch(MarkerNames::isXLinked);
        assertThat(MarkerNames.canonical("dxs8378")).contains("DXS8378");
        assertThat(MarkerNames.canonical("HPRT-B")).contains("HPRTB");
        assertThat(MarkerNames.canonical("HPRT")).contains("HPRTB");
        assertThat(MarkerNames.canonical("DXS 10135")).contains("DXS10135");
        assertThat(MarkerNames.isXLinked("vWA")).isFalse();
        assertThat(MarkerNames.isXLinked("AMEL")).isFalse();
        assertThat(MarkerNames.isXLinked("DYS19")).isFalse();
        assertThat(MarkerNames.isKnown("DXS9999")).isFalse();
    }

    @Test
    void genemapper_reads_x_calls_and_refuses_a_man_with_two_alleles_at_the_markers_line_and_field() {
        String wide = """
                Sample Name\tAMEL\tDXS8378\tHPRT-B\tvWA
                WOMAN\tX\t10,12\t13\t16,17
                MAN\tX,Y\t11\t12,14\t15
                """;
        assertThatThrownBy(() -> GeneMapperReader.parse(text("calls.txt", wide), Strictness.STRICT))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .containsExactly("calls.txt:3: HPRTB: sample MAN is a man but shows two alleles (12, 14) at the X-linked marker HPRTB:"
                                + " a man carries one X allele"));
        var lenient = GeneMapperReader.parse(text("calls.txt", wide), Strictness.LENIENT);
        GeneMapperExport export = lenient.value();
        assertThat(export.samples().get(0).toProfile().genotypes()).containsEntry("DXS8378", new AllelePair("10", "12"))
                .containsEntry("HPRTB", new AllelePair("13", "13"));
        assertThat(export.samples().get(1).toProfile().genotypes()).containsEntry("DXS8378", new AllelePair("11", "11"))
                .doesNotContainKey("HPRTB").containsKey("vWA");
        assertThat(lenient.warnings()).anyMatch(p -> p.line() == 3 && p.message().contains("marker HPRTB is left out"));

        String tall = """
                Sample Name\tMarker\tAllele 1\tAllele 2
                MAN\tAMEL\tX\tY
                MAN\tDXS10135\t20\t
                MAN\tDXS10101\t30\t31.2
                """;
        assertThatThrownBy(() -> GeneMapperReader.parse(text("tall.txt", tall), Strictness.STRICT))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .singleElement().asString().startsWith("tall.txt:4: DXS10101: sample MAN is a man but shows two alleles (30, 31.2)"));
    }

    @Test
    void cmf_refuses_a_man_with_two_alleles_at_an_x_locus_at_its_locus() {
        CmfFile f = new CmfFile("3.2", "Import", "ORI1", "LAB", "U1", "2024", "", "",
                List.of(new CmfSpecimen("S", "C", "false", "REF-1", "Relative of Missing Person", "",
                        List.of(new CmfLocus("AMEL", "", "", List.of("X", "Y")),
                                new CmfLocus("DXS7423", "", "", List.of("14", "15")),
                                new CmfLocus("DXS10146", "", "", List.of("27"))))), true);
        byte[] xml = CmfWriter.toXml(f).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CmfReader.parse("refs.xml", xml, Strictness.STRICT)).isInstanceOf(FormatException.class)
                .hasMessageContaining("/CODISImportFile/SPECIMEN[1]/LOCUS[2]")
                .hasMessageContaining("sample REF-1 is a man but shows two alleles (14, 15) at the X-linked marker DXS7423");
        var lenient = CmfReader.parse("refs.xml", xml, Strictness.LENIENT);
        assertThat(lenient.value().specimens().get(0).loci()).extracting(CmfLocus::name).containsExactly("AMEL", "DXS10146");
    }

    @Test
    void a_family_table_refuses_a_man_with_two_x_alleles_at_his_line_and_column() {
        String table = """
                family,person,sex,father,mother,missing,D3S1358,DXS8378
                F1,F,male,,,no,14/16,10/11
                F1,MP,female,F,,yes,,
                """;
        assertThatThrownBy(() -> FamilyTableReader.parse(text("families.csv", table), Strictness.STRICT))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .anyMatch(p -> p.startsWith("families.csv:2: DXS8378: sample F is a man but shows two alleles (10, 11)")));
    }

    @Test
    void the_bundled_simulated_x_database_reads_as_twelve_x_markers_summing_to_one() throws IOException {
        try (InputStream in = FrequencyDatabases.class.getResourceAsStream(FrequencyDatabases.SIMULATED_X_RESOURCE)) {
            FrequencyTable table = CsvFrequencyReader.parse(TextFile.decode("x.csv", in.readAllBytes()), Strictness.STRICT).value();
            assertThat(table.loci()).extracting(l -> l.marker()).containsExactlyInAnyOrderElementsOf(ARGUS_X12);
            assertThat(table.loci()).allSatisfy(l -> assertThat(l.sum()).isBetween(1 - 1e-9, 1 + 1e-9));
        }
        assertThat(FrequencyDatabases.SIMULATED_X_RESOURCE).contains("SIMULATED");
    }

    private static TextFile text(String name, String content) {
        return TextFile.decode(name, content.getBytes(StandardCharsets.UTF_8));
    }
}
