package org.homeward.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.homeward.formats.common.Strictness;
import org.homeward.formats.familias.DviCase;
import org.homeward.formats.familias.FamFile;
import org.homeward.formats.familias.FamiliasKinship;
import org.homeward.formats.familias.FamiliasReader;
import org.homeward.formats.markers.MarkerNames;
import org.homeward.kinship.Marker;
import org.homeward.kinship.dvi.DviAnalysis;
import org.homeward.kinship.dvi.DviOptions;
import org.homeward.kinship.dvi.DviProblem;
import org.homeward.kinship.dvi.DviReport;
import org.homeward.kinship.dvi.DviResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code homeward dvi FILE.fam}: the joint identification of a Familias DVI file, as the
 * conclusions tables per missing person (AM) and per victim (PM).
 */
@Command(name = "dvi", mixinStandardHelpOptions = true,
        description = {"Run the disaster-victim identification analysis on a Familias DVI file and print the conclusions:",
                "pairwise LRs, exclusions (more than 2 incompatible markers), undisputed matches, then joint analysis",
                "of families with several missing persons (GLR, symmetric matches). Argus X-12 X-STRs are taken as X-linked",
                "(a man's one allele written twice; each marker independent)."})
final class DviCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.fam", description = "A Familias DVI file (with a [DVI] section).")
    Path file;

    @Option(names = "--threshold", defaultValue = "10000", paramLabel = "LR",
            description = "LR for undisputed and GLR matches (default 10000).")
    double threshold;

    @Option(names = "--probable", defaultValue = "1000", paramLabel = "LR", description = "LR above which a single best match is probable (default 1000).")
    double probable;

    @Option(names = "--max-incompatible", defaultValue = "2", paramLabel = "N",
            description = "Exclude pairings incompatible at more than N markers without mutation (default 2).")
    int maxIncompatible;

    @Option(names = "--ignore-sex", description = "Pair victims with missing persons of either sex.")
    boolean ignoreSex;

    @Option(names = "--lenient", description = "Read what is sound in the file and list what was skipped.")
    boolean lenient;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!(threshold >= 1) || !(probable >= 1) || maxIncompatible < 0) {
            throw new CommandFailedException("--threshold and --probable must be at least 1, --max-incompatible at least 0");
        }
        Strictness strictness = lenient ? Strictness.LENIENT : Strictness.STRICT;
        FamFile fam = FileInputs.report(FileInputs.read(() -> FamiliasReader.read(file, strictness)), err);
        if (!fam.isDvi()) {
            throw new CommandFailedException(file + " is a Familias file without a [DVI] section: nothing to identify");
        }
        DviCase dvi = FileInputs.report(FileInputs.read(() -> FamiliasKinship.dviCase(fam, file.toString(), strictness)), err);
        // an Argus X-12 X-STR of the file is X-linked: a man's one allele, a father's X to his daughters only
        Map<Boolean, List<Marker>> xLinked = dvi.markers().stream().collect(Collectors.partitioningBy(m -> MarkerNames.isXLinked(m.name())));
        DviProblem problem = FileInputs.kinship(() -> DviProblem.of(xLinked.get(false), xLinked.get(true),
                dvi.victims().stream().map(v -> new DviProblem.Victim(v.profile(), v.sex())).toList(),
                dvi.families().stream().map(f -> new DviProblem.Family(f.name(), f.pedigree(), f.missingPersons(), f.references())).toList(),
                List.of()));
        DviOptions options = DviOptions.defaults().withThresholds(threshold, probable)
                .withMaxIncompatibleMarkers(maxIncompatible).withIgnoreSex(ignoreSex);
        DviResult result = FileInputs.kinship(() -> DviAnalysis.run(problem, options));
        out.println(DviReport.format(result).stripTrailing());
        out.flush();
        return 0;
    }
}
