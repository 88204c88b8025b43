package org.homeward.formats.genemapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.homeward.formats.common.ProblemLog;
import org.homeward.formats.common.ReadResult;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.common.Table;
import org.homeward.formats.common.TextFile;
import org.homeward.formats.markers.LocusNaming;
import org.homeward.formats.markers.MarkerNames;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Sex;

/**
 * Reads GeneMapper ID-X allele-call exports (tab-separated), detecting the wide or tall layout from
 * the header. Ladders and positive/negative controls are dropped (by the Sample Type column when
 * present, else by their names). Off-ladder calls and mixtures (more than two alleles) are flagged
 * per sample and marker and reported as warnings. Marker names are made canonical; a header cell that
 * is neither a known GeneMapper column nor a known marker is an error (LENIENT: the column is ignored).
 * A Y-STR export is read with its panel's {@link LocusNaming}: its loci are the panel's, and the calls
 * are judged by the lineage reader, not flagged here. A man (amelogenin X and Y) with two alleles at an
 * X-linked marker is an error at that marker's line (LENIENT: a warning, the marker left out): a man has one X.
 */
public final class GeneMapperReader {

    static final String SAMPLE_NAME = "sample name";
    static final String SAMPLE_FILE = "sample file";
    static final String SAMPLE_TYPE = "sample type";
    static final String MARKER = "marker";

    /** Columns GeneMapper writes besides markers and alleles; read and not kept. */
    private static final Set<String> OTHER_COLUMNS = Set.of(SAMPLE_FILE, SAMPLE_NAME, SAMPLE_TYPE, "panel", "dye",
            "run name", "run date", "comments", "comment", "sample comment", "analysis method", "specimen category",
            "sizing quality", "quality", "ads", "height", "size", "area", "peak area", "data point", "an", "ud1",
            "ud2", "ud3", "sq", "oba", "bin");
    private static final Pattern NUMBERED = Pattern.compile("(allele|size|height|peak area|area|data point) \\d+");
    private static final Pattern CONTROL_NAME = Pattern.compile(
            "(?i).*(ladder|positive|negative|control|blank).*|(?i)(pc|nc|pos|neg|ntc|lad)([^a-z].*)?");

    private GeneMapperReader() { }

    public static ReadResult<GeneMapperExport> read(Path path, Strictness strictness) {
        return parse(TextFile.read(path), strictness);
    }

    public static ReadResult<GeneMapperExport> parse(TextFile text, Strictness strictness) {
        return parse(text, strictness, LocusNaming.MARKERS);
    }

    /** An export whose loci are named by {@code naming}: a Y-STR export reads its loci against the lab's panel. */
    public static ReadResult<GeneMapperExport> parse(TextFile text, Strictness strictness, LocusNaming naming) {
        return new ProblemLog(text.name(), strictness).run(log -> parse(text, naming, log));
    }

    /** The layout the header's cells announce, or null when it is not a GeneMapper header. */
    public static GeneMapperLayout layoutOf(List<String> header) {
        List<String> cells = lower(header);
        if (!cells.contains(SAMPLE_NAME)) {
            return null;
        }
        return cells.contains(MARKER) && cells.contains("allele 1") ? GeneMapperLayout.TALL : GeneMapperLayout.WIDE;
    }

    static boolean isControl(String sampleName, String sampleType) {
        if (sampleType != null && !sampleType.isBlank()) {
            String t = sampleType.toLowerCase(Locale.ROOT);
            return t.contains("ladder") || t.contains("control") || t.contains("blank");
        }
        return CONTROL_NAME.matcher(sampleName.strip()).matches();
    }

    private static GeneMapperExport parse(TextFile text, LocusNaming naming, ProblemLog log) {
        List<Table.Row> rows = Table.read(text, log).rows();
        if (rows.isEmpty()) {
            throw log.fatal(0, "", "the file is empty");
        }
        int headerLine = rows.get(0).line();
        List<String> header = rows.get(0).filledCells();
        GeneMapperLayout layout = layoutOf(header);
        if (layout == null) {
            throw log.fatal(headerLine, "Sample Name", "not a GeneMapper export: the header has no 'Sample Name' column");
        }
        List<Table.Row> data = rows.subList(1, rows.size());
        Rows samples = new Rows(naming, log);
        return layout == GeneMapperLayout.WIDE ? wide(data, headerLine, header, samples) : tall(data, headerLine, header, samples);
    }

    private static GeneMapperExport wide(List<Table.Row> data, int headerLine, List<String> header, Rows rows) {
        ProblemLog log = rows.log;
        List<String> lowered = lower(header);
        int nameCol = lowered.indexOf(SAMPLE_NAME);
        int fileCol = lowered.indexOf(SAMPLE_FILE);
        int typeCol = lowered.indexOf(SAMPLE_TYPE);
        Map<Integer, String> markerCols = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String cell = header.get(c);
            if (OTHER_COLUMNS.contains(lowered.get(c)) || NUMBERED.matcher(lowered.get(c)).matches()) {
                continue;
            }
            var canonical = rows.naming.canonical().apply(cell);
            if (canonical.isPresent()) {
                if (markerCols.containsValue(canonical.get())) {
                    log.error(headerLine, cell, "marker " + canonical.get() + " has two columns");
                }
                markerCols.put(c, canonical.get());
            } else {
                log.strictError(headerLine, cell.isEmpty() ? "column " + (c + 1) : cell,
                        "unknown column: neither a GeneMapper column nor a known " + rows.naming.what()
                                + (log.isStrict() ? "" : "; the column is ignored"));
            }
        }
        if (markerCols.isEmpty()) {
            log.error(headerLine, "", "the header names no marker");
        }
        for (Table.Row row : data) {
            int lineNo = row.line();
            List<String> cells = row.cells();
            if (row.filledCells().size() > header.size()) {
                log.error(lineNo, "", "the row has " + row.filledCells().size() + " cells but the header " + header.size());
                continue;
            }
            String name = cell(cells, nameCol);
            if (name.isEmpty()) {
                log.error(lineNo, "Sample Name", "the sample has no name");
                continue;
            }
            if (isControl(name, typeCol < 0 ? null : cell(cells, typeCol))) {
                rows.dropped.add(name);
                continue;
            }
            Map<String, List<String>> calls = new LinkedHashMap<>();
            markerCols.forEach((c, marker) -> {
                List<String> alleles = alleles(cell(cells, c));
                if (!alleles.isEmpty()) {
                    calls.put(marker, alleles);
                }
            });
            rows.add(lineNo, name, cell(cells, fileCol), calls, Map.of());
        }
        return new GeneMapperExport(GeneMapperLayout.WIDE, rows.samples(), rows.dropped);
    }

    private static GeneMapperExport tall(List<Table.Row> data, int headerLine, List<String> header, Rows rows) {
        ProblemLog log = rows.log;
        List<String> lowered = lower(header);
        int nameCol = lowered.indexOf(SAMPLE_NAME);
        int fileCol = lowered.indexOf(SAMPLE_FILE);
        int typeCol = lowered.indexOf(SAMPLE_TYPE);
        int markerCol = lowered.indexOf(MARKER);
        List<Integer> alleleCols = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String l = lowered.get(c);
            if (l.startsWith("allele ") && NUMBERED.matcher(l).matches()) {
                alleleCols.add(c);
            } else if (!OTHER_COLUMNS.contains(l) && !NUMBERED.matcher(l).matches() && !l.equals(MARKER)) {
                log.strictError(headerLine, header.get(c).isEmpty() ? "column " + (c + 1) : header.get(c),
                        "unknown column in a tall GeneMapper export" + (log.isStrict() ? "" : "; the column is ignored"));
            }
        }
        Map<String, Map<String, List<String>>> bySample = new LinkedHashMap<>();
        Map<String, String> files = new HashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        Map<String, Map<String, Integer>> markerLines = new HashMap<>();
        for (Table.Row row : data) {
            int lineNo = row.line();
            List<String> cells = row.cells();
            if (row.filledCells().size() > header.size()) {
                log.error(lineNo, "", "the row has " + row.filledCells().size() + " cells but the header " + header.size());
                continue;
            }
            String name = cell(cells, nameCol);
            if (name.isEmpty()) {
                log.error(lineNo, "Sample Name", "the row has no sample name");
                continue;
            }
            if (isControl(name, typeCol < 0 ? null : cell(cells, typeCol))) {
                if (!rows.dropped.contains(name)) {
                    rows.dropped.add(name);
                }
                continue;
            }
            String rawMarker = cell(cells, markerCol);
            if (rawMarker.isEmpty()) {
                log.error(lineNo, "Marker", "the row has no marker");
                continue;
            }
            int errors = log.errorCount();
            String marker = rows.naming.resolve(rawMarker, log, lineNo, "Marker");
            if (log.errorCount() > errors) {
                continue;
            }
            List<String> alleles = new ArrayList<>();
            for (int c : alleleCols) {
                String a = cell(cells, c);
                if (!a.isEmpty()) {
                    alleles.add(a);
                }
            }
            Map<String, List<String>> calls = bySample.computeIfAbsent(name, k -> new LinkedHashMap<>());
            firstLine.putIfAbsent(name, lineNo);
            files.putIfAbsent(name, cell(cells, fileCol));
            if (calls.containsKey(marker)) {
                log.error(lineNo, "Marker", "sample " + name + " has two rows for marker " + marker);
                continue;
            }
            if (!alleles.isEmpty()) {
                calls.put(marker, alleles);
                markerLines.computeIfAbsent(name, k -> new HashMap<>()).put(marker, lineNo);
            }
        }
        bySample.forEach((name, calls) -> rows.add(firstLine.get(name), name, files.get(name), calls,
                markerLines.getOrDefault(name, Map.of())));
        return new GeneMapperExport(GeneMapperLayout.TALL, rows.samples(), rows.dropped);
    }

    /** Collects samples, flags their calls and refuses a sample named twice. */
    private static final class Rows {
        final LocusNaming naming;
        final ProblemLog log;
        private final Map<String, GeneMapperSample> samples = new LinkedHashMap<>();
        final List<String> dropped = new ArrayList<>();

        Rows(LocusNaming naming, ProblemLog log) {
            this.naming = naming;
            this.log = log;
        }

        /** Adds a sample whose calls start at {@code line}; {@code markerLines} the lines of a tall export's markers. */
        void add(int line, String name, String file, Map<String, List<String>> calls, Map<String, Integer> markerLines) {
            if (samples.containsKey(name)) {
                log.error(line, "Sample Name", "sample " + name + " is listed twice");
                return;
            }
            List<CallFlag> flags = new ArrayList<>();
            Map<String, List<String>> kept = new LinkedHashMap<>(calls);
            boolean male = naming.flagsMixtures() && new GeneMapperSample(line, name, file, calls, List.of()).sex() == Sex.MALE;
            calls.forEach((marker, alleles) -> {
                if (male && MarkerNames.isXLinked(marker) && alleles.stream().distinct().count() == 2) {
                    log.strictError(markerLines.getOrDefault(marker, line), marker, MarkerNames.maleHeterozygote(name, marker, alleles)
                            + (log.isStrict() ? "" : "; marker " + marker + " is left out"));
                    kept.remove(marker);
                    return;
                }
                Optional<String> judged = naming.callProblem(marker, alleles);
                if (judged.isPresent()) {
                    log.strictError(line, marker, "sample " + name + ": " + judged.get()
                            + (log.isStrict() ? "" : "; locus " + marker + " is left out"));
                    kept.remove(marker);
                }
                if (!naming.flagsMixtures()) {
                    return;
                }
                if (alleles.stream().anyMatch(a -> a.equalsIgnoreCase(Marker.OFF_LADDER))) {
                    flags.add(new CallFlag(marker, CallFlag.Kind.OFF_LADDER, "off-ladder call in " + String.join(", ", alleles)));
                    log.warning(line, marker, "sample " + name + ": off-ladder (OL) call at " + marker);
                }
                long distinct = alleles.stream().distinct().count();
                if (distinct > 2) {
                    flags.add(new CallFlag(marker, CallFlag.Kind.MIXTURE, distinct + " alleles: " + String.join(", ", alleles)));
                    log.warning(line, marker, "sample " + name + ": " + distinct + " alleles at " + marker + " (mixture)");
                }
            });
            samples.put(name, new GeneMapperSample(line, name, file, kept, flags));
        }

        List<GeneMapperSample> samples() {
            return List.copyOf(samples.values());
        }
    }

    private static List<String> alleles(String cell) {
        List<String> out = new ArrayList<>();
        for (String a : cell.split(",")) {
            if (!a.isBlank()) {
                out.add(a.strip());
            }
        }
        return out;
    }

    private static String cell(List<String> cells, int c) {
        return c >= 0 && c < cells.size() ? cells.get(c) : "";
    }

    private static List<String> lower(List<String> cells) {
        return cells.stream().map(s -> s.toLowerCase(Locale.ROOT).strip()).toList();
    }
}
