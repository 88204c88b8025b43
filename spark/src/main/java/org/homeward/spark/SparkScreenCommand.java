package org.homeward.spark;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.homeward.formats.ScreeningFiles;
import org.homeward.formats.common.FormatException;
import org.homeward.formats.common.ReadResult;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.common.UserException;
import org.homeward.kinship.screen.Screening;
import org.homeward.kinship.screen.ScreeningJob;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code homeward screen --engine spark}: the {@code screen} command's batch screening from files, run on
 * Spark. Same inputs, options and CSV as the in-process command, plus the Spark master, the number of
 * partitions and a Parquet export. The launcher ({@code ./homeward}) runs it from this module's own
 * classpath; on a cluster it is the main class given to {@code spark-submit}.
 */
@Command(name = "screen --engine spark", mixinStandardHelpOptions = true,
        description = {"Screen remains against reference families on Apache Spark and write the candidates as CSV or Parquet.",
                "Inputs and CSV columns as `homeward screen`; the candidates are identical to the in-process engine's."})
public final class SparkScreenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--references", required = true, paramLabel = "FILE", description = "Reference families (Familias DVI .fam or a family table).")
    Path references;

    @Option(names = "--remains", required = true, paramLabel = "FILE", description = "Remains profiles (GeneMapper, CMF or .fam).")
    Path remains;

    @Option(names = "--frequencies", paramLabel = "FILE",
            description = "Allele frequencies (CSV or norSTR) replacing the references file's; mutation models stay the references file's.")
    Path frequencies;

    @Option(names = "--threshold", defaultValue = "1", paramLabel = "LR", description = "Report pairs with LR at or above this (default 1).")
    double threshold;

    @Option(names = "--top", defaultValue = "10", paramLabel = "K", description = "Best families per remains and remains per family (default 10).")
    int top;

    @Option(names = "--rare-allele-frequency", paramLabel = "F",
            description = "Add alleles missing from the frequency table at this frequency (and rescale); default: refuse them.")
    Double rareAlleleFrequency;

    @Option(names = "--ignore-sex", description = "Also pair remains with missing persons of the other sex.")
    boolean ignoreSex;

    @Option(names = "--lenient", description = "Import what is sound and list what was skipped, instead of refusing a file with any problem.")
    boolean lenient;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the CSV here (default: standard output, unless --parquet is given).")
    Path out;

    @Option(names = "--parquet", paramLabel = "DIR", description = "Write the candidates as Parquet into this new directory (any path Spark can write: file:, hdfs:, s3a:).")
    String parquet;

    @Mixin
    ClusterOptions cluster;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return SparkCommands.commandLine(new SparkScreenCommand());
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Strictness strictness = lenient ? Strictness.LENIENT : Strictness.STRICT;
        ScreeningFiles.Inputs inputs = report(read(() -> ScreeningFiles.load(references, remains, frequencies, strictness)), err);
        // Fitted here, in the driver, exactly as the in-process command fits them; the executors get the result.
        Screening fitted = SparkCommands.kinship(() -> inputs.builder(rareAlleleFrequency).minLr(threshold).topK(top).sexConsistent(!ignoreSex)
                .threads(1).build());
        fitted.notes().forEach(n -> err.println("note: " + n));
        ScreeningJob.Settings settings = fitted.jobSettings();

        SparkCommands.inSession("homeward-screen", cluster.master, spark -> {
            SparkScreening.Outcome outcome = SparkCommands.screen(spark, settings, inputs.families(), inputs.remains(), cluster.partitions, err);
            if (!outcome.refusals().isEmpty()) {
                List<String> problems = new ArrayList<>();
                outcome.refusals().forEach(r -> problems.addAll(r.problems()));
                throw new UserException(SparkCommands.problems(problems));
            }
            if (parquet != null) {
                CandidateParquet.write(spark, outcome.candidates(), parquet);
            }
            if (out != null || parquet == null) {
                writeCsv(outcome);
            }
            err.printf(Locale.ROOT, "%d remains × %d missing persons screened on %d markers: %d candidates at LR ≥ %s%s%n",
                    inputs.remains().size(), inputs.missingPersons(), settings.markers().size(),
                    outcome.candidates().size(), new BigDecimal(threshold).toPlainString(), ignoreSex ? "" : " (sex-consistent pairs only)");
            err.flush();
            return outcome;
        });
        return 0;
    }

    private void writeCsv(SparkScreening.Outcome outcome) {
        if (out == null) {
            PrintWriter o = spec.commandLine().getOut();
            o.print(ScreeningFiles.candidatesCsv(outcome.candidates()));
            o.flush();
            return;
        }
        ScreeningFiles.writeCandidatesCsv(outcome.candidates(), out);
    }

    /** Reads with a format reader; a file with problems fails the command with all of them (file, line, field). */
    private static <T> ReadResult<T> read(Supplier<ReadResult<T>> read) {
        try {
            return read.get();
        } catch (FormatException e) {
            StringBuilder s = new StringBuilder(e.problems().size() + " problem(s):");
            e.problems().forEach(p -> s.append(System.lineSeparator()).append("  ").append(p));
            throw new UserException(s.toString());
        }
    }

    private static <T> T report(ReadResult<T> result, PrintWriter err) {
        result.problems().forEach(err::println);
        err.flush();
        return result.value();
    }

}
