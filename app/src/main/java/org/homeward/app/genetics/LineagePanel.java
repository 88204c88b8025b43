package org.homeward.app.genetics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.homeward.formats.lineage.YStrFiles;
import org.homeward.kinship.lineage.YPanel;

/**
 * The Y-STR panel the application reads lab files and computes Y lineage LRs with: the illustrative
 * 16-locus panel bundled with {@code formats} (round mutation rates, not a laboratory's validated
 * rates; its name says so and every candidate and report names it).
 */
public final class LineagePanel {

    private static final String RESOURCE = "/org/homeward/formats/lineage/illustrative-y-panel.csv";

    /** The panel, read once. */
    public static final YPanel Y = read();

    private LineagePanel() { }

    private static YPanel read() {
        try (InputStream in = YStrFiles.class.getResourceAsStream(RESOURCE)) {
            return YStrFiles.readPanel("illustrative-y-panel.csv", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
