package org.homeward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.app.HomewardApplication;
import org.homeward.formats.codis.CmfBuilder;
import org.homeward.formats.codis.CmfWriter;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.common.TextFile;
import org.homeward.formats.frequencies.CsvFrequencyReader;
import org.homeward.formats.frequencies.FrequencyDatabases;
import org.homeward.formats.frequencies.FrequencyTable;
import org.homeward.formats.frequencies.LocusFrequencies;
import org.homeward.kinship.AllelePair;
import org.homeward.kinship.Marker;
import org.homeward.kinship.MutationModel;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;
import org.homeward.kinship.sim.Simulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * {@code homeward screen} with X-STRs: a family table whose father is typed at the autosomal kit and four X-STRs (one
 * per linkage group, written 20/20 for his one allele), his missing daughter's remains typed at both, and remains typed
 * only at the X-STRs; frequencies for both in one file. The X LR of the candidate and of the X-only remains are within
 * 0.01 (in log10) of the hand formula Π 1/(2 p_a) (up to the father's mutation rate).
 */
class ScreenXCommandTest {

    static final Map<String, String> FATHER_X = Map.of("DXS10135", "20", "DXS10074", "16", "DXS10101", "30", "DXS10146", "27");
    static final Map<String, String> MOTHERS_X = Map.of("DXS10135", "22", "DXS10074", "17", "DXS10101", "31.2", "DXS10146", "28");
    static final List<String> X_ORDER = List.of("DXS10135", "DXS10074", "DXS10101", "DXS10146");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void the_x_lr_is_reported_with_the_candidates_and_x_only_remains_are_screened() throws IOException {
        FrequencyTable x = xTable();
        List<Marker> markers = FrequencyDatabases.europeanDefault()
                .toMarkers(MutationModel.stepwise(0.001, 0.1, 1e-6), MutationModel.stepwise(0.003, 0.1, 1e-6));
        Simulator sim = new Simulator(markers, 20261204L);
        Profile father = sim.unrelated("F");
        Profile mother = sim.unrelated("M");
        List<String> autosomal = markers.stream().map(Marker::name).filter(father.genotypes()::containsKey).toList();

        StringBuilder table = new StringBuilder("family,person,sex,father,mother,missing");
        autosomal.forEach(m -> table.append(',').append(m));
        X_ORDER.forEach(m -> table.append(',').append(m));
        table.append("\nFX,F,male,,,no");
        autosomal.forEach(m -> table.append(',').append(father.genotype(m).first()).append('/').append(father.genotype(m).second()));
        X_ORDER.forEach(m -> table.append(',').append(FATHER_X.get(m)).append('/').append(FATHER_X.get(m)));
        table.append("\nFX,M,female,,,no").append(",".repeat(autosomal.size() + X_ORDER.size()));
        table.append("\nFX,D,female,F,M,yes").append(",".repeat(autosomal.size() + X_ORDER.size())).append('\n');
        Files.writeString(dir.resolve("families.csv"), table, StandardCharsets.UTF_8);

        Map<String, AllelePair> daughter = new LinkedHashMap<>();
        autosomal.forEach(m -> daughter.put(m, new AllelePair(father.genotype(m).first(), mother.genotype(m).second())));
        Map<String, AllelePair> daughterX = new LinkedHashMap<>();
        X_ORDER.forEach(m -> daughterX.put(m, new AllelePair(FATHER_X.get(m), MOTHERS_X.get(m))));
        daughter.putAll(daughterX);
        CmfWriter.write(CmfBuilder.importFile("HOMEWARD", "2026-12-04T12:00:00", List.of(
                CmfBuilder.specimen(new Profile("R1", daughter), Sex.FEMALE, CmfBuilder.UNIDENTIFIED_REMAINS),
                CmfBuilder.specimen(new Profile("R2", daughterX), Sex.FEMALE, CmfBuilder.UNIDENTIFIED_REMAINS))), dir.resolve("remains.xml"));

        StringBuilder frequencies = new StringBuilder("marker,allele,frequency\n");
        for (LocusFrequencies l : concat(FrequencyDatabases.europeanDefault().loci(), x.loci())) {
            l.alleles().forEach((a, f) -> frequencies.append(l.marker()).append(',').append(a).append(',').append(f).append('\n'));
        }
        Files.writeString(dir.resolve("frequencies.csv"), frequencies, StandardCharsets.UTF_8);

        CommandLine commandLine = HomewardCommand.newCommandLine(HomewardApplication.class);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute("screen", "--references", dir.resolve("families.csv").toString(), "--remains",
                dir.resolve("remains.xml").toString(), "--frequencies", dir.resolve("frequencies.csv").toString());

        assertThat(code).as(err.toString()).isZero();
        String[] lines = out.toString().split("\n");
        assertThat(lines[0]).isEqualTo(ScreenCommandTest.HEADER + ",x_log10_lr,x_markers");
        double hand = 0;
        for (String m : X_ORDER) {
            hand -= Math.log10(2 * x.locus(m).orElseThrow().alleles().get(FATHER_X.get(m)));
        }
        String[] r1 = row(lines, "R1");
        assertThat(Integer.parseInt(r1[5])).as("autosomal markers compared").isGreaterThan(10);
        assertThat(Double.parseDouble(r1[7])).isCloseTo(hand, within(0.01));
        assertThat(r1[8]).isEqualTo("LG1:DXS10135 LG2:DXS10074 LG3:DXS10101 LG4:DXS10146");
        String[] r2 = row(lines, "R2");
        assertThat(r2[5]).as("no autosomal marker").isEqualTo("0");
        assertThat(Double.parseDouble(r2[4])).isEqualTo(Double.parseDouble(r2[7]));
        assertThat(Double.parseDouble(r2[7])).isCloseTo(hand, within(0.01));
        assertThat(err.toString()).contains("X-STRs: 2 candidates with an X LR; 1 rows of remains typed only at X-STRs");
    }

    private static String[] row(String[] lines, String remains) {
        for (String line : lines) {
            if (line.startsWith(remains + ",FX,")) {
                return line.split(",", -1);
            }
        }
        throw new AssertionError("no row for " + remains + " in " + String.join("\n", lines));
    }

    private static List<LocusFrequencies> concat(List<LocusFrequencies> a, List<LocusFrequencies> b) {
        List<LocusFrequencies> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static FrequencyTable xTable() throws IOException {
        try (InputStream in = FrequencyDatabases.class.getResourceAsStream(FrequencyDatabases.SIMULATED_X_RESOURCE)) {
            return CsvFrequencyReader.parse(TextFile.decode("x.csv", in.readAllBytes()), Strictness.STRICT).value();
        }
    }
}
