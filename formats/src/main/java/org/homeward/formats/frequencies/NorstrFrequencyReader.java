package org.homeward.formats.frequencies;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.formats.common.ProblemLog;
import org.homeward.formats.common.ReadResult;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.common.Table;
import org.homeward.formats.common.TextFile;
import org.homeward.formats.markers.MarkerNames;

/**
 * Reads the norSTR frequency list, which is also Familias' standalone frequency file: a marker name
 * on its own line, one {@code allele<TAB>frequency} line per allele, a blank line between markers.
 * Marker names are made canonical.
 */
public final class NorstrFrequencyReader {

    private NorstrFrequencyReader() { }

    public static ReadResult<FrequencyTable> read(Path path, Strictness strictness) {
        return parse(TextFile.read(path), strictness);
    }

    public static ReadResult<FrequencyTable> parse(TextFile text, Strictness strictness) {
        return new ProblemLog(text.name(), strictness).run(log -> parse(text, log));
    }

    private static FrequencyTable parse(TextFile text, ProblemLog log) {
        List<LocusFrequencies> loci = new ArrayList<>();
        List<String> lines = text.lines();
        String marker = null;
        int markerLine = 0;
        boolean markerSound = true;
        Map<String, Double> alleles = new LinkedHashMap<>();
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            int lineNo = i + 1;
            if (line.isBlank()) {
                if (marker != null) {
                    finishLocus(marker, markerLine, markerSound, alleles, loci, log);
                }
                marker = null;
                continue;
            }
            List<String> cells = Table.row(line, lineNo, '\t', log).filledCells();
            if (marker == null) {
                if (cells.size() != 1) {
                    log.fatal(lineNo, "marker", "expected a marker name on its own line, found '" + line.strip() + "'");
                }
                int errorsBefore = log.errorCount();
                marker = MarkerNames.resolve(cells.get(0), log, lineNo, "marker");
                markerSound = log.errorCount() == errorsBefore;
                markerLine = lineNo;
                alleles = new LinkedHashMap<>();
                String name = marker;
                if (loci.stream().anyMatch(l -> l.marker().equals(name))) {
                    log.error(lineNo, "marker", "marker " + name + " is listed twice");
                    markerSound = false;
                }
                continue;
            }
            if (cells.size() != 2) {
                log.error(lineNo, marker, "expected 'allele<TAB>frequency', found '" + line.strip() + "'");
                markerSound = false;
                continue;
            }
            double f = FrequencyChecks.frequency(cells.get(1), log, lineNo, marker + " allele " + cells.get(0));
            if (Double.isNaN(f)) {
                markerSound = false;
            } else if (alleles.put(cells.get(0), f) != null) {
                log.error(lineNo, marker, "allele " + cells.get(0) + " is listed twice");
                markerSound = false;
            }
        }
        if (loci.isEmpty()) {
            log.fatal(0, "", "no marker frequencies found");
        }
        return new FrequencyTable(text.name().replaceFirst(".*[/\\\\]", ""), loci);
    }

    private static void finishLocus(String marker, int line, boolean sound, Map<String, Double> alleles,
                                    List<LocusFrequencies> loci, ProblemLog log) {
        if (alleles.isEmpty()) {
            log.error(line, marker, "marker " + marker + " has no alleles");
            return;
        }
        if (!sound) {
            return;
        }
        FrequencyChecks.checkSum(marker, alleles, log, line);
        loci.add(new LocusFrequencies(marker, alleles));
    }
}
