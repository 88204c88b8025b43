package org.homeward.formats.familias;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.homeward.formats.ReferenceFamilies;
import org.homeward.formats.ReferenceFamilySet;
import org.homeward.formats.Remains;
import org.homeward.formats.RemainsSample;
import org.homeward.formats.SampleFiles;
import org.homeward.formats.common.ReadResult;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.common.TextFile;
import org.homeward.kinship.Likelihoods;
import org.homeward.kinship.Marker;
import org.homeward.kinship.MutationModel;
import org.homeward.kinship.Sex;
import org.junit.jupiter.api.Test;

/** The real Familias files give the counts of EXPECTED.md's "Data as read" tables, and survive a write–read cycle. */
class FamiliasSampleFilesTest {

    private static final List<String> FILES = List.of("paternity.fam", "dvi-example.fam", "exclusionExample.fam", "Ch4-table-4-4.fam");

    @Test
    void exclusionExampleHas16Victims15FamiliesAnd15MissingPersons() {
        Path path = SampleFiles.shared("formats/familias/exclusionExample.fam");
        ReadResult<ReferenceFamilySet> refs = ReferenceFamilies.load(path);
        ReferenceFamilySet set = refs.value();
        assertThat(set.families()).hasSize(15);
        assertThat(set.markers()).extracting(Marker::name).containsExactly("D8S1179", "D21S11", "D7S820", "CSF1PO",
                "D3S1358", "TH01", "D13S317", "D16S539", "D2S1338", "D19S433", "vWA", "TPOX", "D18S51", "D5S818", "FGA");
        assertThat(set.markers()).allMatch(m -> m.femaleMutation().equals(MutationModel.equal(0.001))
                && m.maleMutation().equals(MutationModel.equal(0.001)));
        List<String> missing = set.families().stream().flatMap(f -> f.missingPersons().stream()).toList();
        assertThat(missing).containsExactly("M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "M9", "M10", "M11", "M12",
                "M13", "M14", "M15");
        assertThat(set.families()).extracting(DviCase.Family::name).startsWith("0108", "0130").endsWith("1373", "1120");
        long males = set.families().stream().filter(f -> f.pedigree().sex(f.pedigree().indexOf(f.missingPersons().get(0))) == Sex.MALE).count();
        assertThat(males).isEqualTo(13);
        assertThat(set.families().get(6).pedigree().sex(set.families().get(6).pedigree().indexOf("M7"))).isEqualTo(Sex.FEMALE);
        assertThat(set.families().stream().mapToInt(f -> f.references().size()).sum()).isEqualTo(47);
        assertThat(set.families()).allMatch(f -> f.pedigree().indexOf("Missing female 1") < 0);
        DviCase.Family m10 = set.families().get(9);
        assertThat(m10.pedigree().ids()).contains("added_1");

        List<RemainsSample> victims = Remains.load(path).value();
        assertThat(victims).hasSize(16).allMatch(v -> v.sex() == Sex.MALE && v.profile().genotypes().size() == 15);
    }

    @Test
    void ch4HasFourPersonsSevenPedigreesAnd21LociWithTheExpectedLikelihoods() {
        Path path = SampleFiles.shared("formats/familias/Ch4-table-4-4.fam");
        FamFile file = FamiliasReader.read(path).value();
        assertThat(file.isDvi()).isFalse();
        assertThat(file.version()).isEqualTo("3.2.9");
        assertThat(file.persons()).extracting(FamPerson::name).containsExactly("V1", "V2", "R", "EF");
        assertThat(file.database().name()).isEqualTo("Exercise_4_11_2");
        assertThat(file.database().loci()).hasSize(21);
        FamiliasCase c = FamiliasKinship.kinshipCase(file, path.toString(), Strictness.STRICT).value();
        assertThat(c.pedigrees()).containsOnlyKeys("H1", "H2", "H3", "H4", "H5", "H6", "H7");
        assertThat(c.markers()).extracting(Marker::name).contains("vWA", "SE33").doesNotContain("VWA");
        double[] expected = {-169.148, -188.55, -193.824, -200.104, -203.125};
        for (int h = 0; h < 5; h++) {
            double ll = Likelihoods.logLikelihood(c.pedigrees().get("H" + (h + 1)), c.markers(), c.profiles());
            assertThat(ll).as("H%d", h + 1).isCloseTo(expected[h], org.assertj.core.api.Assertions.within(0.001));
        }
        assertThat(Likelihoods.logLikelihood(c.pedigrees().get("H6"), c.markers(), c.profiles())).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void dviExampleHasOneLocusThreeVictimsAndOneFamily() {
        Path path = SampleFiles.shared("formats/familias/dvi-example.fam");
        FamFile file = FamiliasReader.read(path).value();
        assertThat(file.version()).isEqualTo("3.3 (DVI)");
        assertThat(file.database().name()).isEqualTo("Untitled database");
        assertThat(file.database().theta()).isZero();
        FamDvi dvi = file.dvi().orElseThrow();
        assertThat(dvi.unidentified()).hasSize(3);
        assertThat(dvi.families()).hasSize(1);
        assertThat(dvi.families().get(0).pedigrees()).extracting(DviPedigree::name)
                .containsExactly("Reference pedigree", "Template pedigree 2");
        assertThat(file.settings()).contains("[Prior]", "[Advanced]", "AllowedMismatches= 5");
    }

    @Test
    void everyRealFileReadsBackEqualAfterWriting() {
        for (String name : FILES) {
            Path path = SampleFiles.shared("formats/familias/" + name);
            FamFile file = FamiliasReader.read(path).value();
            String written = FamiliasWriter.toText(file);
            FamFile again = FamiliasReader.parse(TextFile.decode(name, written.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    Strictness.STRICT).value();
            assertThat(again).as(name).isEqualTo(file);
        }
    }

    @Test
    void unknownLocusNamesAreKeptWithAWarning() {
        Path path = SampleFiles.shared("formats/familias/dvi-example.fam");
        ReadResult<ReferenceFamilySet> r = ReferenceFamilies.load(path);
        assertThat(r.warnings()).extracting(p -> p.message())
                .contains("marker name 'L1' is not a known marker; it is kept as the file defines it");
    }
}
