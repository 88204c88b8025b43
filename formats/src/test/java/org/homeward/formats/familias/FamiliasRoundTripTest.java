package org.homeward.formats.familias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.homeward.formats.FormatKind;
import org.homeward.formats.Formats;
import org.homeward.formats.common.FormatException;
import org.homeward.formats.common.ReadResult;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.common.TextFile;
import org.homeward.kinship.MutationModel;
import org.homeward.kinship.Sex;
import org.junit.jupiter.api.Test;

/** Files written by {@link FamiliasWriter} read back equal; own fixtures only. */
class FamiliasRoundTripTest {

    static FamDatabase database(int code, double rate2) {
        Map<String, Double> a = new LinkedHashMap<>();
        a.put("14", 0.25);
        a.put("15", 0.5);
        a.put("15.2", 0.25);
        return new FamDatabase("test db", 0, List.of(
                new FamLocus("D3S1358", new FamMutation(code, 0.001, 0.1, rate2), new FamMutation(code, 0.002, 0.1, rate2),
                        a, false, 0, 1000, 0, 0),
                new FamLocus("VWA", new FamMutation(0, 0, 0.1, 0), new FamMutation(1, 0.003, 0.1, 0),
                        Map.of("16", 1.0), false, 0, 500, 0, 0)));
    }

    static FamFile kinshipFile(int code, double rate2) {
        List<FamPerson> persons = List.of(
                new FamPerson("AF", true, List.of(new FamGenotype("D3S1358", "14", "15.2")), false),
                new FamPerson("CH", false, List.of(new FamGenotype("D3S1358", "15", "15.2"), new FamGenotype("VWA", "16", "16")), false));
        return new FamFile("3.3", persons, 0, 0, List.of(),
                List.of(new FamPedigree("H1", 1, 0, List.of(new FamRelation(0, 1, false), new FamRelation(2, 1, false))),
                        new FamPedigree("H2", 0, 0, List.of())),
                database(code, rate2), Optional.empty(), List.of("[Advanced]", "[[Other]]", "NumberOfDecimals= 10"));
    }

    static FamFile dviFile() {
        DviPerson v1 = new DviPerson("V1", Sex.MALE, List.of(new FamGenotype("D3S1358", "14", "15")));
        DviPerson r = new DviPerson("R", Sex.FEMALE, List.of(new FamGenotype("D3S1358", "14", "14")));
        DviPerson lonely = new DviPerson("Missing male 9", Sex.MALE, List.of());
        DviFamily f1 = new DviFamily("F1", List.of(r, lonely), List.of(new DviPedigree("Reference pedigree", List.of()),
                new DviPedigree("Alt", List.of(new DviPedigree.Relation("R", "Missing person")))));
        DviFamily f2 = new DviFamily("F2", List.of(r), List.of(new DviPedigree("P", List.of(
                new DviPedigree.Relation("Missing person", "R"), new DviPedigree.Relation("Wife", "R")))));
        return new FamFile("3.3 (DVI)", List.of(), 0, 0, List.of(), List.of(), database(0, 0),
                Optional.of(new FamDvi(List.of(v1), List.of(f1, f2), List.of("[[Notes]]", "nFamilies= 2"))), List.of("[Prior]", "UseList= Yes"));
    }

    private static ReadResult<FamFile> reread(FamFile f, Strictness s) {
        return FamiliasReader.parse(TextFile.decode("w.fam", FamiliasWriter.toText(f).getBytes(StandardCharsets.UTF_8)), s);
    }

    @Test
    void kinshipFileReadsBackEqual() {
        for (int code : new int[] {0, 1, 2, 4}) {
            FamFile f = kinshipFile(code, code == 4 ? 1e-6 : 0);
            assertThat(reread(f, Strictness.STRICT).value()).isEqualTo(f);
        }
        assertThat(Formats.detect(TextFile.decode("w", FamiliasWriter.toText(kinshipFile(0, 0)).getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(FormatKind.FAMILIAS);
    }

    @Test
    void dviFileReadsBackEqualAndConvertsByTheReadingRules() {
        FamFile f = dviFile();
        FamFile back = reread(f, Strictness.STRICT).value();
        assertThat(back).isEqualTo(f);
        DviCase c = FamiliasKinship.dviCase(back, "w.fam", Strictness.STRICT).value();
        assertThat(c.families()).hasSize(2);
        DviCase.Family f1 = c.families().get(0);
        assertThat(f1.missingPersons()).containsExactly("M1");
        assertThat(f1.pedigree().ids()).doesNotContain("Missing male 9").contains("R", "M1", "added_1");
        assertThat(f1.pedigree().sex(f1.pedigree().indexOf("M1"))).isEqualTo(Sex.FEMALE);
        DviCase.Family f2 = c.families().get(1);
        assertThat(f2.missingPersons()).containsExactly("M2");
        assertThat(f2.pedigree().sex(f2.pedigree().indexOf("M2"))).isEqualTo(Sex.FEMALE);
        assertThat(f2.pedigree().sex(f2.pedigree().indexOf("Wife"))).isEqualTo(Sex.MALE);
    }

    @Test
    void mutationCodesMapToKinshipModels() {
        var c2 = FamiliasKinship.kinshipCase(kinshipFile(2, 0), "w.fam", Strictness.STRICT).value();
        assertThat(c2.markers().get(0).maleMutation()).isEqualTo(MutationModel.stepwise(0.002, 0.1, 0));
        assertThat(c2.markers().get(1).femaleMutation()).isEqualTo(MutationModel.NONE);
        assertThat(c2.markers().get(1).maleMutation()).isEqualTo(MutationModel.proportional(0.003));
        assertThat(c2.markers().get(1).name()).isEqualTo("vWA");
        var c4 = FamiliasKinship.kinshipCase(kinshipFile(4, 1e-6), "w.fam", Strictness.STRICT).value();
        assertThat(c4.markers().get(0).femaleMutation()).isEqualTo(MutationModel.stepwise(0.001, 0.1, 1e-6));
        assertThat(c4.pedigrees().get("H1").ids()).contains("added_1");
    }

    @Test
    void stationaryStepwiseIsThePmTransformedStepwiseWithItsRate2() {
        var c3 = FamiliasKinship.kinshipCase(reread(kinshipFile(3, 1e-6), Strictness.STRICT).value(), "w.fam", Strictness.STRICT).value();
        assertThat(c3.markers().get(0).femaleMutation()).isEqualTo(MutationModel.stationaryStepwise(0.001, 0.1, 1e-6));
        assertThat(c3.markers().get(0).maleMutation()).isEqualTo(MutationModel.stationaryStepwise(0.002, 0.1, 1e-6));
        assertThat(c3.markers().get(0).stationarityDeviation()).isLessThan(1e-15);
    }

    @Test
    void aStationaryModelThatDoesNotExistIsRefusedAtItsLine() {
        // 15.2 is alone in its class and rate2 is 0: it can never be reached, so no stationary version exists.
        String text = FamiliasWriter.toText(kinshipFile(3, 0));
        int femaleCodeLine = text.lines().toList().indexOf("\"D3S1358\"") + 4;
        assertThatThrownBy(() -> reread(kinshipFile(3, 0), Strictness.STRICT))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("w.fam:" + femaleCodeLine + ": locus D3S1358 female model: the stationary (PM) version")
                .hasMessageContaining("w.fam:" + (femaleCodeLine + 1) + ": locus D3S1358 male model: the stationary (PM) version");
        assertThat(reread(kinshipFile(3, 0), Strictness.LENIENT).warnings()).hasSize(2);
    }

    @Test
    void twinsAndDropoutAreWarnings() {
        FamFile f = new FamFile("3.3", List.of(new FamPerson("A", true, List.of(), true), new FamPerson("B", true, List.of(), false)),
                0, 0, List.of(), List.of(new FamPedigree("twins", 0, 0, List.of(new FamRelation(0, 1, true)))),
                database(0, 0), Optional.empty(), List.of());
        ReadResult<FamFile> r = reread(f, Strictness.STRICT);
        assertThat(r.value()).isEqualTo(f);
        assertThat(r.warnings()).extracting(p -> p.message()).anyMatch(m -> m.contains("twins")).anyMatch(m -> m.contains("dropout"));
    }

    @Test
    void truncatedFileNamesLineAndField() {
        String text = FamiliasWriter.toText(kinshipFile(0, 0));
        String cut = text.substring(0, text.indexOf("\"Known relations\""));
        assertThatThrownBy(() -> FamiliasReader.parse(TextFile.decode("cut.fam", cut.getBytes(StandardCharsets.UTF_8)), Strictness.STRICT))
                .isInstanceOf(FormatException.class)
                .hasMessage("cut.fam:26: known relations: the file ends where known relations was expected");
    }
}
