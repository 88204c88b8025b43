package org.homeward.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.homeward.formats.common.Problem;
import org.homeward.formats.common.ReadResult;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.frequencies.CsvFrequencyReader;
import org.homeward.formats.frequencies.FrequencyTable;
import org.homeward.formats.frequencies.NorstrFrequencyReader;
import org.homeward.formats.markers.MarkerNames;
import org.homeward.kinship.AllelePair;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Profile;
import org.homeward.kinship.RareAllelePolicy;
import org.homeward.kinship.screen.Candidate;
import org.homeward.kinship.screen.Screening;
import org.homeward.kinship.screen.XStrEvidence;

/**
 * Batch screening from files, the same for every engine (in process or on Spark): the references, the
 * remains and optionally a frequency file replacing the references' frequencies are read into the
 * screening's inputs, and the candidates are written as CSV.
 */
public final class ScreeningFiles {

    /**
     * What a screening from files screens: the autosomal markers (before fitting), the families and the remains with
     * their autosomal genotypes; and apart, the X-STRs ({@link MarkerNames#isXLinked}) with frequencies, and the X
     * genotypes of the references and remains, which the screening never sees ({@link XStrEvidence} uses them).
     *
     * @param xMarkers    X-STRs with frequencies and mutation models, by name (empty: no X evidence)
     * @param referencesX per family id, the relatives' X genotypes by pedigree id
     * @param remainsX    the remains' X genotypes and sex, X-only remains (no autosomal genotype) included
     */
    public record Inputs(List<Marker> markers, List<Screening.Family> families, List<Screening.Remains> remains,
                         Map<String, Marker> xMarkers, Map<String, Map<String, Profile>> referencesX, List<Screening.Remains> remainsX) {

        public Inputs {
            markers = List.copyOf(markers);
            families = List.copyOf(families);
            remains = List.copyOf(remains);
            xMarkers = Collections.unmodifiableMap(new LinkedHashMap<>(xMarkers));
            referencesX = Map.copyOf(referencesX);
            remainsX = List.copyOf(remainsX);
        }

        /**
         * The X part of each candidate that has one ({@link XStrEvidence#of}, as the application's candidates), and the
         * X-only remains screened against every missing person whose family has X-typed relatives: a direct X LR per
         * pair (two pedigree likelihoods per linkage group), a row with no autosomal marker compared; those at
         * {@code minLr} or above are added, best first.
         *
         * @throws org.homeward.kinship.KinshipInputException when a man shows two alleles at an X marker
         */
        public XResults xEvidence(List<Candidate> candidates, double rareAlleleFrequency, double minLr) {
            Map<String, Screening.Family> byId = new HashMap<>();
            families.forEach(f -> byId.put(f.id(), f));
            Map<String, Screening.Remains> xById = new HashMap<>();
            remainsX.forEach(r -> xById.put(r.profile().id(), r));
            Map<Candidate, XStrEvidence.Result> parts = new LinkedHashMap<>();
            List<Candidate> all = new ArrayList<>(candidates);
            if (xMarkers.isEmpty()) {
                return new XResults(all, parts);
            }
            for (Candidate c : candidates) {
                Screening.Remains r = xById.get(c.remainsId());
                Screening.Family f = byId.get(c.familyId());
                if (r != null && f != null) {
                    XStrEvidence.of(f.pedigree(), c.missingPerson(), referencesX.getOrDefault(f.id(), Map.of()), r.profile(), r.sex(),
                            xMarkers, rareAlleleFrequency).ifPresent(x -> parts.put(c, x));
                }
            }
            Set<String> screened = new HashSet<>();
            remains.forEach(r -> screened.add(r.profile().id()));
            List<Candidate> xOnly = new ArrayList<>();
            for (Screening.Remains r : remainsX) {
                if (screened.contains(r.profile().id())) {
                    continue;
                }
                for (Screening.Family f : families) {
                    Map<String, Profile> relatives = referencesX.getOrDefault(f.id(), Map.of());
                    if (relatives.isEmpty()) {
                        continue;
                    }
                    for (String missing : f.missingPersons()) {
                        XStrEvidence.of(f.pedigree(), missing, relatives, r.profile(), r.sex(), xMarkers, rareAlleleFrequency)
                                .filter(x -> x.log10Lr() >= Math.log10(minLr)).ifPresent(x -> {
                                    Candidate c = new Candidate(r.profile().id(), f.id(), missing, x.log10Lr(), 0, 0);
                                    xOnly.add(c);
                                    parts.put(c, x);
                                });
                    }
                }
            }
            xOnly.sort(Comparator.comparingDouble(Candidate::log10Lr).reversed());
            all.addAll(xOnly);
            return new XResults(all, parts);
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

    /**
     * The candidates with the X-only remains' rows added, and the X part of each candidate that has one.
     *
     * @param candidates the screening's candidates (LR autosomal), then the X-only remains' (LR = the X LR)
     */
    public record XResults(List<Candidate> candidates, Map<Candidate, XStrEvidence.Result> x) {
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
        FrequencyTable table = null;
        if (frequencies != null) {
            ReadResult<FrequencyTable> read = readFrequencies(frequencies, strictness);
            problems.addAll(read.problems());
            table = read.value();
            markers = replaceFrequencies(markers, table);
        }
        Map<String, Marker> xMarkers = new LinkedHashMap<>();
        markers.stream().filter(m -> MarkerNames.isXLinked(m.name())).forEach(m -> xMarkers.put(m.name(), m));
        if (table != null) {
            // the frequency file's other X-STRs (a family table has none), with the default stepwise model
            table.toMarkers(ReferenceFamilies.DEFAULT_FEMALE, ReferenceFamilies.DEFAULT_MALE).stream()
                    .filter(m -> MarkerNames.isXLinked(m.name())).forEach(m -> xMarkers.putIfAbsent(m.name(), m));
        }
        List<Screening.Family> toScreen = new ArrayList<>();
        Map<String, Map<String, Profile>> referencesX = new HashMap<>();
        for (var f : families.value().families()) {
            Map<String, Profile> autosomal = new LinkedHashMap<>();
            Map<String, Profile> x = new LinkedHashMap<>();
            f.references().forEach((person, p) -> {
                autosomal.put(person, part(p, false));
                Profile px = part(p, true);
                if (!px.genotypes().isEmpty()) {
                    x.put(person, px);
                }
            });
            toScreen.add(new Screening.Family(f.name(), f.pedigree(), f.missingPersons(), autosomal));
            if (!x.isEmpty()) {
                referencesX.put(f.name(), x);
            }
        }
        List<Screening.Remains> remainsToScreen = new ArrayList<>();
        List<Screening.Remains> remainsX = new ArrayList<>();
        for (RemainsSample r : samples.value()) {
            Profile autosomal = part(r.profile(), false);
            Profile x = part(r.profile(), true);
            if (!autosomal.genotypes().isEmpty() || x.genotypes().isEmpty()) {
                remainsToScreen.add(new Screening.Remains(autosomal, r.sex()));
            }
            if (!x.genotypes().isEmpty()) {
                remainsX.add(new Screening.Remains(x, r.sex()));
            }
        }
        List<Marker> autosomalMarkers = markers.stream().filter(m -> !MarkerNames.isXLinked(m.name())).toList();
        return new ReadResult<>(new Inputs(autosomalMarkers, toScreen, remainsToScreen, xMarkers, referencesX, remainsX), problems);
    }

    /** The profile's X-linked genotypes, or all the others. */
    private static Profile part(Profile p, boolean xLinked) {
        Map<String, AllelePair> kept = new LinkedHashMap<>();
        p.genotypes().forEach((m, g) -> {
            if (MarkerNames.isXLinked(m) == xLinked) {
                kept.put(m, g);
            }
        });
        return new Profile(p.id(), kept);
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
        return candidatesCsv(candidates, null);
    }

    /**
     * With {@code x} not null, two more columns: {@link #X_COLUMNS}, the X LR's log10 and the markers used as
     * GROUP:MARKER separated by spaces (empty for a pair without X); the LR columns stay the screening's (for an X-only
     * remains, the X LR itself).
     */
    public static String candidatesCsv(List<Candidate> candidates, Map<Candidate, XStrEvidence.Result> x) {
        StringBuilder csv = new StringBuilder(CANDIDATES_HEADER).append(x == null ? "" : "," + X_COLUMNS).append('\n');
        for (Candidate c : candidates) {
            csv.append(cell(c.remainsId())).append(',').append(cell(c.familyId())).append(',').append(cell(c.missingPerson()))
                    .append(',').append(String.format(Locale.ROOT, "%.6g", c.lr()))
                    .append(',').append(log10(c.log10Lr()))
                    .append(',').append(c.markersCompared()).append(',').append(c.inconsistentMarkers());
            if (x != null) {
                XStrEvidence.Result part = x.get(c);
                csv.append(',').append(part == null ? "" : log10(part.log10Lr())).append(',').append(part == null ? ""
                        : String.join(" ", part.units().stream().map(u -> u.linkageGroup() + ":" + u.marker()).toList()));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    /** The X columns {@code homeward screen} adds when the inputs hold X-STRs with frequencies. */
    public static final String X_COLUMNS = "x_log10_lr,x_markers";

    private static String log10(double log10) {
        return log10 == Double.NEGATIVE_INFINITY ? "-Inf" : String.format(Locale.ROOT, "%.6f", log10);
    }

    /** Writes the candidates CSV beside {@code out} and moves it into place, so a failed run never leaves half a file. */
    public static void writeCandidatesCsv(List<Candidate> candidates, Path out) {
        writeCandidatesCsv(candidatesCsv(candidates), out);
    }

    /** Writes the CSV text beside {@code out} and moves it into place. */
    public static void writeCandidatesCsv(String csv, Path out) {
        try {
            Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".screen", ".csv");
            Files.writeString(tmp, csv, StandardCharsets.UTF_8);
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
