package org.homeward.formats.frequencies;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.homeward.formats.common.ProblemLog;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.common.Table;
import org.homeward.formats.common.TextFile;
import org.homeward.formats.markers.MarkerNames;
import org.homeward.kinship.Marker;
import org.homeward.kinship.MutationMatrix;
import org.homeward.kinship.MutationModel;
import org.homeward.kinship.Sex;

/**
 * Reads a laboratory's own mutation matrices and puts them on the markers they belong to. The file
 * is a table with the header {@code marker,sex,from,to,probability} (comma, semicolon or tab), one
 * row per transition; {@code sex} is the transmitting parent's: {@code female}, {@code male} or
 * {@code both}; a transition not listed has probability 0. Each matrix given must cover exactly the
 * marker's alleles, with every row summing to 1 within {@link MutationMatrix#ROW_SUM_TOLERANCE}. The
 * file is applied whole or refused whole, every problem named by file, line and field.
 */
public final class MutationMatrixReader {

    private static final List<String> HEADER = List.of("marker", "sex", "from", "to", "probability");

    private MutationMatrixReader() { }

    public static List<Marker> apply(Path path, List<Marker> markers) {
        return apply(TextFile.read(path), markers);
    }

    /** The markers, those the file names carrying its matrices for the sexes it names. */
    public static List<Marker> apply(TextFile text, List<Marker> markers) {
        return new ProblemLog(text.name(), Strictness.STRICT).run(log -> apply(text, markers, log)).value();
    }

    /** One matrix being read: a marker and a parent's sex, with the line each transition came from. */
    private static final class Draft {
        final Marker marker;
        final Sex sex;
        final int firstLine;
        final double[][] rows;
        final int[][] lines;

        Draft(Marker marker, Sex sex, int firstLine) {
            this.marker = marker;
            this.sex = sex;
            this.firstLine = firstLine;
            int n = marker.alleleCount();
            this.rows = new double[n][n];
            this.lines = new int[n][n];
        }
    }

    private static List<Marker> apply(TextFile text, List<Marker> markers, ProblemLog log) {
        List<Table.Row> rows = Table.read(text, log).rows();
        if (rows.isEmpty()) {
            throw log.fatal(0, "", "the file is empty; expected the header '" + String.join(",", HEADER) + "'");
        }
        Table.Row header = rows.get(0);
        List<String> names = header.filledCells().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        if (!names.equals(HEADER)) {
            throw log.fatal(header.line(), "header", "expected the columns " + String.join(",", HEADER) + ", found "
                    + String.join(",", header.filledCells()));
        }
        Map<String, Marker> byName = new LinkedHashMap<>();
        markers.forEach(m -> byName.put(m.name(), m));
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (Table.Row row : rows.subList(1, rows.size())) {
            String markerName = MarkerNames.canonical(row.cell(0)).orElse(row.cell(0));
            Marker marker = byName.get(markerName);
            if (marker == null) {
                log.error(row.line(), "marker", "marker '" + row.cell(0) + "' is not in the frequency table");
                continue;
            }
            List<Sex> sexes = sexes(row, log);
            int from = allele(row, 2, "from", marker, log);
            int to = allele(row, 3, "to", marker, log);
            double p = probability(row, log);
            if (sexes.isEmpty() || from < 0 || to < 0 || Double.isNaN(p)) {
                continue;
            }
            for (Sex sex : sexes) {
                Draft d = drafts.computeIfAbsent(marker.name() + "\u0000" + sex, k -> new Draft(marker, sex, row.line()));
                if (d.lines[from][to] != 0) {
                    log.error(row.line(), "to", marker.name() + " " + sex.name().toLowerCase(Locale.ROOT) + " " + row.cell(2)
                            + " → " + row.cell(3) + " is already given on line " + d.lines[from][to]);
                    continue;
                }
                d.rows[from][to] = p;
                d.lines[from][to] = row.line();
            }
        }
        Map<String, MutationModel> female = new HashMap<>();
        Map<String, MutationModel> male = new HashMap<>();
        for (Draft d : drafts.values()) {
            if (check(d, log)) {
                MutationModel model = MutationModel.custom(new MutationMatrix(List.of(d.marker.alleles()), d.rows));
                (d.sex == Sex.FEMALE ? female : male).put(d.marker.name(), model);
            }
        }
        List<Marker> result = new ArrayList<>();
        for (Marker m : markers) {
            if (!female.containsKey(m.name()) && !male.containsKey(m.name())) {
                result.add(m);
                continue;
            }
            Map<String, Double> alleles = new LinkedHashMap<>();
            for (int i = 0; i < m.alleleCount(); i++) {
                alleles.put(m.allele(i), m.frequency(i));
            }
            result.add(Marker.builder(m.name()).alleles(alleles)
                    .femaleMutation(female.getOrDefault(m.name(), m.femaleMutation()))
                    .maleMutation(male.getOrDefault(m.name(), m.maleMutation())).build());
        }
        return result;
    }

    /** Every allele of the marker has transitions, and each row sums to 1; problems named at their lines. */
    private static boolean check(Draft d, ProblemLog log) {
        boolean sound = true;
        int n = d.marker.alleleCount();
        for (int i = 0; i < n; i++) {
            int line = 0;
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += d.rows[i][j];
                line = line == 0 ? d.lines[i][j] : line;
            }
            if (line == 0) {
                log.error(d.firstLine, "from", "the matrix of " + d.marker.name() + " has no row from allele " + d.marker.allele(i)
                        + " (every allele of the marker needs one)");
                sound = false;
            } else if (!(Math.abs(sum - 1) <= MutationMatrix.ROW_SUM_TOLERANCE)) {
                log.error(line, "probability", "the probabilities from allele " + d.marker.allele(i) + " of " + d.marker.name()
                        + " sum to " + sum + ", not 1");
                sound = false;
            }
        }
        return sound;
    }

    private static List<Sex> sexes(Table.Row row, ProblemLog log) {
        return switch (row.cell(1).toLowerCase(Locale.ROOT)) {
            case "female" -> List.of(Sex.FEMALE);
            case "male" -> List.of(Sex.MALE);
            case "both" -> List.of(Sex.FEMALE, Sex.MALE);
            default -> {
                log.error(row.line(), "sex", "'" + row.cell(1) + "' is not female, male or both");
                yield List.of();
            }
        };
    }

    private static int allele(Table.Row row, int column, String field, Marker marker, ProblemLog log) {
        int i = marker.alleleIndex(row.cell(column));
        if (i < 0) {
            log.error(row.line(), field, "allele '" + row.cell(column) + "' is not an allele of " + marker.name()
                    + " in the frequency table");
        }
        return i;
    }

    private static double probability(Table.Row row, ProblemLog log) {
        try {
            double p = Double.parseDouble(row.cell(4));
            if (p >= 0 && p <= 1) {
                return p;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        log.error(row.line(), "probability", "'" + row.cell(4) + "' is not a probability in [0, 1]");
        return Double.NaN;
    }
}
