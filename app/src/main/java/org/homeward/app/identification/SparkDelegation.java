package org.homeward.app.identification;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.homeward.kinship.screen.ScreeningJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * A FULL run's all-pairs pass screened by a separate process, Spark's ({@code homeward.identification.spark-command},
 * e.g. {@code spark-submit --master spark://h:7077 --class org.homeward.spark.SparkJobCommand homeward-spark-…-submit.jar}):
 * the job ({@link ScreeningJob}: the screening's settings, families and remains) written to a private temporary
 * directory, the command run by {@code /bin/sh -c} with {@code --job FILE --out FILE} appended, its result read back.
 * Spark stays out of the application: only the files pass between them. A command that fails, is killed or outlasts
 * {@code spark-timeout} fails the run with the last lines it wrote; the directory is deleted either way.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SparkDelegation {

    private static final Logger log = LoggerFactory.getLogger(SparkDelegation.class);
    /** Lines of the command's output quoted when it fails, and the bytes they are looked for in. */
    private static final int QUOTED_LINES = 15;
    private static final int QUOTED_BYTES = 8192;

    private final IdentificationProperties properties;

    /** True when FULL runs are screened on Spark. */
    boolean configured() {
        return !properties.sparkCommand().isBlank();
    }

    /** Screens the job in the configured command's process. */
    ScreeningJob.Result screen(ScreeningJob job) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("homeward-spark-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path jobFile = dir.resolve("job.bin");
            Path resultFile = dir.resolve("result.bin");
            Path output = dir.resolve("output.log");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(jobFile))) {
                job.write(out);
            }
            long t0 = System.nanoTime();
            Process process = new ProcessBuilder("/bin/sh", "-c", properties.sparkCommand() + " \"$@\"", "homeward-spark",
                    "--job", jobFile.toString(), "--out", resultFile.toString())
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            process.getOutputStream().close();
            finish(process, output);
            log.info("Screened {} families × {} remains on Spark in {} ms", job.families().size(), job.remains().size(),
                    (System.nanoTime() - t0) / 1_000_000);
            try (InputStream in = new BufferedInputStream(Files.newInputStream(resultFile))) {
                return ScreeningJob.Result.read(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The screening on Spark could not be started or read: " + e.getMessage(), e);
        } finally {
            delete(dir);
        }
    }

    /** Waits for the process within the timeout; a failure, the wait's end or an interrupt fails the run. */
    private void finish(Process process, Path output) throws IOException {
        try {
            if (!process.waitFor(properties.sparkTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                throw new IllegalStateException("The screening on Spark did not finish within " + properties.sparkTimeout()
                        + "; it was stopped. Its last output: " + lastLines(output));
            }
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The screening on Spark was interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("The screening on Spark failed (exit " + process.exitValue() + "): " + lastLines(output));
        }
    }

    /** The process and what it started (the shell's java, spark-submit's driver). */
    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static String lastLines(Path output) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(output.toFile(), "r")) {
            long from = Math.max(0, f.length() - QUOTED_BYTES);
            byte[] tail = new byte[(int) (f.length() - from)];
            f.seek(from);
            f.readFully(tail);
            List<String> lines = Arrays.stream(new String(tail, StandardCharsets.UTF_8).split("\\R")).filter(l -> !l.isBlank()).toList();
            return lines.isEmpty() ? "(no output)" : String.join("\n", lines.subList(Math.max(0, lines.size() - QUOTED_LINES), lines.size()));
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete the Spark screening's directory {}", dir, e);
        }
    }
}
