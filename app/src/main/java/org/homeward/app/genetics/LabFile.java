package org.homeward.app.genetics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.homeward.formats.Formats;
import org.homeward.formats.Remains;
import org.homeward.formats.RemainsSample;
import org.homeward.formats.common.FormatException;
import org.homeward.formats.common.Problem;
import org.homeward.formats.common.ReadResult;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.common.Table;
import org.homeward.formats.common.TextFile;
import org.homeward.formats.common.UserException;
import org.homeward.formats.familias.FamFile;
import org.homeward.formats.familias.FamiliasReader;
import org.homeward.formats.frequencies.CsvFrequencyReader;
import org.homeward.formats.frequencies.FrequencyTable;
import org.homeward.formats.frequencies.LocusFrequencies;
import org.homeward.formats.frequencies.NorstrFrequencyReader;
import org.homeward.formats.lineage.LineageImports;
import org.homeward.kinship.AllelePair;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Profile;
import org.homeward.kinship.lineage.MtHaplotype;
import org.homeward.kinship.lineage.MtRegion;
import org.homeward.kinship.lineage.YHaplotype;

/**
 * The one door for lab files: result files (GeneMapper ID-X, CODIS CMF, Familias; Y-STR and mtDNA haplotypes
 * through {@link #readLineage}; the sample name is the
 * sample code), used by the registry for reference samples and by the remains register for samples
 * of remains, and allele frequency databases ({@link #frequencies}). The upload is read from memory under its own name, so every problem names the file,
 * its line and field; each sample is matched to a sample the feature knows. STRICT: any unreadable
 * part, unknown, repeated or refused sample, or allele outside its marker's grammar ({@link MarkerAlleles#problems}),
 * and the whole file is refused ({@link ImportRejectedException}, every problem listed, nothing stored). LENIENT:
 * those samples are skipped, and those markers left out, and listed among the warnings.
 *
 * @param accepted the samples to store, each with what the feature knows of it, in file order
 * @param skipped  under LENIENT reading, the samples left out and why
 * @param warnings what the reader noticed, and the samples skipped
 * @param <S>      what the feature knows of a sample code
 */
public record LabFile<S>(String name, List<Accepted<S>> accepted, List<RowProblem> skipped, List<String> warnings) {

    /** The columns of a table of dropout classes ({@link #readDropoutClasses}). */
    private static final String SAMPLE_COLUMN = "sample";
    private static final String CLASS_COLUMN = "dropout class";

    /** A sample of the file matched to what the feature knows of its code. */
    public record Accepted<S>(RemainsSample sample, S known) {

        public String code() {
            return sample.profile().id();
        }
    }

    /** What the feature knows of the sample codes of a file, and whether a known sample may take a profile. */
    public interface Samples<S> {

        /** What is known of those of {@code codes} that are known, by code. */
        Map<String, S> known(Collection<String> codes);

        /** Why a known sample may not take the file's profile, or empty when it may. */
        default Optional<String> refusal(S known) {
            return Optional.empty();
        }

        /** What is said of a code the feature does not know. */
        String unknown();
    }

    public LabFile {
        accepted = List.copyOf(accepted);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    /** Reads the upload and matches its samples; see the class comment for what is refused. */
    public static <S> LabFile<S> read(String uploadName, byte[] content, Strictness strictness, Samples<S> samples) {
        String name = fileName(uploadName);
        ReadResult<List<RemainsSample>> read;
        try {
            read = Remains.load(name, content, strictness);
        } catch (FormatException unreadable) {
            throw new ImportRejectedException(unreadable.problems().stream().filter(Problem::isError).map(LabFile::rowProblem).toList());
        } catch (UserException unreadable) {
            throw new ImportRejectedException(List.of(new RowProblem(0, "", unreadable.getMessage())));
        }
        List<String> warnings = new ArrayList<>(read.problems().stream().map(p -> rowProblem(p).toString()).toList());
        Map<String, S> known = samples.known(read.value().stream().map(s -> s.profile().id()).distinct().toList());
        List<RowProblem> problems = new ArrayList<>();
        List<Accepted<S>> accepted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RemainsSample sample : read.value()) {
            String code = sample.profile().id();
            S match = known.get(code);
            Optional<String> refusal = refusal(code, match, seen, samples);
            if (refusal.isPresent()) {
                problems.add(new RowProblem(0, "sample " + code, refusal.get()));
                continue;
            }
            List<RowProblem> alleles = alleleProblems(sample);
            if (strictness != Strictness.LENIENT || alleles.isEmpty()) {
                problems.addAll(alleles);
                accepted.add(new Accepted<>(sample, match));
            } else {
                alleles.forEach(problem -> warnings.add(problem + "; the marker is left out"));
                accepted.add(new Accepted<>(withoutMarkersOf(sample, alleles), match));
            }
        }
        if (read.value().isEmpty()) {
            problems.add(new RowProblem(0, "", "the file holds no sample"));
        }
        if (!problems.isEmpty() && strictness != Strictness.LENIENT) {
            throw new ImportRejectedException(problems);
        }
        problems.forEach(problem -> warnings.add("skipped: " + problem));
        return new LabFile<>(name, accepted, problems, warnings);
    }

    /** An allele frequency database as read, and what the reader noticed (each at its line and field; the marker as field). */
    public record Frequencies(String name, FrequencyTable table, List<RowProblem> warnings) {

        public Frequencies {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Reads an allele frequency database by its content: CSV ({@code marker,allele,frequency}), the
     * norSTR list (also Familias' frequency file) or a Familias {@code .fam} file's database. STRICT:
     * a malformed number, a frequency outside (0, 1], an allele or marker listed twice or an unknown
     * marker refuses the whole file ({@link ImportRejectedException}, every problem at its line and field).
     */
    public static Frequencies frequencies(String uploadName, byte[] content) {
        String name = fileName(uploadName);
        try {
            TextFile text = TextFile.decode(name, content);
            ReadResult<FrequencyTable> read = switch (Formats.detect(text)) {
                case CSV_FREQUENCIES -> CsvFrequencyReader.parse(text, Strictness.STRICT);
                case NORSTR_FREQUENCIES -> NorstrFrequencyReader.parse(text, Strictness.STRICT);
                case FAMILIAS -> familiasDatabase(text);
                default -> throw new ImportRejectedException(List.of(new RowProblem(0, "", "not a frequency database: expected a CSV "
                        + "table with the columns marker, allele and frequency, a norSTR or Familias frequency list, or a Familias file")));
            };
            return new Frequencies(name, read.value(), read.problems().stream().map(LabFile::rowProblem).toList());
        } catch (FormatException unreadable) {
            throw new ImportRejectedException(unreadable.problems().stream().filter(Problem::isError).map(LabFile::rowProblem).toList());
        } catch (UserException unreadable) {
            throw new ImportRejectedException(List.of(new RowProblem(0, "", unreadable.getMessage())));
        }
    }

    private static ReadResult<FrequencyTable> familiasDatabase(TextFile text) {
        ReadResult<FamFile> read = FamiliasReader.parse(text, Strictness.STRICT);
        if (read.value().database() == null || read.value().database().loci().isEmpty()) {
            throw new ImportRejectedException(List.of(new RowProblem(0, "", "the Familias file holds no frequency database")));
        }
        FrequencyTable table = new FrequencyTable(text.name(), read.value().database().loci().stream()
                .map(locus -> new LocusFrequencies(locus.name(), locus.alleles())).toList());
        return new ReadResult<>(table, read.problems());
    }

    /**
     * Reads an upload of Y-STR haplotypes (GeneMapper Y export, CODIS CMF Y-STR loci or the simple
     * table, against {@link LineagePanel#Y}) or of mtDNA haplotypes (CMF {@code mtDNA} locus over the
     * declared region, or the simple table) and matches its samples as {@link #read} does: STRICT
     * refuses the whole file on any problem, LENIENT skips what is refused and lists it.
     */
    public static <S> LineageFile<S> readLineage(String uploadName, byte[] content, Strictness strictness, Lineage lineage,
            MtRegion region, Samples<S> samples) {
        String name = fileName(uploadName);
        Map<String, LineageProfile> read = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        try {
            ReadResult<? extends Map<String, ?>> result = lineage == Lineage.Y_STR
                    ? LineageImports.yStrProfiles(name, content, LineagePanel.Y, strictness)
                    : LineageImports.mtDnaProfiles(name, content, region, strictness);
            result.value().forEach((code, haplotype) -> read.put(code, haplotype instanceof YHaplotype y
                    ? LineageProfile.of(code, y) : LineageProfile.of(code, (MtHaplotype) haplotype)));
            result.problems().forEach(p -> warnings.add(rowProblem(p).toString()));
        } catch (FormatException unreadable) {
            throw new ImportRejectedException(unreadable.problems().stream().filter(Problem::isError).map(LabFile::rowProblem).toList());
        } catch (UserException | KinshipInputException unreadable) {
            throw new ImportRejectedException(List.of(new RowProblem(0, "", unreadable.getMessage())));
        }
        Map<String, S> known = samples.known(read.keySet());
        List<RowProblem> problems = new ArrayList<>();
        List<LineageFile.Accepted<S>> accepted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        read.forEach((code, profile) -> refusal(code, known.get(code), seen, samples).ifPresentOrElse(
                why -> problems.add(new RowProblem(0, "sample " + code, why)),
                () -> accepted.add(new LineageFile.Accepted<>(profile, known.get(code)))));
        if (read.isEmpty()) {
            problems.add(new RowProblem(0, "", "the file holds no sample"));
        }
        if (!problems.isEmpty() && strictness != Strictness.LENIENT) {
            throw new ImportRejectedException(problems);
        }
        problems.forEach(problem -> warnings.add("skipped: " + problem));
        return new LineageFile<>(name, accepted, warnings);
    }

    /** A table of dropout classes as read: its name and each sample's class, in file order. */
    public record DropoutClassFile(String name, Map<String, DropoutClass> classes) {

        public DropoutClassFile {
            classes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(classes));
        }
    }

    /**
     * Reads a table of remains samples' dropout classes (a header with the columns {@code sample} and
     * {@code dropout class}; a class is none, mild or severe). Any unreadable line, unknown class,
     * sample listed twice or sample {@code samples} does not know refuses the whole file, every
     * problem naming the file, its line and field.
     */
    public static <S> DropoutClassFile readDropoutClasses(String uploadName, byte[] content, Samples<S> samples) {
        String name = fileName(uploadName);
        List<Table.Row> rows;
        try {
            rows = Table.read(TextFile.decode(name, content)).rows();
        } catch (FormatException unreadable) {
            throw new ImportRejectedException(unreadable.problems().stream().filter(Problem::isError).map(LabFile::rowProblem).toList());
        } catch (UserException unreadable) {
            throw new ImportRejectedException(List.of(new RowProblem(0, "", unreadable.getMessage())));
        }
        List<String> header = rows.isEmpty() ? List.of() : rows.get(0).cells().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        int sampleColumn = header.indexOf(SAMPLE_COLUMN);
        int classColumn = header.indexOf(CLASS_COLUMN);
        if (sampleColumn < 0 || classColumn < 0) {
            throw new ImportRejectedException(List.of(new RowProblem(1, "", name + ": expected a header with the columns '"
                    + SAMPLE_COLUMN + "' and '" + CLASS_COLUMN + "'")));
        }
        List<Table.Row> body = rows.subList(1, rows.size());
        Map<String, S> known = samples.known(body.stream().map(r -> r.cell(sampleColumn)).distinct().toList());
        List<RowProblem> problems = new ArrayList<>();
        Map<String, DropoutClass> out = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Table.Row row : body) {
            String code = row.cell(sampleColumn);
            Optional<DropoutClass> dropoutClass = DropoutClass.parse(row.cell(classColumn));
            Optional<String> refusal = refusal(code, known.get(code), seen, samples);
            refusal.ifPresent(why -> problems.add(new RowProblem(row.line(), SAMPLE_COLUMN, name + ": sample " + code + ": " + why)));
            if (dropoutClass.isEmpty()) {
                problems.add(new RowProblem(row.line(), CLASS_COLUMN, name + ": '" + row.cell(classColumn)
                        + "' is not a dropout class (" + DropoutClass.names() + ")"));
            } else if (refusal.isEmpty()) {
                out.put(code, dropoutClass.get());
            }
        }
        if (body.isEmpty()) {
            problems.add(new RowProblem(0, "", name + ": the file holds no sample"));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        return new DropoutClassFile(name, out);
    }

    /** What a lineage upload brought: the matched samples' haplotypes, in file order, and what the reader noticed. */
    public record LineageFile<S>(String name, List<Accepted<S>> accepted, List<String> warnings) {

        public LineageFile {
            accepted = List.copyOf(accepted);
            warnings = List.copyOf(warnings);
        }

        /** A sample's haplotype matched to what the feature knows of its code. */
        public record Accepted<S>(LineageProfile profile, S known) { }

        public List<String> codes() {
            return accepted.stream().map(a -> a.profile().sampleCode()).toList();
        }
    }

    /** Why a sample of the file is refused: unknown, repeated, or refused by the feature. */
    private static <S> Optional<String> refusal(String code, S match, Set<String> seen, Samples<S> samples) {
        return match == null ? Optional.of(samples.unknown())
                : !seen.add(code) ? Optional.of("the file holds this sample twice") : samples.refusal(match);
    }

    /** Each marker of the sample with an allele outside its grammar ({@link MarkerAlleles#problems}), the marker as column. */
    private static List<RowProblem> alleleProblems(RemainsSample sample) {
        List<MarkerAlleles> markers = markers(sample);
        return MarkerAlleles.problems(markers, "").stream()
                .map(p -> new RowProblem(0, "sample " + sample.profile().id() + ", marker "
                        + markers.get(Integer.parseInt(p.path().substring(1, p.path().indexOf(']')))).marker(), p.message()))
                .toList();
    }

    private static RemainsSample withoutMarkersOf(RemainsSample sample, List<RowProblem> problems) {
        Map<String, AllelePair> kept = new LinkedHashMap<>(sample.profile().genotypes());
        kept.keySet().removeIf(marker -> problems.stream().anyMatch(p -> p.column().endsWith(", marker " + marker)));
        return new RemainsSample(new Profile(sample.profile().id(), kept), sample.sex());
    }

    /** The upload's own file name, without any folder a browser sent along. */
    private static String fileName(String uploadName) {
        return uploadName == null || uploadName.isBlank() ? "results" : Path.of(uploadName.replace('\\', '/')).getFileName().toString();
    }

    private static RowProblem rowProblem(Problem problem) {
        return new RowProblem(problem.line(), problem.field(), problem.message());
    }

    /** The codes of the accepted samples, in file order. */
    public List<String> codes() {
        return accepted.stream().map(Accepted::code).toList();
    }

    /** The accepted sample's markers, as genetics stores them. */
    public static List<MarkerAlleles> markers(RemainsSample sample) {
        return sample.profile().genotypes().entrySet().stream()
                .map(e -> new MarkerAlleles(e.getKey(), e.getValue().first(), e.getValue().second())).toList();
    }
}
