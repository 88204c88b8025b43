package org.homeward.spark;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.homeward.kinship.screen.ScreeningJob;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code homeward spark-job}: the application's identification run delegated to Spark. Reads a
 * {@link ScreeningJob} the application wrote (its screening's settings with θ and the remains' dropout
 * class, its families and remains in its order), screens it with {@link SparkScreening} and writes the
 * {@link ScreeningJob.Result} the application publishes as its own run's. Exits 1 with {@code error: …}
 * on standard error when the job cannot be read or screened. On a cluster it is the main class given
 * to {@code spark-submit}.
 */
@Command(name = "spark-job", mixinStandardHelpOptions = true,
        description = {"Screen a screening job file written by the Homeward application on Apache Spark and write its result file."})
public final class SparkJobCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--job", required = true, paramLabel = "FILE", description = "The screening job the application wrote.")
    Path job;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where the screening result is written.")
    Path out;

    @Mixin
    ClusterOptions cluster;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return SparkCommands.commandLine(new SparkJobCommand());
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ScreeningJob screening;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(job))) {
            screening = SparkCommands.kinship(() -> ScreeningJob.read(in));
        }
        SparkScreening.Outcome outcome = SparkCommands.inSession("homeward-job", cluster.master, spark ->
                SparkCommands.screen(spark, screening.settings(), screening.families(), screening.remains(), cluster.partitions, err));
        ScreeningJob.Result result = new ScreeningJob.Result(outcome.candidates(), outcome.pairsScreened(),
                outcome.pairsAboveThreshold(), outcome.refusals());
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
            result.write(o);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        err.printf(Locale.ROOT, "%d remains × %d families screened: %d candidates, %d pairs%n", screening.remains().size(),
                screening.families().size(), result.candidates().size(), result.pairsScreened());
        err.flush();
        return 0;
    }
}
