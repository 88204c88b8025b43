package org.homeward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.homeward.app.HomewardApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code dvi} on the shared Familias DVI sample (skipped when the shared folder is absent). */
class DviCommandTest {

    /** {@code shared/formats/familias} beside the checkout or any folder above it. */
    private static final Path SHARED = locateShared();

    private static Path locateShared() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("formats/familias");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return Path.of("../../shared/formats/familias");
    }

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = HomewardCommand.newCommandLine(HomewardApplication.class);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void exclusionExampleGivesTheTwoUndisputedMatches() {
        Path file = SHARED.resolve("exclusionExample.fam");
        assumeTrue(Files.exists(file), "the shared sample files are not here (" + SHARED.toAbsolutePath() + "): skipped");
        assertThat(run("dvi", file.toString())).isZero();
        String report = out.toString();
        assertThat(report).contains("AM (per missing person)").contains("PM (per victim)");
        assertThat(report).containsPattern("\\| M6 \\| SK630-195094 \\| 6\\.93727e\\+09 \\|.*\\| Undisputed \\| Step 1 \\|");
        assertThat(report).containsPattern("\\| M13 \\| LT55-195074 \\| 7\\.72054e\\+13 \\|.*\\| Undisputed \\| Step 1 \\|");
    }

    @Test
    void aFileWithoutADviSectionIsRefusedWithAClearMessage(@TempDir Path dir) throws IOException {
        Path notFamilias = dir.resolve("x.fam");
        Files.writeString(notFamilias, "hello\n");
        assertThat(run("dvi", notFamilias.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("homeward dvi: ").contains("x.fam");
    }
}
