package org.homeward.formats.frequencies;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a frequency table in the norSTR / Familias standalone list layout. */
public final class NorstrFrequencyWriter {

    private NorstrFrequencyWriter() { }

    public static String toText(FrequencyTable table) {
        StringBuilder s = new StringBuilder();
        for (LocusFrequencies locus : table.loci()) {
            s.append(locus.marker()).append('\n');
            locus.alleles().forEach((allele, f) -> s.append(allele).append('\t').append(f).append('\n'));
            s.append('\n');
        }
        return s.toString();
    }

    public static void write(FrequencyTable table, Path path) {
        try {
            Files.writeString(path, toText(table), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
