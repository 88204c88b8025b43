package org.homeward.formats.codis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.homeward.formats.FormatKind;
import org.homeward.formats.Formats;
import org.homeward.formats.Remains;
import org.homeward.formats.RemainsSample;
import org.homeward.formats.SampleFiles;
import org.homeward.formats.common.FormatException;
import org.homeward.formats.common.Strictness;
import org.homeward.kinship.AllelePair;
import org.homeward.kinship.Sex;
import org.junit.jupiter.api.Test;

class CmfReaderTest {

    @Test
    void singleProfileReads() {
        Path path = SampleFiles.shared("formats/codis/Codis-Single-Profile.xml");
        assertThat(Formats.detect(path)).isEqualTo(FormatKind.CODIS_CMF);
        CmfFile f = CmfReader.read(path, Strictness.STRICT).value();
        assertThat(f.namespaced()).isTrue();
        assertThat(f.headerVersion()).isEqualTo("3.2");
        assertThat(f.specimens()).hasSize(1);
        CmfSpecimen s = f.specimens().get(0);
        assertThat(s.specimenId()).isEqualTo("ABCD1234NL#01");
        assertThat(s.caseId()).isEqualTo("2099.12.31.000");
        assertThat(s.loci()).hasSize(16);
        assertThat(s.toProfile().genotypes()).containsEntry("D16S539", new AllelePair("10", "11")).hasSize(15);
        List<RemainsSample> remains = Remains.load(path).value();
        assertThat(remains).hasSize(1);
    }

    @Test
    void mixtureWithByteOrderMarkReadsAndFlagsMixtureLoci() {
        Path path = SampleFiles.shared("formats/codis/Codis-Mix-Profile-With-BOM-Header.xml");
        // Its amelogenin reads Z, Z: refused when strict, the locus left out when lenient.
        assertThatThrownBy(() -> CmfReader.read(path, Strictness.STRICT)).isInstanceOf(FormatException.class)
                .hasMessageContaining("'Z' is not an amelogenin allele (X or Y)");
        var r = CmfReader.read(path, Strictness.LENIENT);
        CmfSpecimen s = r.value().specimens().get(0);
        assertThat(s.category()).isEqualTo("Forensic Mixture");
        assertThat(s.mixtureLoci()).isNotEmpty();
        assertThat(r.warnings()).anyMatch(p -> p.message().contains("(mixture)") && p.field().startsWith("/CODISImportFile/SPECIMEN[1]/LOCUS["));
        assertThat(r.value().sourceLab()).isEqualTo("DUMMYVALUE");
    }

    @Test
    void brokenFilesGiveClearErrors() {
        Path allele = SampleFiles.shared("formats/codis/errorhandling/broken-allele.xml");
        assertThatThrownBy(() -> CmfReader.read(allele, Strictness.STRICT)).isInstanceOf(FormatException.class)
                .hasMessage(allele + ":38: /CODISImportFile/SPECIMEN[1]/LOCUS[3]/ALLELE[1]/ALLELEVALUE: <ALLELE> has no <ALLELEVALUE>");
        Path locus = SampleFiles.shared("formats/codis/errorhandling/broken-locus.xml");
        assertThatThrownBy(() -> CmfReader.read(locus, Strictness.STRICT)).isInstanceOf(FormatException.class)
                .hasMessage(locus + ":45: /CODISImportFile/SPECIMEN[1]/LOCUS[4]/LOCUSNAME: <LOCUS> has no <LOCUSNAME>");
        Path none = SampleFiles.shared("formats/codis/errorhandling/no-profiles.xml");
        assertThatThrownBy(() -> CmfReader.read(none, Strictness.STRICT)).isInstanceOf(FormatException.class)
                .hasMessage(none + ":2: /CODISImportFile: the file holds no SPECIMEN");
        Path other = SampleFiles.shared("formats/codis/errorhandling/not-a-codis-file.xml");
        assertThatThrownBy(() -> CmfReader.read(other, Strictness.STRICT)).isInstanceOf(FormatException.class)
                .hasMessage(other + ":2: /rootnode: not a CODIS import file: the root element is <rootnode>, expected <CODISImportFile>");
        var lenient = CmfReader.read(locus, Strictness.LENIENT);
        assertThat(lenient.value().specimens().get(0).loci()).hasSize(15);
    }

    @Test
    void writtenFileReadsBackEqualWithAndWithoutNamespace() {
        CmfFile f = new CmfFile("3.2", "Import", "ORI1", "LAB & CO", "U1", "2024-01-02T03:04:05", "B7", "GlobalFiler",
                List.of(new CmfSpecimen("S", "C<1>", "true", "BODY-0001", "Forensic, Unknown", "bag 3 of 5",
                        List.of(new CmfLocus("D3S1358", "R1", "2024-01-01T00:00:00", List.of("15", "16")),
                                new CmfLocus("AMEL", "R1", "2024-01-01T00:00:00", List.of("X", "Y"))))), true);
        for (CmfFile variant : List.of(f, new CmfFile("3.2", "Import", "ORI1", "LAB", "U1", "2024", "", "", f.specimens(), false))) {
            byte[] xml = CmfWriter.toXml(variant).getBytes(StandardCharsets.UTF_8);
            assertThat(CmfReader.parse("x.xml", xml, Strictness.STRICT).value()).isEqualTo(variant);
        }
        assertThat(f.specimens().get(0).sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void offLadderAllelesAreRefusedWhenStrictAndTheirLocusLeftOutWhenLenient() {
        CmfFile f = new CmfFile("3.2", "Import", "ORI1", "LAB", "U1", "2024", "", "",
                List.of(new CmfSpecimen("S", "C", "false", "BODY-0001", "Forensic, Unknown", "",
                        List.of(new CmfLocus("D3S1358", "", "", List.of("15", "OL")),
                                new CmfLocus("vWA", "", "", List.of("16", "17.3")),
                                new CmfLocus("AMEL", "", "", List.of("X", "Y"))))), true);
        byte[] xml = CmfWriter.toXml(f).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CmfReader.parse("ol.xml", xml, Strictness.STRICT)).isInstanceOf(FormatException.class)
                .hasMessageContaining("/CODISImportFile/SPECIMEN[1]/LOCUS[1]/ALLELE[2]/ALLELEVALUE")
                .hasMessageContaining("'OL' is not an allele of D3S1358");
        var lenient = CmfReader.parse("ol.xml", xml, Strictness.LENIENT);
        assertThat(lenient.value().specimens().get(0).loci()).extracting(CmfLocus::name).containsExactly("vWA", "AMEL");
        assertThat(lenient.warnings()).anyMatch(p -> p.message().contains("locus D3S1358 is left out"));
    }

    @Test
    void externalEntitiesAreRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<CODISImportFile><HEADERVERSION>&x;</HEADERVERSION></CODISImportFile>";
        assertThatThrownBy(() -> CmfReader.parse("x.xml", xxe.getBytes(StandardCharsets.UTF_8), Strictness.STRICT))
                .isInstanceOf(FormatException.class).hasMessageNotContaining("root:");
    }
}
