package org.homeward.app.identification;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.homeward.kinship.screen.Screening;
import org.homeward.kinship.screen.ScreeningJob;
import org.homeward.kinship.screen.ScreeningResult;

/**
 * Stands in for {@code org.homeward.spark.SparkJobCommand} in the application's tests, which cannot have Spark
 * on their classpath: the same arguments ({@code --job FILE --out FILE}), the job screened by the in-process
 * engine (the Spark engine's candidates are these, bit for bit: the spark module's tests), the same result file.
 * When the file named by {@code -Dhomeward.test.fail-if} exists, it fails as an unreachable master would.
 */
public final class InProcessJobCommand {

    private InProcessJobCommand() { }

    public static void main(String[] args) throws IOException {
        String failIf = System.getProperty("homeward.test.fail-if");
        if (failIf != null && Files.exists(Path.of(failIf))) {
            System.err.println("Starting the Spark context…");
            System.err.println("error: the Spark master spark://nowhere:7077 is unreachable");
            System.exit(1);
        }
        if (args.length != 4 || !args[0].equals("--job") || !args[2].equals("--out")) {
            System.err.println("usage: --job FILE --out FILE");
            System.exit(2);
        }
        ScreeningJob job;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(args[1])))) {
            job = ScreeningJob.read(in);
        }
        Screening screening = job.settings().builder().threads(1).build();
        List<Screening.Refusal> refused = screening.load(job.families(), job.remains());
        ScreeningResult result = screening.run();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[3])))) {
            new ScreeningJob.Result(result.candidates(), result.pairsScreened(), result.pairsAboveThreshold(), refused).write(out);
        }
    }
}
