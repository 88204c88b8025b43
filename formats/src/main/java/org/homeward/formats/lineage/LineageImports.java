package org.homeward.formats.lineage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.homeward.formats.FormatKind;
import org.homeward.formats.Formats;
import org.homeward.formats.Loading;
import org.homeward.formats.codis.CmfFile;
import org.homeward.formats.codis.CmfLocus;
import org.homeward.formats.codis.CmfReader;
import org.homeward.formats.codis.CmfSpecimen;
import org.homeward.formats.common.ProblemLog;
import org.homeward.formats.common.ReadResult;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.common.TextFile;
import org.homeward.formats.genemapper.GeneMapperReader;
import org.homeward.formats.genemapper.GeneMapperSample;
import org.homeward.formats.markers.LocusNaming;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.lineage.MtHaplotype;
import org.homeward.kinship.lineage.MtRegion;
import org.homeward.kinship.lineage.MtVariant;
import org.homeward.kinship.lineage.YHaplotype;
import org.homeward.kinship.lineage.YPanel;

/**
 * Lineage profiles from laboratory exports, by sample name, in file order:
 * <ul>
 * <li>GeneMapper Y-STR exports, wide or tall (the GeneMapper reader, its loci named by the panel);</li>
 * <li>CODIS CMF specimens typed at Y-STR loci (LOCUSNAME as the panel names the locus);</li>
 * <li>CODIS CMF specimens with an mtDNA locus: a LOCUS named {@code mtDNA} whose ALLELEVALUEs are the
 *     variants from the rCRS in EMPOP notation, over the region the laboratory declares for the import.</li>
 * </ul>
 * STRICT (the default) refuses the whole file on any error, each named by file, line and field: a locus
 * the panel does not type, an allele that is not a Y-STR allele, more alleles than a locus has copies,
 * malformed mtDNA notation, a variant outside the region, a sample named twice or with nothing typed.
 * LENIENT, on request, leaves such a locus or sample out and lists it among the result's problems.
 */
public final class LineageImports {

    /** The LOCUSNAME of the mtDNA locus in a CMF file (any case and separators). */
    public static final String MTDNA_LOCUS = "mtDNA";

    private LineageImports() { }

    /**
     * Y-STR profiles from a GeneMapper export, a CMF file or the simple profile table
     * ({@link YStrFiles#readProfiles}, always STRICT), told apart by content.
     */
    public static ReadResult<Map<String, YHaplotype>> yStrProfiles(String name, byte[] bytes, YPanel panel, Strictness strictness) {
        FormatKind kind = Formats.detect(name, bytes);
        return switch (kind) {
            case GENEMAPPER_WIDE, GENEMAPPER_TALL -> yStrGeneMapper(TextFile.decode(name, bytes), panel, strictness);
            case CODIS_CMF -> yStrCmf(name, bytes, panel, strictness);
            default -> {
                if (!isProfileTable(name, bytes)) {
                    throw Loading.wrongKind(name, kind, "a GeneMapper Y-STR export, a CODIS CMF file or a table 'sample,<locus>,…'");
                }
                yield new ReadResult<>(YStrFiles.readProfiles(name, bytes, panel), List.of());
            }
        };
    }

    /**
     * mtDNA profiles from a CMF file (over the declared region) or the simple profile table
     * ({@link MtDnaFiles#readProfiles}, each row with its own region; always STRICT), told apart by content.
     */
    public static ReadResult<Map<String, MtHaplotype>> mtDnaProfiles(String name, byte[] bytes, MtRegion region, Strictness strictness) {
        FormatKind kind = Formats.detect(name, bytes);
        if (kind == FormatKind.CODIS_CMF) {
            return mtDnaCmf(name, bytes, region, strictness);
        }
        if (!isProfileTable(name, bytes)) {
            throw Loading.wrongKind(name, kind, "a CODIS CMF file or a table 'sample,region,variants'");
        }
        return new ReadResult<>(MtDnaFiles.readProfiles(name, bytes), List.of());
    }

    public static ReadResult<Map<String, YHaplotype>> yStrGeneMapper(TextFile text, YPanel panel, Strictness strictness) {
        return Loading.then(GeneMapperReader.parse(text, strictness, YStrCalls.naming(panel)),
                export -> new ProblemLog(text.name(), strictness).run(log -> {
                    Map<String, YHaplotype> haplotypes = new LinkedHashMap<>();
                    for (GeneMapperSample s : export.samples()) {
                        yHaplotype(s.sampleName(), s.calls(), panel, s.line(), "Sample Name", log).ifPresent(h -> haplotypes.put(s.sampleName(), h));
                    }
                    return haplotypes;
                }));
    }

    public static ReadResult<Map<String, YHaplotype>> yStrCmf(String name, byte[] bytes, YPanel panel, Strictness strictness) {
        return Loading.then(CmfReader.parse(name, bytes, strictness, YStrCalls.naming(panel)),
                file -> new ProblemLog(name, strictness).run(log -> {
                    Map<String, YHaplotype> haplotypes = new LinkedHashMap<>();
                    for (CmfSpecimen s : file.specimens()) {
                        Map<String, List<String>> calls = new LinkedHashMap<>();
                        s.loci().forEach(l -> calls.put(l.name(), l.alleles()));
                        yHaplotype(s.specimenId(), calls, panel, 0, specimenField(s), log).ifPresent(h -> haplotypes.put(s.specimenId(), h));
                    }
                    return haplotypes;
                }));
    }

    public static ReadResult<Map<String, MtHaplotype>> mtDnaCmf(String name, byte[] bytes, MtRegion region, Strictness strictness) {
        LocusNaming naming = new LocusNaming(n -> YStrCalls.key(n).equals(YStrCalls.key(MTDNA_LOCUS)) ? Optional.of(MTDNA_LOCUS) : Optional.empty(),
                "locus of an mtDNA import (only " + MTDNA_LOCUS + ")", (locus, variants) -> mtProblem(region, variants));
        return Loading.then(CmfReader.parse(name, bytes, strictness, naming),
                (CmfFile file) -> new ProblemLog(name, strictness).run(log -> {
                    Map<String, MtHaplotype> haplotypes = new LinkedHashMap<>();
                    for (CmfSpecimen s : file.specimens()) {
                        Optional<CmfLocus> mt = s.loci().stream().filter(l -> l.name().equals(MTDNA_LOCUS)).findFirst();
                        if (mt.isEmpty()) {
                            log.error(0, specimenField(s), "specimen " + s.specimenId() + " has no " + MTDNA_LOCUS + " locus");
                        } else {
                            haplotypes.put(s.specimenId(), MtHaplotype.of(region, mt.get().alleles().stream().map(MtVariant::parse).toList()));
                        }
                    }
                    return haplotypes;
                }));
    }

    private static Optional<YHaplotype> yHaplotype(String sample, Map<String, List<String>> calls, YPanel panel, int line, String field,
                                                   ProblemLog log) {
        YHaplotype h = YStrCalls.haplotype(calls, panel);
        if (h.alleles().isEmpty()) {
            log.error(line, field, "sample " + sample + " has no typed Y-STR locus of panel " + panel.name());
            return Optional.empty();
        }
        return Optional.of(h);
    }

    private static Optional<String> mtProblem(MtRegion region, List<String> variants) {
        List<String> problems = new ArrayList<>();
        List<MtVariant> parsed = new ArrayList<>();
        for (String v : variants) {
            try {
                parsed.add(MtVariant.parse(v));
            } catch (KinshipInputException e) {
                problems.add(e.getMessage());
            }
        }
        if (problems.isEmpty()) {
            try {
                MtHaplotype.of(region, parsed);
            } catch (KinshipInputException e) {
                problems.addAll(e.problems());
            }
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }

    /** A table whose first row starts with the column {@code sample}. */
    private static boolean isProfileTable(String name, byte[] bytes) {
        return TextFile.decode(name, bytes).lines().stream().filter(l -> !l.isBlank()).findFirst()
                .map(l -> l.strip().toLowerCase(Locale.ROOT).matches("\"?sample\"?\\s*([,;\t].*)?")).orElse(false);
    }

    private static String specimenField(CmfSpecimen s) {
        return "SPECIMEN " + s.specimenId();
    }
}
