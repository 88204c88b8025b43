package org.homeward.formats;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared sample files ({@code ../shared/formats} beside the repository). They are test material
 * that must not be copied into the project; tests that need them are skipped when they are absent.
 */
public final class SampleFiles {

    private SampleFiles() { }

    /** The shared folder, found from the module or the repository root; skips the test when absent. */
    public static Path shared(String relative) {
        Path cwd = Path.of("").toAbsolutePath();
        for (Path dir = cwd; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
            Path inside = dir.resolve("../shared").normalize().resolve(relative);
            if (Files.exists(inside)) {
                return inside;
            }
        }
        assumeTrue(false, "sample file " + relative + " not found beside the repository (../shared/" + relative
                + "); skipped");
        throw new IllegalStateException("unreachable");
    }
}
