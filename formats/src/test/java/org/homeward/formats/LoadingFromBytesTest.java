package org.homeward.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.homeward.formats.common.FormatException;
import org.homeward.formats.common.Problem;
import org.homeward.formats.common.ReadResult;
import org.homeward.formats.common.Strictness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An upload held in memory loads exactly as the same file on disk, and its problems name the given file name. */
class LoadingFromBytesTest {

    @TempDir
    Path folder;

    @Test
    void remains_from_bytes_and_from_a_path_are_the_same() throws IOException {
        for (String file : new String[] {"genemapper/GeneMapperExampleWithHeightsAndOL.txt", "codis/Codis-Single-Profile.xml",
                "familias/dvi-example.fam"}) {
            Path path = SampleFiles.shared("formats/" + file);
            var fromPath = Remains.load(path, Strictness.LENIENT);
            var fromBytes = Remains.load(path.toString(), Files.readAllBytes(path), Strictness.LENIENT);

            assertThat(fromBytes.value()).as(file).isEqualTo(fromPath.value()).isNotEmpty();
            assertThat(fromBytes.problems()).as(file).isEqualTo(fromPath.problems());
            assertThat(Formats.detect(path.toString(), Files.readAllBytes(path))).isEqualTo(Formats.detect(path));
        }
    }

    @Test
    void reference_families_from_bytes_and_from_a_path_are_the_same() throws IOException {
        Path table = Files.writeString(folder.resolve("families.csv"), """
                family,person,sex,father,mother,missing,D3S1358,vWA
                F1,F,male,,,no,14/16,17/18
                F1,M,female,,,no,15/15,16/19
                F1,MP,male,F,M,yes,,
                """);
        for (Path path : new Path[] {table, SampleFiles.shared("formats/familias/dvi-example.fam")}) {
            ReadResult<ReferenceFamilySet> fromPath = ReferenceFamilies.load(path, Strictness.LENIENT);
            ReadResult<ReferenceFamilySet> fromBytes = ReferenceFamilies.load(path.toString(), Files.readAllBytes(path), Strictness.LENIENT);

            assertThat(fromBytes.problems()).isEqualTo(fromPath.problems());
            assertThat(fromBytes.value().families()).isEqualTo(fromPath.value().families()).isNotEmpty();
            assertThat(fromBytes.value().markers()).extracting(m -> m.name())
                    .isEqualTo(fromPath.value().markers().stream().map(m -> m.name()).toList());
        }
    }

    @Test
    void problems_of_an_upload_name_the_given_file_name_line_and_field() {
        byte[] upload = "Sample Name\tD3S1358\tvWA\nS-1\t15, 16\t17, 18\n\"S-2\t15, 17\t16, 16\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Remains.load("calls from the lab.txt", upload))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.problems()).singleElement()
                        .extracting(Problem::file, Problem::line).containsExactly("calls from the lab.txt", 3));
    }
}
