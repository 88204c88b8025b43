package org.homeward.app.genetics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.homeward.app.jobs.JobProgress;
import org.homeward.app.registry.ReferenceSamples;
import org.homeward.app.remains.RemainsLab;
import org.homeward.formats.codis.CmfFile;
import org.homeward.formats.codis.CmfLocus;
import org.homeward.formats.codis.CmfSpecimen;
import org.homeward.formats.codis.CmfWriter;
import org.homeward.formats.common.Strictness;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** The registry's reference samples and the remains register's samples come in through one lab-file door. */
@SpringBootTest
@WithMockUser(username = "analyst", authorities = {"PROFILES_WRITE", "PROFILES_READ"})
class LabFileDoorTest {

    @Autowired
    ReferenceSamples samples;

    @Autowired
    RemainsLab lab;

    private List<RowProblem> refusedByRegistry(String content) {
        return catchThrowableOfType(ImportRejectedException.class,
                () -> samples.importResults("C:\\lab\\calls.txt", content.getBytes(StandardCharsets.UTF_8), Strictness.STRICT, JobProgress.NONE)).rows();
    }

    private List<RowProblem> refusedByRemains(String content) {
        return catchThrowableOfType(ImportRejectedException.class,
                () -> lab.importResults("C:\\lab\\calls.txt", content.getBytes(StandardCharsets.UTF_8), Strictness.STRICT, JobProgress.NONE)).rows();
    }

    @Test
    void an_unknown_sample_is_refused_by_both_with_the_same_row_problem_shape() {
        String unknown = "Sample Name\tD3S1358\tvWA\nNOBODY-7\t15, 16\t17, 18\n";

        RowProblem byRegistry = refusedByRegistry(unknown).get(0);
        RowProblem byRemains = refusedByRemains(unknown).get(0);

        assertThat(List.of(byRegistry, byRemains)).allSatisfy(problem -> {
            assertThat(problem.row()).isZero();
            assertThat(problem.column()).isEqualTo("sample NOBODY-7");
            assertThat(problem.path()).isEqualTo("file.sample NOBODY-7");
        });
        assertThat(byRegistry.message()).contains("registry");
        assertThat(byRemains.message()).contains("register");
    }

    @Test
    void an_unsound_file_is_refused_alike_by_both_naming_line_and_field_without_a_temporary_path() {
        String unsound = "Sample Name\tD3S1358\tvWA\nNOBODY-7\t15, 16\t17, 18\n\"NOBODY-8\t15\t16\n";

        List<RowProblem> byRegistry = refusedByRegistry(unsound);

        assertThat(refusedByRemains(unsound)).isEqualTo(byRegistry);
        assertThat(byRegistry).extracting(RowProblem::path).containsExactly("file[line 3]");
        assertThat(byRegistry).extracting(RowProblem::message).noneMatch(message -> message.contains("tmp") || message.contains("homeward-lab"));

        String unknownColumn = "Sample Name\tD3S1358\tNOT-A-MARKER\nNOBODY-7\t15, 16\t17, 18\n";
        assertThat(refusedByRemains(unknownColumn)).isEqualTo(refusedByRegistry(unknownColumn))
                .extracting(RowProblem::path).containsExactly("file[line 1].NOT-A-MARKER");
    }

    @Test
    void a_file_without_samples_is_refused_by_both() {
        String empty = "Sample Name\tD3S1358\tvWA\n";

        assertThat(refusedByRemains(empty)).isEqualTo(refusedByRegistry(empty))
                .containsExactly(new RowProblem(0, "", "the file holds no sample"));
    }

    /** A door that knows every sample code, so that only the file's own content is judged. */
    private static final LabFile.Samples<String> EVERY_CODE = new LabFile.Samples<>() {
        @Override
        public Map<String, String> known(Collection<String> codes) {
            return codes.stream().collect(Collectors.toMap(code -> code, code -> code));
        }

        @Override
        public String unknown() {
            return "unknown";
        }
    };

    @Test
    void an_off_ladder_allele_is_refused_when_strict_and_its_marker_left_out_with_a_warning_when_lenient() {
        CmfFile cmf = new CmfFile("3.2", "Import", "ORI1", "LAB", "U1", "2024", "", "",
                List.of(new CmfSpecimen("S", "C", "false", "OL-1", "Forensic, Unknown", "",
                        List.of(new CmfLocus("D3S1358", "", "", List.of("15", "OL")), new CmfLocus("vWA", "", "", List.of("16", "17"))))),
                true);
        byte[] cmfBytes = CmfWriter.toXml(cmf).getBytes(StandardCharsets.UTF_8);
        assertThat(catchThrowableOfType(ImportRejectedException.class, () -> LabFile.read("ol.xml", cmfBytes, Strictness.STRICT, EVERY_CODE))
                .rows()).extracting(RowProblem::message).anyMatch(m -> m.contains("'OL' is not an allele of D3S1358"));

        byte[] calls = "Sample Name\tD3S1358\tvWA\nOL-2\t15, 10.25\t17, 18\n".getBytes(StandardCharsets.UTF_8);
        assertThat(catchThrowableOfType(ImportRejectedException.class, () -> LabFile.read("calls.txt", calls, Strictness.STRICT, EVERY_CODE))
                .rows()).containsExactly(new RowProblem(0, "sample OL-2, marker D3S1358",
                        "'10.25' is not an allele of D3S1358 (a repeat number with at most one decimal digit, such as 9.3; off-ladder calls are not accepted)"));
        LabFile<String> lenient = LabFile.read("calls.txt", calls, Strictness.LENIENT, EVERY_CODE);
        assertThat(LabFile.markers(lenient.accepted().get(0).sample())).extracting(MarkerAlleles::marker).containsExactly("vWA");
        assertThat(lenient.warnings()).anyMatch(w -> w.contains("sample OL-2, marker D3S1358") && w.endsWith("the marker is left out"));
    }
}
