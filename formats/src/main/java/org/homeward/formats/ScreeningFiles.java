package org.homeward.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.homeward.formats.common.ReadResult;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.frequencies.CsvFrequencyReader;
import org.homeward.formats.frequencies.FrequencyTable;
import org.homeward.formats.frequencies.NorstrFrequencyReader;
import org.homeward.kinship.Marker;
import org.homeward.kinship.screen.Candidate;

/**
 * What batch screening from files reads and writes beyond the families and remains, the same for every
 * engine (in process or on Spark): a frequency file replacing the references' frequencies, and the
 * candidates as CSV.
 */
public final class ScreeningFiles {

    /** The header of the candidates CSV. */
    public static final String CANDIDATES_HEADER = "remains,family,missing_person,lr,log10_lr,markers_compared,inconsistent_markers";

    private ScreeningFiles() { }

    /** A frequency file (CSV marker,allele,frequency or a norSTR-style list), recognised by content. */
    public static ReadResult<FrequencyTable> readFrequencies(Path file, Strictness strictness) {
        FormatKind kind = Formats.detect(file);
        return switch (kind) {
            case CSV_FREQUENCIES -> CsvFrequencyReader.read(file, strictness);
            case NORSTR_FREQUENCIES -> NorstrFrequencyReader.read(file, strictness);
            default -> throw Loading.wrongKind(file.toString(), kind, "a frequency file (CSV or norSTR)");
        };
    }

    /**
     * The table's frequencies at the markers that have them, with those markers' mutation models; markers
     * of the table not among {@code markers} are left out.
     */
    public static List<Marker> replaceFrequencies(List<Marker> markers, FrequencyTable table) {
        Map<String, Marker> withModels = new HashMap<>();
        markers.forEach(m -> withModels.put(m.name(), m));
        List<Marker> out = new ArrayList<>();
        for (Marker m : table.toMarkers()) {
            Marker model = withModels.get(m.name());
            if (model == null) {
                continue;
            }
            Marker.Builder b = Marker.builder(m.name()).femaleMutation(model.femaleMutation()).maleMutation(model.maleMutation());
            for (int i = 0; i < m.alleleCount(); i++) {
                b.allele(m.allele(i), m.frequency(i));
            }
            out.add(b.build());
        }
        return out;
    }

    /** One row per candidate under {@link #CANDIDATES_HEADER}; LR to 6 significant digits, log10 LR to 6 decimals ("-Inf" for an exclusion). */
    public static String candidatesCsv(List<Candidate> candidates) {
        StringBuilder csv = new StringBuilder(CANDIDATES_HEADER).append('\n');
        for (Candidate c : candidates) {
            csv.append(cell(c.remainsId())).append(',').append(cell(c.familyId())).append(',').append(cell(c.missingPerson()))
                    .append(',').append(String.format(Locale.ROOT, "%.6g", c.lr()))
                    .append(',').append(c.log10Lr() == Double.NEGATIVE_INFINITY ? "-Inf" : String.format(Locale.ROOT, "%.6f", c.log10Lr()))
                    .append(',').append(c.markersCompared()).append(',').append(c.inconsistentMarkers()).append('\n');
        }
        return csv.toString();
    }

    private static String cell(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
