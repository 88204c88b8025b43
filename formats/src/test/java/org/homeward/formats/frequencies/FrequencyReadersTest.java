package org.homeward.formats.frequencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.homeward.formats.FormatKind;
import org.homeward.formats.Formats;
import org.homeward.formats.common.FormatException;
import org.homeward.formats.common.ReadResult;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.common.TextFile;
import org.homeward.kinship.Marker;
import org.junit.jupiter.api.Test;

class FrequencyReadersTest {

    private static TextFile text(String s) {
        return TextFile.decode("freqs.csv", s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void bundledEuropeanDatabaseHas45MarkersSummingToOne() {
        FrequencyTable eu = FrequencyDatabases.europeanDefault();
        assertThat(eu.loci()).hasSize(45);
        assertThat(eu.loci()).allSatisfy(l -> assertThat(l.sum()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-6)));
        assertThat(eu.locus("Penta E")).isPresent();
        assertThat(eu.locus("vWA").orElseThrow().alleles()).containsKey("14");
        List<Marker> markers = eu.toMarkers();
        assertThat(markers).hasSize(45);
        assertThat(Formats.detect(TextFile.decode("eu", NorstrFrequencyWriter.toText(eu).getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(FormatKind.NORSTR_FREQUENCIES);
    }

    @Test
    void csvRoundTripGivesEqualTable() {
        FrequencyTable eu = FrequencyDatabases.europeanDefault();
        String csv = CsvFrequencyWriter.toText(eu);
        assertThat(Formats.detect(text(csv))).isEqualTo(FormatKind.CSV_FREQUENCIES);
        FrequencyTable back = CsvFrequencyReader.parse(text(csv), Strictness.STRICT).value();
        assertThat(back.loci()).isEqualTo(eu.loci());
        FrequencyTable norstr = NorstrFrequencyReader.parse(text(NorstrFrequencyWriter.toText(eu)), Strictness.STRICT).value();
        assertThat(norstr.loci()).isEqualTo(eu.loci());
    }

    @Test
    void csvNormalisesNamesAndWarnsAboutSums() {
        String csv = "\uFEFFMarker;Allele;Frequency\r\nVWA;14;0,5\r\nVWA;15;0,4\r\n\"THO1\";6;1\r\n";
        ReadResult<FrequencyTable> r = CsvFrequencyReader.parse(text(csv), Strictness.STRICT);
        assertThat(r.value().loci()).extracting(LocusFrequencies::marker).containsExactly("vWA", "TH01");
        assertThat(r.value().locus("vWA").orElseThrow().alleles()).isEqualTo(Map.of("14", 0.5, "15", 0.4));
        assertThat(r.warnings()).singleElement().hasToString("freqs.csv:2: vWA: warning: the allele frequencies of marker vWA sum to 0.9, not 1");
    }

    @Test
    void csvReportsEveryProblemAtOnceUnderStrictAndSkipsUnderLenient() {
        String csv = "marker,allele,frequency\nD3S1358,14,0.5\nD3S1358,15,zero\nFOO1,1,1\nTPOX,8,1\n";
        assertThatThrownBy(() -> CsvFrequencyReader.parse(text(csv), Strictness.STRICT))
                .isInstanceOf(FormatException.class)
                .hasMessage("2 problems:\n  freqs.csv:3: frequency: frequency 'zero' is not a number\n"
                        + "  freqs.csv:4: marker: unknown marker name 'FOO1'");
        ReadResult<FrequencyTable> lenient = CsvFrequencyReader.parse(text(csv), Strictness.LENIENT);
        assertThat(lenient.value().loci()).extracting(LocusFrequencies::marker).containsExactly("FOO1", "TPOX");
        assertThat(lenient.skipped()).hasSize(1);
    }

    @Test
    void windows1252IsDetectedWhenTheBytesAreNotUtf8() {
        byte[] bytes = "D3S1358\n14\t0.5\n15\t0.5\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] latin = new byte[bytes.length + 1];
        latin[0] = (byte) 0xB5; // 'µ' in Windows-1252, invalid as UTF-8
        System.arraycopy(bytes, 0, latin, 1, bytes.length);
        TextFile t = TextFile.decode("x", latin);
        assertThat(t.charset()).isEqualTo(TextFile.WINDOWS_1252);
        assertThat(t.lines().get(0)).isEqualTo("µD3S1358");
    }
}
