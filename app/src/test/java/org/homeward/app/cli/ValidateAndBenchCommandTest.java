package org.homeward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.homeward.app.HomewardApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code validate} and {@code bench screen} run without Spring, on files and simulations. */
class ValidateAndBenchCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        CommandLine commandLine = HomewardCommand.newCommandLine(HomewardApplication.class);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    /** Father 14/15 typed, missing son; remains 14/16 → LR 1/(4·0.1) = 2.5 (no mutation). */
    private static String trio(String expectedLr) {
        return """
                {"format": "kinship-case/1", "id": "trio", "description": "hand-checked",
                 "markers": [{"name": "M1", "alleles": {"14": 0.1, "15": 0.2, "16": 0.3, "17": 0.4}}],
                 "pedigree": [{"id": "F", "father": null, "mother": null, "sex": "male"},
                              {"id": "M", "father": null, "mother": null, "sex": "female"},
                              {"id": "MP", "father": "F", "mother": "M", "sex": "male"}],
                 "missing": "MP",
                 "references": {"F": {"M1": ["14", "15"]}},
                 "remains": [{"id": "R1", "genotype": {"M1": ["14", "16"]}},
                             {"id": "R2", "genotype": {"M1": ["16", "17"]}}],
                 "expected": {"R1": {"lr": %s, "log10lr": null}, "R2": {"lr": 0, "log10lr": null}},
                 "tolerance": {"relative": 1e-9}}
                """.formatted(expectedLr).replace("\"lr\": 2.5, \"log10lr\": null", "\"lr\": 2.5, \"log10lr\": 0.3979400086720376");
    }

    @Test
    void validatePassesAHandCheckedCaseAndSummarises() throws IOException {
        Files.writeString(dir.resolve("trio.json"), trio("2.5"));
        assertThat(run("validate", dir.toString())).isZero();
        assertThat(out.toString()).contains("trio", "R1", "PASS").endsWith("2 passed, 0 failed" + System.lineSeparator());
    }

    @Test
    void validateFailsOnADeviationAndOnAnInvalidCase() throws IOException {
        Files.writeString(dir.resolve("a-wrong.json"), trio("2.6"));
        Files.writeString(dir.resolve("b-broken.json"), "{\"format\": \"kinship-case/1\", \"id\": 7}");
        assertThat(run("validate", dir.toString())).isEqualTo(1);
        String report = out.toString();
        assertThat(report).contains("FAIL").contains("b-broken.json").contains("$.id: expected a non-empty string")
                .contains("$.markers: expected a non-empty array");
        assertThat(report).endsWith("1 passed, 2 failed" + System.lineSeparator());
    }

    /** The example of kinship-case/2's FORMAT.md: X marker, founder inbreeding, one unobserved allele, hypotheses. */
    private static String paternalHalfSisters(String extraPersonField) {
        return """
                {"format": "kinship-case/2", "id": "x-hypotheses", "description": "paternal half sisters vs unrelated",
                 "markers": [{"name": "DXS8378", "chromosome": "X",
                              "alleles": {"9": 0.02, "10": 0.34, "11": 0.38, "12": 0.22, "13": 0.04},
                              "mutation": {"model": "equal", "rateFemale": 0.002, "rateMale": 0.008}}],
                 "hypotheses": [
                   {"id": "PHS", "description": "paternal half sisters", "pedigree": [
                     {"id": "F", "father": null, "mother": null, "sex": "male"},
                     {"id": "MA", "father": null, "mother": null, "sex": "female",
                      "founderInbreeding": {"autosomal": 0.0625, "X": 0.125}%s},
                     {"id": "MB", "father": null, "mother": null, "sex": "female"},
                     {"id": "A", "father": "F", "mother": "MA", "sex": "female"},
                     {"id": "B", "father": "F", "mother": "MB", "sex": "female"}]},
                   {"id": "U", "description": "unrelated", "pedigree": [
                     {"id": "A", "father": null, "mother": null, "sex": "female"},
                     {"id": "B", "father": null, "mother": null, "sex": "female"}]}],
                 "reference": "U",
                 "references": {"A": {"DXS8378": ["10", "11"]}, "B": {"DXS8378": ["11", null]}},
                 "expected": {"PHS": {"lr": 1.11066159342948, "log10lr": 0.0455817542660362,
                                      "perMarker": {"DXS8378": 1.11066159342948}}},
                 "tolerance": {"relative": 1e-6}}
                """.formatted(extraPersonField);
    }

    @Test
    void validateRunsVersion2HypothesisCases() throws IOException {
        Files.writeString(dir.resolve("phs.json"), paternalHalfSisters(""));
        assertThat(run("validate", dir.toString())).isZero();
        assertThat(out.toString()).contains("x-hypotheses", "PHS", "PASS").endsWith("1 passed, 0 failed" + System.lineSeparator());
    }

    @Test
    void validateRefusesFieldsItDoesNotUnderstandNamingTheirPath() throws IOException {
        Files.writeString(dir.resolve("a-dropout.json"), paternalHalfSisters(", \"dropout\": 0.1"));
        Files.writeString(dir.resolve("b-theta-in-v1.json"), trio("2.5").replace("\"missing\": \"MP\",", "\"missing\": \"MP\", \"theta\": 0.01,"));
        assertThat(run("validate", dir.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("a-dropout.json", "$.hypotheses[0].pedigree[1].dropout: unknown field")
                .contains("b-theta-in-v1.json", "$.theta: unknown field")
                .endsWith("0 passed, 2 failed" + System.lineSeparator());
    }

    @Test
    void benchScreenReportsThroughputMemoryAndSanity() {
        assertThat(run("bench", "screen", "--families", "300", "--remains", "200", "--threads", "2", "--seed", "3")).isZero();
        assertThat(out.toString()).contains("pairs screened     60,000").contains("pairs per second").contains("ns per pair")
                .contains("bytes per family").contains("peak heap").containsPattern("sanity +\\d+ of 140 true pairs found");
        String sanity = out.toString().lines().filter(l -> l.startsWith("sanity")).findFirst().orElseThrow();

        out.getBuffer().setLength(0);
        assertThat(run("bench", "screen", "--families", "300", "--remains", "200", "--threads", "2", "--seed", "3", "--prune")).isZero();
        assertThat(out.toString()).contains("seed 3, exact pruning").contains(sanity);
    }

    @Test
    void benchScreenTimesRoundsAfterWarmUpAndTakesThetaAndDropout() {
        assertThat(run("bench", "screen", "--families", "40", "--remains", "50", "--threads", "1", "--rounds", "3",
                "--warmup-rounds", "2")).isZero();
        String plain = out.toString();
        assertThat(plain.lines().filter(l -> l.startsWith("warm-up ")).count()).isEqualTo(2);
        assertThat(plain.lines().filter(l -> l.startsWith("round ")).count()).isEqualTo(3);
        assertThat(plain).containsPattern("pairs per second   \\S+ \\(median of 3 rounds; best \\S+\\)")
                .containsPattern("screening time     \\S+ s \\(process CPU \\S+ s\\), median of 3 rounds after 2 warm-up");

        out.getBuffer().setLength(0);
        assertThat(run("bench", "screen", "--families", "40", "--remains", "50", "--threads", "1", "--dropout", "0.2",
                "--drop-in", "0.01")).isZero();
        assertThat(out.toString()).contains("seed 1, every remains with dropout 0.2 (homozygote 0.04").contains("drop-in 0.01)")
                .containsPattern("sanity +\\d+ of 35 true pairs found");
        String sanity = out.toString().lines().filter(l -> l.startsWith("sanity")).findFirst().orElseThrow();
        assertThat(plain).doesNotContain(sanity);

        out.getBuffer().setLength(0);
        // θ tables cost seconds per family at 21 markers: a tiny run on two markers
        assertThat(run("bench", "screen", "--families", "2", "--remains", "3", "--markers", "2", "--threads", "1",
                "--theta", "0.02")).isZero();
        assertThat(out.toString()).contains("seed 1, θ 0.02").containsPattern("sanity +\\d+ of 2 true pairs found");

        out.getBuffer().setLength(0);
        assertThat(run("bench", "screen", "--families", "2", "--remains", "2", "--dropout", "1.5")).isNotZero();
        assertThat(run("bench", "screen", "--families", "2", "--remains", "2", "--drop-in", "0.1")).isNotZero();
        assertThat(run("bench", "screen", "--families", "2", "--remains", "2", "--rounds", "0")).isNotZero();
        assertThat(err.toString()).contains("[0, 1)").contains("--drop-in needs --dropout").contains("--rounds must be at least 1");
    }
}
