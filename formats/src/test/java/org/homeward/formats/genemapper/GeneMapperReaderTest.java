package org.homeward.formats.genemapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.homeward.formats.FormatKind;
import org.homeward.formats.Formats;
import org.homeward.formats.SampleFiles;
import org.homeward.formats.common.FormatException;
import org.homeward.formats.common.ReadResult;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.common.TextFile;
import org.homeward.kinship.AllelePair;
import org.homeward.kinship.Sex;
import org.junit.jupiter.api.Test;

class GeneMapperReaderTest {

    private static ReadResult<GeneMapperExport> parse(String text, Strictness s) {
        return GeneMapperReader.parse(TextFile.decode("calls.txt", text.getBytes(StandardCharsets.UTF_8)), s);
    }

    @Test
    void wideExampleHasFourMixedMaleSamples() {
        Path path = SampleFiles.shared("formats/genemapper/GeneMapperExample.txt");
        assertThat(Formats.detect(path)).isEqualTo(FormatKind.GENEMAPPER_WIDE);
        ReadResult<GeneMapperExport> r = GeneMapperReader.read(path, Strictness.STRICT);
        GeneMapperExport e = r.value();
        assertThat(e.layout()).isEqualTo(GeneMapperLayout.WIDE);
        assertThat(e.samples()).hasSize(4).allMatch(s -> s.sex() == Sex.MALE);
        GeneMapperSample first = e.samples().get(0);
        assertThat(first.calls()).containsKeys("D10S1248", "vWA", "AMEL").hasSize(16);
        assertThat(first.calls().get("D16S539")).containsExactly("10", "11", "12");
        assertThat(first.flags()).contains(new CallFlag("D16S539", CallFlag.Kind.MIXTURE, "3 alleles: 10, 11, 12"));
        assertThat(first.toProfile().genotypes()).doesNotContainKeys("D16S539", "AMEL")
                .containsEntry("D10S1248", new AllelePair("11", "12")).containsEntry("D2S1338", new AllelePair("10", "10"));
        assertThat(r.warnings()).anyMatch(p -> p.line() == 2 && p.field().equals("D16S539"));
    }

    @Test
    void heightsAndOffLadderCallsAreRead() {
        GeneMapperExport heights = GeneMapperReader.read(SampleFiles.shared("formats/genemapper/GeneMapperExampleWithHeights.txt"), Strictness.STRICT).value();
        assertThat(heights.samples()).hasSize(4);
        assertThat(heights.samples().get(0).sex()).isEqualTo(Sex.FEMALE);
        assertThat(heights.samples().get(0).calls().get("vWA")).containsExactly("10");
        GeneMapperExport ol = GeneMapperReader.read(SampleFiles.shared("formats/genemapper/GeneMapperExampleWithHeightsAndOL.txt"), Strictness.STRICT).value();
        GeneMapperSample s = ol.samples().get(0);
        assertThat(s.flags()).extracting(CallFlag::marker, CallFlag::kind)
                .contains(org.assertj.core.groups.Tuple.tuple("vWA", CallFlag.Kind.OFF_LADDER),
                        org.assertj.core.groups.Tuple.tuple("D16S539", CallFlag.Kind.OFF_LADDER),
                        org.assertj.core.groups.Tuple.tuple("D10S1248", CallFlag.Kind.MIXTURE));
        assertThat(s.toProfile().genotypes()).doesNotContainKeys("vWA", "D16S539");
        GeneMapperExport cases = GeneMapperReader.read(SampleFiles.shared("formats/genemapper/GeneMapperExampleDifferentCaseNumbers.txt"), Strictness.STRICT).value();
        assertThat(cases.samples()).extracting(GeneMapperSample::sampleName).doesNotHaveDuplicates().hasSize(4);
    }

    @Test
    void brokenHeaderNamesLineAndField() {
        Path path = SampleFiles.shared("formats/genemapper/GeneMapperExampleBrokenHeader.txt");
        assertThatThrownBy(() -> GeneMapperReader.read(path, Strictness.STRICT))
                .isInstanceOf(FormatException.class)
                .hasMessage(path + ":1: Smaple File: unknown column: neither a GeneMapper column nor a known marker name");
        ReadResult<GeneMapperExport> lenient = GeneMapperReader.read(path, Strictness.LENIENT);
        assertThat(lenient.value().samples()).hasSize(4);
        assertThat(lenient.warnings()).anyMatch(p -> p.field().equals("Smaple File"));
    }

    @Test
    void tallLayoutWithControlsHomozygotesAndExcelQuirks() {
        String text = "Sample File\tSample Name\tPanel\tMarker\tDye\tAllele 1\tAllele 2\tAllele 3\tSize 1\tHeight 1\t\r\n"
                + "a.fsa\tS1\tPP16\tD3S1358\tB\t15\t\t\t120\t800\t\r\n"
                + "a.fsa\tS1\tPP16\tTHO1\tB\t6\t9.3\t\t\t\t\r\n"
                + "a.fsa\tS1\tPP16\tAmelogenin\tB\tX\t\t\t\t\t\r\n"
                + "b.fsa\t\"Allelic Ladder\"\tPP16\tD3S1358\tB\t12\t13\t14\t\t\t\r\n"
                + "c.fsa\tPC_1\tPP16\tD3S1358\tB\t12\t13\t\t\t\t\r\n"
                + "d.fsa\tS2\tPP16\tPENTA_E\tB\t7\t12\t14\t\t\t\r\n";
        assertThat(Formats.detect(TextFile.decode("t", text.getBytes(StandardCharsets.UTF_8)))).isEqualTo(FormatKind.GENEMAPPER_TALL);
        GeneMapperExport e = parse(text, Strictness.STRICT).value();
        assertThat(e.layout()).isEqualTo(GeneMapperLayout.TALL);
        assertThat(e.droppedControls()).containsExactly("Allelic Ladder", "PC_1");
        assertThat(e.samples()).extracting(GeneMapperSample::sampleName).containsExactly("S1", "S2");
        GeneMapperSample s1 = e.samples().get(0);
        assertThat(s1.sex()).isEqualTo(Sex.FEMALE);
        assertThat(s1.toProfile().genotypes()).containsEntry("D3S1358", new AllelePair("15", "15"))
                .containsEntry("TH01", new AllelePair("6", "9.3")).hasSize(2);
        assertThat(e.samples().get(1).flags()).extracting(CallFlag::marker).containsExactly("Penta E");
    }

    @Test
    void sampleTypeColumnDecidesControls() {
        String text = "Sample Name\tSample Type\tD3S1358\n"
                + "NC-like name\tSample\t15, 16\n"
                + "X1\tNegative Control\t\n"
                + "X2\tAllelic Ladder\t12, 13, 14\n";
        GeneMapperExport e = parse(text, Strictness.STRICT).value();
        assertThat(e.samples()).extracting(GeneMapperSample::sampleName).containsExactly("NC-like name");
        assertThat(e.droppedControls()).containsExactly("X1", "X2");
    }

    @Test
    void unknownTallMarkerIsAnErrorNamingLineAndField() {
        String text = "Sample Name\tMarker\tAllele 1\tAllele 2\nS1\tD99S999\t1\t2\nS1\tD3S1358\t1\nS1\tD3S1358\t2\t3\n";
        assertThatThrownBy(() -> parse(text, Strictness.STRICT)).isInstanceOf(FormatException.class)
                .hasMessage("2 problems:\n  calls.txt:2: Marker: unknown marker name 'D99S999'\n"
                        + "  calls.txt:4: Marker: sample S1 has two rows for marker D3S1358");
    }
}
