package org.homeward.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.homeward.formats.common.Problem;
import org.homeward.formats.common.ReadResult;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.frequencies.CsvFrequencyReader;
import org.homeward.formats.frequencies.FrequencyTable;
import org.homeward.formats.frequencies.NorstrFrequencyReader;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Profile;
import org.homeward.kinship.RareAllelePolicy;
import org.homeward.kinship.screen.Candidate;
import org.homeward.kinship.screen.Screening;

/**
 * Batch screening from files, the same for every engine (in process or on Spark): the references, the
 * remains and optionally a frequency file replacing the references' frequencies are read into the
 * screening's inputs, and the candidates are written as CSV.
 */
public final class ScreeningFiles {

    /** What a screening from files screens: the markers (before fitting), the families and the remains. */
    public record Inputs(List<Marker> markers, List<Screening.Family> families, List<Screening.Remains> remains) {

        public Inputs {
            markers = List.copyOf(markers);
            families = List.copyOf(families);
            remains = List.copyOf(remains);
        }

        public int missingPersons() {
            return families.stream().mapToInt(f -> f.missingPersons().size()).sum();
        }

        /**
         * A screening builder with the markers fitted to every profile read (remains, then references):
         * rare alleles refused, or added at {@code rareAlleleFrequency} when it is given.
         */
        public Screening.Builder builder(Double rareAlleleFrequency) {
            List<Profile> all = new ArrayList<>(remains.stream().map(Screening.Remains::profile).toList());
            families.forEach(f -> all.addAll(f.references().values()));
            return Screening.newBuilder().frequencies(markers).fitTo(all)
                    .rareAlleles(rareAlleleFrequency == null ? RareAllelePolicy.STRICT : RareAllelePolicy.minimumFrequency(rareAlleleFrequency));
        }
    }

    /** The header of the candidates CSV. */
    public static final String CANDIDATES_HEADER = "remains,family,missing_person,lr,log10_lr,markers_compared,inconsistent_markers";

    private ScreeningFiles() { }

    /**
     * Reads the references (Familias DVI or a family table), the remains (GeneMapper, CMF or .fam) and,
     * when {@code frequencies} is not null, a frequency file whose frequencies replace the references'
     * (their mutation models stay); the warnings of all three, in that order.
     */
    public static ReadResult<Inputs> load(Path references, Path remains, Path frequencies, Strictness strictness) {
        ReadResult<ReferenceFamilySet> families = ReferenceFamilies.load(references, strictness);
        ReadResult<List<RemainsSample>> samples = Remains.load(remains, strictness);
        List<Problem> problems = new ArrayList<>(families.problems());
        problems.addAll(samples.problems());
        List<Marker> markers = families.value().markers();
        if (frequencies != null) {
            ReadResult<FrequencyTable> table = readFrequencies(frequencies, strictness);
            problems.addAll(table.problems());
            markers = replaceFrequencies(markers, table.value());
        }
        List<Screening.Family> toScreen = families.value().families().stream()
                .map(f -> new Screening.Family(f.name(), f.pedigree(), f.missingPersons(), f.references())).toList();
        List<Screening.Remains> remainsToScreen = samples.value().stream().map(r -> new Screening.Remains(r.profile(), r.sex())).toList();
        return new ReadResult<>(new Inputs(markers, toScreen, remainsToScreen), problems);
    }

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

    /** Writes the candidates CSV beside {@code out} and moves it into place, so a failed run never leaves half a file. */
    public static void writeCandidatesCsv(List<Candidate> candidates, Path out) {
        try {
            Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".screen", ".csv");
            Files.writeString(tmp, candidatesCsv(candidates), StandardCharsets.UTF_8);
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
