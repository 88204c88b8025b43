package org.homeward.formats.familytable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.homeward.formats.FormatKind;
import org.homeward.formats.Formats;
import org.homeward.formats.ReferenceFamilies;
import org.homeward.formats.ReferenceFamilySet;
import org.homeward.formats.common.FormatException;
import org.homeward.formats.common.Problem;
import org.homeward.formats.common.ReadResult;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.common.TextFile;
import org.homeward.formats.familias.DviCase;
import org.homeward.kinship.AllelePair;
import org.homeward.kinship.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class FamilyTableReaderTest {

    /** Two families; public for the fuzz test. */
    public static final String TABLE = """
            family,person,sex,father,mother,missing,D3S1358,VWA,TH01
            F1,F,male,,,no,14/16,17/18,
            F1,M,female,,,no,15,16/19,6/9.3
            F1,MP,male,F,M,yes,,,
            F2,S,female,P1,P2,,12/14,,8/9
            F2,P1,male,,,,,,
            F2,P2,female,,,,,,
            F2,MP2,male,P1,P2,yes,,,
            """;

    static TextFile text(String content) {
        return TextFile.decode("families.csv", content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsFamiliesPedigreesMissingPersonsAndGenotypes() {
        ReadResult<List<DviCase.Family>> r = FamilyTableReader.parse(text(TABLE), Strictness.STRICT);
        assertThat(r.problems()).isEmpty();
        List<DviCase.Family> families = r.value();
        assertThat(families).extracting(DviCase.Family::name).containsExactly("F1", "F2");
        DviCase.Family f1 = families.get(0);
        assertThat(f1.missingPersons()).containsExactly("MP");
        assertThat(f1.references()).containsOnlyKeys("F", "M");
        assertThat(f1.references().get("M").genotype("D3S1358")).isEqualTo(new AllelePair("15", "15"));
        assertThat(f1.references().get("M").genotype("vWA")).isEqualTo(new AllelePair("16", "19"));
        assertThat(f1.references().get("M").genotype("TH01")).isEqualTo(new AllelePair("6", "9.3"));
        assertThat(f1.pedigree().id(f1.pedigree().father(f1.pedigree().indexOf("MP")))).isEqualTo("F");
        DviCase.Family f2 = families.get(1);
        assertThat(f2.pedigree().sex(f2.pedigree().indexOf("S"))).isEqualTo(Sex.FEMALE);
        assertThat(f2.missingPersons()).containsExactly("MP2");
    }

    @Test
    void isRecognisedByContentAndLoadedWithTheDefaultDatabase(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("anything.txt");
        Files.writeString(file, TABLE.replace(',', '\t'));
        assertThat(Formats.detect(file)).isEqualTo(FormatKind.FAMILY_TABLE);
        ReadResult<ReferenceFamilySet> set = ReferenceFamilies.load(file);
        assertThat(set.value().families()).hasSize(2);
        assertThat(set.value().markers()).extracting(m -> m.name()).contains("D3S1358", "vWA", "TH01");
        assertThat(set.warnings()).extracting(Problem::message).anyMatch(m -> m.contains("bundled European database"));
    }

    @Test
    void reportsEveryProblemWithLineAndFieldAndReturnsNothing() {
        String bad = """
                family,person,sex,father,mother,missing,D3S1358,Foo
                F1,F,male,,,no,14-16,
                F1,MP,alien,F,M,yes,,
                F1,C,male,F,X,maybe,14/15,
                """;
        assertThatThrownBy(() -> FamilyTableReader.parse(text(bad), Strictness.STRICT))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .anyMatch(p -> p.startsWith("families.csv:1: Foo: "))
                        .anyMatch(p -> p.startsWith("families.csv:2: D3S1358: '14-16' is not a genotype"))
                        .anyMatch(p -> p.startsWith("families.csv:3: sex: unknown sex 'alien'"))
                        .anyMatch(p -> p.startsWith("families.csv:4: missing: 'maybe' is neither yes nor no")));
    }

    @Test
    void pedigreeErrorsNameTheFamily() {
        String bad = """
                family,person,sex,father,mother,missing,D3S1358
                F9,R,female,,,no,14/16
                F9,MP,male,R,Q,yes,
                """;
        assertThatThrownBy(() -> FamilyTableReader.parse(text(bad), Strictness.STRICT))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .anyMatch(p -> p.contains("family F9") && p.contains("person 'MP' has mother 'Q', who is not in the pedigree"))
                        .anyMatch(p -> p.contains("person 'R' is father of 'MP' but has sex female")));
    }
}
