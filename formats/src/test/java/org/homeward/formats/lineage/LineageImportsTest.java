package org.homeward.formats.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.homeward.formats.common.FormatException;
import org.homeward.formats.common.ReadResult;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.common.TextFile;
import org.homeward.kinship.lineage.MtHaplotype;
import org.homeward.kinship.lineage.MtRegion;
import org.homeward.kinship.lineage.YHaplotype;
import org.homeward.kinship.lineage.YLocus;
import org.homeward.kinship.lineage.YPanel;
import org.junit.jupiter.api.Test;

/** Y-STR and mtDNA profiles from GeneMapper and CODIS CMF exports; the project's own small fixtures. */
class LineageImportsTest {

    static final YPanel PANEL = new YPanel("Yfiler Plus (test)", List.of(new YLocus("DYS576", 1, 0.014), new YLocus("DYS389I", 1, 0.003),
            new YLocus("DYS385", 2, 0.002), new YLocus("DYS19", 1, 0.002), new YLocus("DYF387S1", 2, 0.006)), 0.05);
    static final MtRegion HVS = MtRegion.parse("HVS-I+HVS-II");

    static String fixture(String name) {
        try (InputStream in = LineageImportsTest.class.getResourceAsStream("/lineage/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TextFile text(String name, String content) {
        return TextFile.decode(name, content.getBytes(StandardCharsets.UTF_8));
    }

    static ReadResult<Map<String, YHaplotype>> geneMapper(String content, Strictness s) {
        return LineageImports.yStrGeneMapper(text("y.txt", content), PANEL, s);
    }

    static ReadResult<Map<String, YHaplotype>> cmfY(String content, Strictness s) {
        return LineageImports.yStrCmf("y.xml", content.getBytes(StandardCharsets.UTF_8), PANEL, s);
    }

    @Test
    void wideGeneMapperExportGivesHaplotypesWithUnorderedMultiCopyLoci() {
        Map<String, YHaplotype> h = geneMapper(fixture("yfiler-wide.txt"), Strictness.STRICT).value();
        assertThat(h).containsOnlyKeys("YREF-1", "YREF-2", "YREF-3");
        assertThat(h.get("YREF-1").key()).isEqualTo("DYF387S1=35,37;DYS19=14;DYS385=11,14;DYS389I=13;DYS576=18");
        // DYS385 written 14,11 is the same pair as 11,14; a single DYF387S1 allele stands for both copies.
        assertThat(h.get("YREF-2").alleles().get("DYS385")).isEqualTo(h.get("YREF-1").alleles().get("DYS385"));
        assertThat(h.get("YREF-2").key()).contains("DYF387S1=36,36");
        // Empty cells are loci not typed.
        assertThat(h.get("YREF-3").key()).isEqualTo("DYS385=13,13;DYS576=19");
    }

    @Test
    void tallGeneMapperExportReadsTheSameWayAndDropsControls() {
        Map<String, YHaplotype> h = geneMapper(fixture("yfiler-tall.txt"), Strictness.STRICT).value();
        assertThat(h).containsOnlyKeys("YREF-1", "YREF-2");
        assertThat(h.get("YREF-1").key()).isEqualTo("DYS19=14;DYS385=11,14;DYS576=18");
        assertThat(h.get("YREF-2").key()).isEqualTo("DYS385=11,14");
    }

    @Test
    void badCallsAreNamedByLineAndFieldAndNothingIsImportedUnderStrict() {
        String broken = fixture("yfiler-wide.txt").replace("\t18\t13\t11,14\t", "\tOL\t13\t11,14,15\t")
                .replace("DYF387S1", "DYS999");
        assertThatThrownBy(() -> geneMapper(broken, Strictness.STRICT))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("y.txt:1: DYS999: unknown column: neither a GeneMapper column nor a known Y-STR locus of panel Yfiler Plus (test)")
                .hasMessageContaining("y.txt:2: DYS576: sample YREF-1: 'OL' is not a Y-STR allele")
                .hasMessageContaining("y.txt:2: DYS385: sample YREF-1: DYS385 has 2 copies but 3 alleles were called (a mixture or a duplication)");
        ReadResult<Map<String, YHaplotype>> lenient = geneMapper(broken, Strictness.LENIENT);
        assertThat(lenient.value().get("YREF-1").key()).isEqualTo("DYS19=14;DYS389I=13");
        assertThat(lenient.warnings()).extracting(p -> p.field()).contains("DYS999", "DYS576", "DYS385");
    }

    @Test
    void aSampleWithNothingTypedIsRefused() {
        String empty = fixture("yfiler-wide.txt").replace("A04.fsa\tYREF-3\tYfilerPlus\t19\t\t13\t", "A04.fsa\tYREF-3\tYfilerPlus\t\t\t\t");
        assertThatThrownBy(() -> geneMapper(empty, Strictness.STRICT)).isInstanceOf(FormatException.class)
                .hasMessageContaining("y.txt:5: Sample Name: sample YREF-3 has no typed Y-STR locus of panel Yfiler Plus (test)");
        assertThat(geneMapper(empty, Strictness.LENIENT).value()).containsOnlyKeys("YREF-1", "YREF-2");
    }

    @Test
    void cmfYStrSpecimensReadAgainstThePanel() {
        Map<String, YHaplotype> h = cmfY(fixture("cmf-ystr.xml"), Strictness.STRICT).value();
        assertThat(h).containsOnlyKeys("Y-REF-01", "Y-REF-02");
        assertThat(h.get("Y-REF-01").key()).isEqualTo("DYS385=11,14;DYS576=18");
        assertThat(h.get("Y-REF-02").key()).isEqualTo("DYS19=15");
        String unknown = fixture("cmf-ystr.xml").replace("<LOCUSNAME>DYS576</LOCUSNAME>", "<LOCUSNAME>D3S1358</LOCUSNAME>");
        assertThatThrownBy(() -> cmfY(unknown, Strictness.STRICT)).isInstanceOf(FormatException.class)
                .hasMessageContaining("y.xml:13: /CODISImportFile/SPECIMEN[1]/LOCUS[1]/LOCUSNAME[1]: unknown Y-STR locus of panel Yfiler Plus (test) 'D3S1358'");
    }

    @Test
    void cmfMtDnaVariantsAreAlignedOverTheDeclaredRegion() {
        Map<String, MtHaplotype> h = LineageImports.mtDnaCmf("mt.xml", fixture("cmf-mtdna.xml").getBytes(StandardCharsets.UTF_8), HVS,
                Strictness.STRICT).value();
        assertThat(h).containsOnlyKeys("MT-REF-01");
        // 303.1C is written at the 3' end of the C tract: 309.1C.
        assertThat(h.get("MT-REF-01").notation()).isEqualTo("73G 263G 309.1C 16093C");
    }

    @Test
    void malformedMtDnaNotationIsRefusedAtItsLocus() {
        String broken = fixture("cmf-mtdna.xml").replace("<ALLELEVALUE>73G</ALLELEVALUE>", "<ALLELEVALUE>73Q</ALLELEVALUE>")
                .replace("<ALLELEVALUE>263G</ALLELEVALUE>", "<ALLELEVALUE>1000A</ALLELEVALUE>");
        assertThatThrownBy(() -> LineageImports.mtDnaCmf("mt.xml", broken.getBytes(StandardCharsets.UTF_8), HVS, Strictness.STRICT))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("mt.xml:12: /CODISImportFile/SPECIMEN[1]/LOCUS[1]: specimen MT-REF-01: '73Q' is not an mtDNA variant");
        String outside = fixture("cmf-mtdna.xml").replace("<ALLELEVALUE>263G</ALLELEVALUE>", "<ALLELEVALUE>1000A</ALLELEVALUE>");
        assertThatThrownBy(() -> LineageImports.mtDnaCmf("mt.xml", outside.getBytes(StandardCharsets.UTF_8), HVS, Strictness.STRICT))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("mtDNA variant 1000A lies outside the declared region");
        var lenient = LineageImports.mtDnaCmf("mt.xml", outside.getBytes(StandardCharsets.UTF_8), HVS, Strictness.LENIENT);
        assertThat(lenient.value()).isEmpty();
        assertThat(lenient.problems()).anyMatch(p -> p.message().contains("has no mtDNA locus"));
    }

    @Test
    void profilesAreReadByContentWhateverTheFormat() {
        byte[] wide = fixture("yfiler-wide.txt").getBytes(StandardCharsets.UTF_8);
        byte[] cmf = fixture("cmf-ystr.xml").getBytes(StandardCharsets.UTF_8);
        byte[] table = "sample,DYS576,DYS385\nYREF-9,17,12/13\n".getBytes(StandardCharsets.UTF_8);
        assertThat(LineageImports.yStrProfiles("a", wide, PANEL, Strictness.STRICT).value()).containsKey("YREF-1");
        assertThat(LineageImports.yStrProfiles("b", cmf, PANEL, Strictness.STRICT).value()).containsKey("Y-REF-01");
        assertThat(LineageImports.yStrProfiles("c", table, PANEL, Strictness.STRICT).value().get("YREF-9").key()).isEqualTo("DYS385=12,13;DYS576=17");
        byte[] mtTable = "sample,region,variants\nMT-9,HVS-I,16093C\n".getBytes(StandardCharsets.UTF_8);
        assertThat(LineageImports.mtDnaProfiles("d", mtTable, HVS, Strictness.STRICT).value()).containsKey("MT-9");
        assertThat(LineageImports.mtDnaProfiles("e", fixture("cmf-mtdna.xml").getBytes(StandardCharsets.UTF_8), HVS, Strictness.STRICT).value())
                .containsKey("MT-REF-01");
        assertThatThrownBy(() -> LineageImports.yStrProfiles("f.csv", "marker,allele,frequency\nD3S1358,14,0.1\n".getBytes(StandardCharsets.UTF_8),
                PANEL, Strictness.STRICT)).isInstanceOf(FormatException.class).hasMessageContaining("expected a GeneMapper Y-STR export");
    }
}
