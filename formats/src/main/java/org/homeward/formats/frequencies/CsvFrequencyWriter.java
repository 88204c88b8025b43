package org.homeward.formats.frequencies;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a frequency table as {@code marker,allele,frequency} rows, UTF-8, with the shortest exact decimals. */
public final class CsvFrequencyWriter {

    private CsvFrequencyWriter() { }

    public static String toText(FrequencyTable table) {
        StringBuilder s = new StringBuilder("marker,allele,frequency\n");
        for (LocusFrequencies locus : table.loci()) {
            locus.alleles().forEach((allele, f) ->
                    s.append(cell(locus.marker())).append(',').append(cell(allele)).append(',').append(f).append('\n'));
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

    private static String cell(String text) {
        return text.contains(",") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
