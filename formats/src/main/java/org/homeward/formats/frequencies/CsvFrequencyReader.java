package org.homeward.formats.frequencies;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.homeward.formats.common.ProblemLog;
import org.homeward.formats.common.ReadResult;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.common.Table;
import org.homeward.formats.common.TextFile;
import org.homeward.formats.markers.MarkerNames;

/**
 * Reads a frequency table with the header {@code marker,allele,frequency} (any order, any case) and
 * one row per allele. The separator is taken from the header: comma, semicolon (then a decimal comma
 * is accepted) or tab. Rows of a marker need not be adjacent; alleles keep the order of first sight.
 */
public final class CsvFrequencyReader {

    private CsvFrequencyReader() { }

    public static ReadResult<FrequencyTable> read(Path path, Strictness strictness) {
        return parse(TextFile.read(path), strictness);
    }

    public static ReadResult<FrequencyTable> parse(TextFile text, Strictness strictness) {
        return new ProblemLog(text.name(), strictness).run(log -> parse(text, log));
    }

    private static FrequencyTable parse(TextFile text, ProblemLog log) {
        Table table = Table.read(text, log);
        List<Table.Row> rows = table.rows();
        if (rows.isEmpty()) {
            log.fatal(0, "", "the file is empty; expected the header 'marker,allele,frequency'");
        }
        char sep = table.separator();
        int headerLine = rows.get(0).line();
        List<String> header = rows.get(0).filledCells();
        int markerCol = header.indexOf("marker");
        int alleleCol = -1;
        int freqCol = -1;
        for (int c = 0; c < header.size(); c++) {
            switch (header.get(c).toLowerCase(Locale.ROOT)) {
                case "marker", "locus" -> markerCol = c;
                case "allele" -> alleleCol = c;
                case "frequency", "freq" -> freqCol = c;
                default -> log.error(headerLine, header.get(c), "unexpected column; expected marker, allele and frequency");
            }
        }
        if (markerCol < 0 || alleleCol < 0 || freqCol < 0) {
            log.fatal(headerLine, "header", "expected the columns marker, allele and frequency, found '" + String.join(String.valueOf(sep), header) + "'");
        }
        Map<String, Map<String, Double>> loci = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        Set<String> unsound = new HashSet<>();
        int width = Math.max(markerCol, Math.max(alleleCol, freqCol)) + 1;
        for (Table.Row row : rows.subList(1, rows.size())) {
            int lineNo = row.line();
            List<String> cells = row.cells();
            if (row.filledCells().size() > header.size() || cells.size() < width) {
                log.error(lineNo, "", "expected " + header.size() + " cells, found " + row.filledCells().size());
                continue;
            }
            String rawMarker = cells.get(markerCol);
            String allele = cells.get(alleleCol);
            if (rawMarker.isEmpty() || allele.isEmpty()) {
                log.error(lineNo, rawMarker.isEmpty() ? "marker" : "allele", "the cell is empty");
                continue;
            }
            int errors = log.errorCount();
            String marker = MarkerNames.resolve(rawMarker, log, lineNo, "marker");
            String freqText = sep == ';' ? cells.get(freqCol).replace(',', '.') : cells.get(freqCol);
            double f = FrequencyChecks.frequency(freqText, log, lineNo, "frequency");
            firstLine.putIfAbsent(marker, lineNo);
            if (log.errorCount() > errors) {
                unsound.add(marker);
                continue;
            }
            if (loci.computeIfAbsent(marker, m -> new LinkedHashMap<>()).put(allele, f) != null) {
                log.error(lineNo, "allele", "allele " + allele + " of marker " + marker + " is listed twice");
                unsound.add(marker);
            }
        }
        List<LocusFrequencies> result = new ArrayList<>();
        loci.forEach((marker, alleles) -> {
            if (!unsound.contains(marker)) {
                FrequencyChecks.checkSum(marker, alleles, log, firstLine.get(marker));
                result.add(new LocusFrequencies(marker, alleles));
            }
        });
        if (result.isEmpty()) {
            log.fatal(0, "", "no marker frequencies found");
        }
        return new FrequencyTable(text.name().replaceFirst(".*[/\\\\]", ""), result);
    }
}
