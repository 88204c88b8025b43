package org.homeward.formats.lineage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.homeward.formats.common.FormatException;
import org.homeward.formats.common.Problem;
import org.homeward.kinship.lineage.HaplotypeCount;
import org.homeward.kinship.lineage.MtHaplotype;
import org.homeward.kinship.lineage.MtHaplotypeDatabase;
import org.homeward.kinship.lineage.MtLineageEvidence;
import org.homeward.kinship.lineage.YHaplotype;
import org.homeward.kinship.lineage.YHaplotypeDatabase;
import org.homeward.kinship.lineage.YLineage;
import org.homeward.kinship.lineage.YLineageLr;
import org.homeward.kinship.lineage.YPanel;
import org.junit.jupiter.api.Test;

class LineageFilesTest {

    private static final YPanel PANEL = YStrFiles.readPanel("illustrative-y-panel.csv", shipped("illustrative-y-panel.csv"));

    @Test
    void readsTheShippedPanelAndSimulatedDatabases() {
        assertThat(PANEL.loci()).hasSize(16);
        assertThat(PANEL.locus("DYS385").orElseThrow().copies()).isEqualTo(2);
        assertThat(PANEL.twoStepShare()).isEqualTo(0.05);
        YHaplotypeDatabase y = YStrFiles.readDatabase("simulated-ystr-database-v1.csv", shipped("simulated-ystr-database-v1.csv"), PANEL);
        assertThat(y.simulated()).isTrue();
        assertThat(y.version()).isEqualTo("1");
        assertThat(y.name()).startsWith("SIMULATED");
        assertThat(y.size()).isEqualTo(500);
        MtHaplotypeDatabase mt = MtDnaFiles.readDatabase("simulated-mtdna-database-v1.csv", shipped("simulated-mtdna-database-v1.csv"));
        assertThat(mt.simulated()).isTrue();
        assertThat(mt.size()).isEqualTo(500);
        assertThat(mt.region().toString()).isEqualTo("16024-16365;73-340");
    }

    @Test
    void aProfileFromTheDatabaseCountsItsCarriersAndGivesTheLr() {
        YHaplotypeDatabase db = YStrFiles.readDatabase("db.csv", shipped("simulated-ystr-database-v1.csv"), PANEL);
        YHaplotypeDatabase.Entry commonest = db.entries().stream().max(java.util.Comparator.comparingInt(YHaplotypeDatabase.Entry::count)).orElseThrow();
        String row = commonest.haplotype().alleles().values().stream()
                .map(a -> String.join("/", a.stream().map(Object::toString).toList())).reduce((x, y2) -> x + "," + y2).orElseThrow();
        Map<String, YHaplotype> profiles = YStrFiles.readProfiles("profiles.csv",
                ("sample," + String.join(",", db.loci()) + "\nR1," + row + "\nB1," + row + "\n").getBytes(UTF_8), PANEL);
        YLineageLr lr = new YLineage(PANEL).lr(profiles.get("R1"), profiles.get("B1"), 2, db);
        assertThat(lr.count()).isEqualTo(new HaplotypeCount(commonest.count(), 500));
        assertThat(lr.lr()).isEqualTo(lr.transition() * 501 / (commonest.count() + 1));
    }

    @Test
    void readsProfilesWithUntypedLociAndOneAlleleForBothCopies() {
        Map<String, YHaplotype> profiles = YStrFiles.readProfiles("p.csv",
                "sample;DYS19;DYS385;DYS439\nbone 7;14;13;\nbrother;14;11/14;12.2\n".getBytes(UTF_8), PANEL);
        assertThat(profiles.get("bone 7").key()).isEqualTo("DYS19=14;DYS385=13,13");
        assertThat(profiles.get("brother").key()).isEqualTo("DYS19=14;DYS385=11,14;DYS439=12.2");
        Map<String, MtHaplotype> mt = MtDnaFiles.readProfiles("m.csv",
                "sample,region,variants\nbone 7,HVS-I+HVS-II,16093Y 73G 263G 303.1C\n".getBytes(UTF_8));
        assertThat(mt.get("bone 7").notation()).isEqualTo("73G 263G 309.1C 16093Y");
    }

    @Test
    void refusesUnknownLociAndMalformedAllelesNamingLineAndField() {
        FormatException e = refused(() -> YStrFiles.readProfiles("p.csv",
                "sample,DYS19,DYS999,DYS385\nA,14,3,11/12\nB,x14,3,11/12/13\n".getBytes(UTF_8), PANEL));
        assertThat(e.problems()).extracting(Problem::line, Problem::field).contains(
                org.assertj.core.groups.Tuple.tuple(1, "DYS999"), org.assertj.core.groups.Tuple.tuple(3, "DYS19"),
                org.assertj.core.groups.Tuple.tuple(3, "DYS385"));
        assertThat(e.getMessage()).contains("p.csv").contains("unknown Y-STR locus DYS999").contains("'x14' is not a Y-STR allele")
                .contains("DYS385 has 2 copies but 3 alleles");
    }

    @Test
    void refusesMalformedMtDnaNotation() {
        FormatException e = refused(() -> MtDnaFiles.readProfiles("m.csv",
                "sample,region,variants\nA,HVS-I,16093C\nB,HVS-I,16093X 16129A\nC,HVS-5,73G\n".getBytes(UTF_8)));
        assertThat(e.problems()).extracting(Problem::line, Problem::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "variants"), org.assertj.core.groups.Tuple.tuple(4, "region"));
        assertThat(e.getMessage()).contains("'16093X' is not an mtDNA variant").contains("'HVS-5' is not an mtDNA region");
    }

    @Test
    void refusesDuplicateAndMalformedDatabaseHaplotypesWhole() {
        String y = "## database: test\n## version: 2\n## simulated: yes\nhaplotype,count,DYS19,DYS385\n"
                + "H1,3,14,11/14\nH2,1,14,14/11\nH3,0,15,11/14\nH4,1,,11/14\n";
        FormatException e = refused(() -> YStrFiles.readDatabase("y.csv", y.getBytes(UTF_8), PANEL));
        assertThat(e.problems()).extracting(Problem::line).containsExactly(6, 7, 8);
        assertThat(e.getMessage()).contains("repeats the haplotype on line 5").contains("'0' is not a count")
                .contains("every database haplotype must be typed at DYS19");
        String mt = "## database: test\n## version: 2\n## simulated: no\n## region: HVS-II\nhaplotype,count,variants\n"
                + "M1,2,73G 309.1C\nM2,1,73G 303.1C\n";
        assertThat(refused(() -> MtDnaFiles.readDatabase("mt.csv", mt.getBytes(UTF_8))).getMessage())
                .contains("mt.csv:7:").contains("repeats the haplotype on line 6 (73G 309.1C once aligned)");
        assertThat(refused(() -> MtDnaFiles.readDatabase("mt.csv", "haplotype,count,variants\nM1,2,73G\n".getBytes(UTF_8))).getMessage())
                .contains("needs a line '## version: …'").contains("needs a line '## region: …'");
    }

    @Test
    void mtEvidenceFromTheSimulatedDatabase() {
        MtHaplotypeDatabase db = MtDnaFiles.readDatabase("mt.csv", shipped("simulated-mtdna-database-v1.csv"));
        MtHaplotype remains = db.entries().get(0).haplotype();
        MtLineageEvidence.Statistic s = MtLineageEvidence.of(remains, remains, db).statistic().orElseThrow();
        assertThat(s.count().matches()).isGreaterThanOrEqualTo(db.entries().get(0).count());
        assertThat(s.conservativeLr()).isLessThan(s.lr());
    }

    private static FormatException refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable reading) {
        return (FormatException) org.assertj.core.api.Assertions.catchThrowable(reading);
    }

    static byte[] shipped(String name) {
        try (InputStream in = YStrFiles.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
