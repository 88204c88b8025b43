package org.homeward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.homeward.app.HomewardApplication;
import org.homeward.formats.codis.CmfBuilder;
import org.homeward.formats.codis.CmfSpecimen;
import org.homeward.formats.codis.CmfWriter;
import org.homeward.formats.familias.DviCase;
import org.homeward.formats.familias.DviFileBuilder;
import org.homeward.formats.familias.FamiliasWriter;
import org.homeward.formats.frequencies.FrequencyDatabases;
import org.homeward.kinship.Marker;
import org.homeward.kinship.MutationModel;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;
import org.homeward.kinship.sim.ReferenceConfiguration;
import org.homeward.kinship.sim.SimulatedFamily;
import org.homeward.kinship.sim.Simulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * {@code homeward screen} on a simulated set written out as files: a Familias DVI file of reference
 * families and a CODIS CMF file of remains, some of them the families' missing persons. No Spring.
 */
class ScreenCommandTest {

    static final String HEADER = "remains,family,missing_person,lr,log10_lr,markers_compared,inconsistent_markers";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = HomewardCommand.newCommandLine(HomewardApplication.class);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    /**
     * The simulated set as files in {@code dir}: references.fam (families F01…) and remains.xml (remains
     * R001…, shuffled). Returns the true family of each remains (absent for unrelated remains).
     */
    static Map<String, String> writeCase(Path dir, int families, int unrelated, double degradation, long seed) {
        List<Marker> markers = FrequencyDatabases.europeanDefault()
                .toMarkers(MutationModel.stepwise(0.001, 0.1, 1e-6), MutationModel.stepwise(0.003, 0.1, 1e-6));
        Simulator sim = new Simulator(markers, seed);
        ReferenceConfiguration[] configurations = {ReferenceConfiguration.BOTH_PARENTS, ReferenceConfiguration.TWO_SIBLINGS,
                ReferenceConfiguration.CHILD_AND_OTHER_PARENT};
        List<DviCase.Family> refs = new ArrayList<>();
        List<DviCase.Victim> remains = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        for (int i = 0; i < families; i++) {
            SimulatedFamily f = sim.family(String.format("F%02d", i + 1), configurations[i % configurations.length]);
            refs.add(new DviCase.Family(f.id(), f.pedigree(), List.of(f.missingPerson()), f.references()));
            Sex sex = f.pedigree().sex(f.pedigree().indexOf(f.missingPerson()));
            remains.add(new DviCase.Victim(sim.degrade(f.truth(), "tmp", degradation), sex));
            truth.add(f.id());
        }
        for (int i = 0; i < unrelated; i++) {
            remains.add(new DviCase.Victim(sim.unrelated("tmp"), i % 2 == 0 ? Sex.MALE : Sex.FEMALE));
            truth.add(null);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < remains.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        Map<String, String> trueFamily = new HashMap<>();
        List<CmfSpecimen> specimens = new ArrayList<>();
        for (int k = 0; k < order.size(); k++) {
            String id = String.format("R%03d", k + 1);
            DviCase.Victim v = remains.get(order.get(k));
            specimens.add(CmfBuilder.specimen(new Profile(id, v.profile().genotypes()), v.sex(), CmfBuilder.UNIDENTIFIED_REMAINS));
            if (truth.get(order.get(k)) != null) {
                trueFamily.put(id, truth.get(order.get(k)));
            }
        }
        FamiliasWriter.write(DviFileBuilder.toDviFile(markers, List.of(), refs), dir.resolve("references.fam"));
        CmfWriter.write(CmfBuilder.importFile("HOMEWARD", "2024-05-01T12:00:00", specimens), dir.resolve("remains.xml"));
        return trueFamily;
    }

    record Row(String remains, String family, String missingPerson, double lr, double log10Lr, int compared, int inconsistent) {

        static Row parse(String line) {
            String[] c = line.split(",", -1);
            assertThat(c).hasSize(7);
            return new Row(c[0], c[1], c[2], Double.parseDouble(c[3]),
                    c[4].equals("-Inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(c[4]), Integer.parseInt(c[5]), Integer.parseInt(c[6]));
        }
    }

    @Test
    void screen_finds_the_true_pairs_of_a_simulated_set_written_as_files() throws IOException {
        Map<String, String> trueFamily = writeCase(dir, 40, 20, 0.2, 20240501L);
        Path csv = dir.resolve("matches.csv");

        int code = run("screen", "--references", dir.resolve("references.fam").toString(),
                "--remains", dir.resolve("remains.xml").toString(), "--threshold", "1000", "--out", csv.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("60 remains × 40 missing persons screened");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo(HEADER);
        List<Row> rows = lines.subList(1, lines.size()).stream().map(Row::parse).toList();
        assertThat(rows).allSatisfy(r -> assertThat(r.lr()).isGreaterThanOrEqualTo(1000));

        Map<String, Row> best = new HashMap<>();
        for (Row r : rows) {
            best.merge(r.remains(), r, (a, b) -> b.log10Lr() > a.log10Lr() ? b : a);
        }
        int rankedFirst = 0;
        List<Double> trueLog10 = new ArrayList<>();
        for (Map.Entry<String, String> t : trueFamily.entrySet()) {
            Row top = best.get(t.getKey());
            if (top != null && top.family().equals(t.getValue()) && top.missingPerson().equals("Missing MP (" + t.getValue() + ")")) {
                rankedFirst++;
                trueLog10.add(top.log10Lr());
            }
        }
        Collections.sort(trueLog10);
        List<Row> notTrue = rows.stream()
                .filter(r -> !r.family().equals(trueFamily.get(r.remains()))).toList();
        double bestUnrelated = rows.stream().filter(r -> !trueFamily.containsKey(r.remains()))
                .mapToDouble(Row::log10Lr).max().orElse(Double.NEGATIVE_INFINITY);
        System.out.printf("screen: %d of %d true remains ranked first (log10 LR min %.2f, median %.2f, max %.2f);"
                        + " %d rows at LR >= 1000, %d of them not a true pair; best unrelated log10 LR %.2f%n",
                rankedFirst, trueFamily.size(), trueLog10.isEmpty() ? Double.NaN : trueLog10.get(0),
                trueLog10.isEmpty() ? Double.NaN : trueLog10.get(trueLog10.size() / 2),
                trueLog10.isEmpty() ? Double.NaN : trueLog10.get(trueLog10.size() - 1), rows.size(), notTrue.size(), bestUnrelated);

        assertThat(trueFamily).hasSize(40);
        assertThat(rankedFirst).as("true remains ranked first with their own family").isGreaterThanOrEqualTo(36);
        assertThat(bestUnrelated).as("best log10 LR of an unrelated remains").isLessThan(6);
    }

    @Test
    void a_corrupt_references_file_fails_naming_the_file_and_writes_nothing() throws IOException {
        writeCase(dir, 3, 1, 0.2, 7L);
        Path references = dir.resolve("references.fam");
        String text = Files.readString(references, StandardCharsets.UTF_8);
        Files.writeString(references, text.substring(0, text.length() / 2), StandardCharsets.UTF_8);
        Path csv = dir.resolve("matches.csv");

        int code = run("screen", "--references", references.toString(), "--remains", dir.resolve("remains.xml").toString(),
                "--threshold", "1000", "--out", csv.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("homeward screen: ").contains(references.toString());
        assertThat(out.toString()).isEmpty();
        assertThat(csv).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("references.fam", "remains.xml");
        }
    }
}
