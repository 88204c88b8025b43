package org.homeward.spark;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.homeward.formats.common.UserException;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.screen.Screening;
import org.homeward.kinship.screen.ScreeningJob;

import picocli.CommandLine;

/** What the module's commands share: how they fail, how kinship's refusals read, and their Spark session. */
final class SparkCommands {

    private SparkCommands() { }

    /** The command's line: a failure prints {@code error: …} on standard error and exits 1. */
    static CommandLine commandLine(Object command) {
        return new CommandLine(command).setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("error: " + e.getMessage());
            cmd.getErr().flush();
            return 1;
        });
    }

    /** Runs kinship work; its refusal fails the command with every problem. */
    static <T> T kinship(Supplier<T> compute) {
        try {
            return compute.get();
        } catch (KinshipInputException e) {
            throw new UserException(problems(e.problems()));
        }
    }

    static String problems(List<String> problems) {
        return String.join(System.lineSeparator() + "  ", problems);
    }

    /** Screens on the session's cluster and reports where and how long on standard error. */
    static SparkScreening.Outcome screen(SparkSession spark, ScreeningJob.Settings settings, List<Screening.Family> families,
                                         List<Screening.Remains> remains, int partitions, PrintWriter err) {
        if (partitions < 0) {
            throw new UserException("--partitions must be 0 (automatic) or more, got " + partitions);
        }
        long start = System.nanoTime();
        SparkScreening.Outcome outcome = kinship(() -> SparkScreening.run(JavaSparkContext.fromSparkContext(spark.sparkContext()),
                settings, families, remains, partitions));
        err.printf(Locale.ROOT, "spark: %s, %s in %d partitions, %.1f s%n", spark.sparkContext().master(),
                outcome.layout() == SparkScreening.Layout.FAMILIES_PARTITIONED ? "families" : "remains", outcome.partitions(),
                (System.nanoTime() - start) / 1e9);
        err.flush();
        return outcome;
    }

    /**
     * Does the work in a Spark session on {@code master} (null: the one spark-submit gives, else
     * {@code local[*]}). A session already running in this JVM (a notebook, a test) is joined and left
     * running; one started here is stopped.
     */
    static <T> T inSession(String appName, String master, Function<SparkSession, T> work) {
        SparkSession.Builder builder = SparkSession.builder().appName(appName);
        if (master != null) {
            builder.master(master);
        } else if (System.getProperty("spark.master") == null) {
            builder.master("local[*]"); // not under spark-submit, which sets spark.master
        }
        boolean ours = SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = builder.getOrCreate();
        try {
            return work.apply(spark);
        } finally {
            if (ours) {
                spark.stop();
            }
        }
    }
}
