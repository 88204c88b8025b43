package org.homeward.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.homeward.formats.ScreeningFiles;
import org.homeward.formats.common.Strictness;
import org.homeward.kinship.screen.Candidate;
import org.homeward.kinship.screen.Screening;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code homeward screen}: batch identification from files, without a server. Reads reference
 * families and remains, screens every remains against every missing person with the exact engine's
 * numbers, and writes one CSV row per candidate.
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = {"Screen remains against reference families from files and write the candidates as CSV.",
                "References: a Familias DVI file (.fam) or a family table (CSV: family,person,sex,father,mother,missing,",
                "then a column per marker with genotypes as 14/16). Remains: GeneMapper ID-X export, CODIS CMF XML or .fam.",
                "Formats are recognised by content. Columns: remains, family, missing person, LR, log10 LR,",
                "markers compared, inconsistent markers (incompatible without mutation). When the references or --frequencies",
                "give frequencies for Argus X-12 X-STRs, two more: the X LR's log10 (one marker per linkage group, the groups",
                "independent) and the markers used; remains typed only at X-STRs get rows against every family with X-typed",
                "relatives (LR = the X LR, no autosomal marker compared)."})
final class ScreenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--references", required = true, paramLabel = "FILE", description = "Reference families (Familias DVI .fam or a family table).")
    Path references;

    @Option(names = "--remains", required = true, paramLabel = "FILE", description = "Remains profiles (GeneMapper, CMF or .fam).")
    Path remains;

    @Option(names = "--frequencies", paramLabel = "FILE",
            description = "Allele frequencies (CSV marker,allele,frequency or a norSTR-style list) replacing the references file's; "
                    + "mutation models stay those of the references file.")
    Path frequencies;

    @Option(names = "--threshold", defaultValue = "1", paramLabel = "LR", description = "Report pairs with LR at or above this (default 1).")
    double threshold;

    @Option(names = "--top", defaultValue = "10", paramLabel = "K", description = "Best families per remains and remains per family (default 10).")
    int top;

    @Option(names = "--rare-allele-frequency", paramLabel = "F",
            description = "Add alleles missing from the frequency table at this frequency (and rescale); default: refuse them.")
    Double rareAlleleFrequency;

    @Option(names = "--ignore-sex", description = "Also pair remains with missing persons of the other sex (default: remains of known sex "
            + "are paired only with missing persons of the same sex).")
    boolean ignoreSex;

    @Option(names = "--lenient", description = "Import what is sound and list what was skipped, instead of refusing a file with any problem.")
    boolean lenient;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the CSV here (default: standard output).")
    Path out;

    /** Families loaded between two updates of the progress bar. */
    private static final int PROGRESS_STEP = 64;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Strictness strictness = lenient ? Strictness.LENIENT : Strictness.STRICT;
        ScreeningFiles.Inputs inputs = FileInputs.report(FileInputs.read(() -> ScreeningFiles.load(references, remains, frequencies, strictness)), err);
        Screening screening = FileInputs.kinship(() -> inputs.builder(rareAlleleFrequency)
                .minLr(threshold)
                .topK(top)
                .sexConsistent(!ignoreSex)
                .build());
        screening.notes().forEach(n -> err.println("note: " + n));

        List<Screening.Family> toScreen = inputs.families();
        int total = inputs.missingPersons();
        Progress progress = new Progress(err, "preparing families", total);
        List<String> refused = new ArrayList<>();
        int prepared = 0;
        for (int from = 0; from < toScreen.size(); from += PROGRESS_STEP) {
            List<Screening.Family> step = toScreen.subList(from, Math.min(toScreen.size(), from + PROGRESS_STEP));
            screening.load(step, List.of()).forEach(r -> refused.addAll(r.problems()));
            prepared += step.stream().mapToInt(f -> f.missingPersons().size()).sum();
            progress.update(prepared);
        }
        progress.finish();
        if (!refused.isEmpty()) {
            throw new CommandFailedException(String.join(System.lineSeparator() + "  ", refused));
        }
        FileInputs.kinship(() -> screening.load(List.of(), inputs.remains()));
        List<Candidate> screened = screening.run().candidates();
        if (inputs.xMarkers().isEmpty()) {
            write(ScreeningFiles.candidatesCsv(screened));
        } else {
            // X-STRs as the application's candidates have them: one marker per linkage group, after the screening
            ScreeningFiles.XResults x = FileInputs.kinship(() -> inputs.xEvidence(screened, rareX(), threshold));
            write(ScreeningFiles.candidatesCsv(x.candidates(), x.x()));
            err.printf(Locale.ROOT, "X-STRs: %d candidates with an X LR; %d rows of remains typed only at X-STRs (direct X LR per family)%n",
                    x.x().size(), x.candidates().size() - screened.size());
        }
        err.printf(Locale.ROOT, "%d remains × %d missing persons screened on %d markers: %d candidates at LR ≥ %s%s%n",
                inputs.remains().size(), total, screening.markers().size(), screened.size(), new java.math.BigDecimal(threshold).toPlainString(),
                ignoreSex ? "" : " (sex-consistent pairs only)");
        err.flush();
        return 0;
    }

    private void write(String csv) {
        if (out == null) {
            PrintWriter o = spec.commandLine().getOut();
            o.print(csv);
            o.flush();
            return;
        }
        ScreeningFiles.writeCandidatesCsv(csv, out);
    }

    /** The frequency at which an X allele missing from the frequencies is added: the option's, else the application's default. */
    private double rareX() {
        return rareAlleleFrequency != null ? rareAlleleFrequency : DEFAULT_RARE_X;
    }

    /** X-STR databases are small: an allele they lack is expected, and enters at this frequency unless the option says. */
    static final double DEFAULT_RARE_X = 0.001;

}
