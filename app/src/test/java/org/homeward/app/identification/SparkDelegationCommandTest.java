package org.homeward.app.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Marker;
import org.homeward.kinship.screen.ScreeningJob;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * How a Spark command that does not deliver fails the run: one that outlasts the timeout is killed with
 * what it started, one that writes no result or another file is refused, and the job's directory is
 * deleted either way. (The run's whole path, delegated and failing: {@code SparkDelegationTest}.)
 */
class SparkDelegationCommandTest {

    @EnableConfigurationProperties(IdentificationProperties.class)
    static class Settings {
    }

    static final ScreeningJob JOB = new ScreeningJob(new ScreeningJob.Settings(
            List.of(Marker.builder("M").allele("1", 0.5).allele("2", 0.5).build()), 0, null, 1, 1, true), List.of(), List.of());

    /** The delegation with this command (its arguments: $1 --job, $2 the job file, $3 --out, $4 the result file). */
    private static void with(String command, Consumer<SparkDelegation> test) {
        new ApplicationContextRunner().withUserConfiguration(Settings.class)
                .withPropertyValues("homeward.identification.spark-command=" + command, "homeward.identification.spark-timeout=2s")
                .run(context -> test.accept(new SparkDelegation(context.getBean(IdentificationProperties.class))));
    }

    @Test
    void aCommandThatOutlastsTheTimeoutIsKilledAndItsDirectoryDeleted() {
        with("echo \"job at $2\"; sleep 60;", spark -> {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> spark.screen(JOB)).hasMessageContaining("did not finish within PT2S; it was stopped")
                    .satisfies(e -> {
                        String job = e.getMessage().substring(e.getMessage().indexOf("job at ") + 7).trim();
                        assertThat(Path.of(job).getParent()).doesNotExist();
                    });
            assertThat((System.nanoTime() - t0) / 1e9).isLessThan(30);
        });
    }

    @Test
    void aCommandThatWritesNoResultOrAnotherFileIsRefused() {
        with("exit 0;", spark -> assertThatThrownBy(() -> spark.screen(JOB))
                .hasMessageContaining("The screening on Spark could not be started or read"));
        with("printf 'not a result' > \"$4\"; exit 0;", spark -> assertThatThrownBy(() -> spark.screen(JOB))
                .isInstanceOf(KinshipInputException.class).hasMessageContaining("the screening result is not one"));
    }

    @Test
    void theCommandGetsTheJobAndItsResultIsRead() throws IOException {
        Path seen = Files.createTempFile("homeward-job-seen-", ".bin");
        Path written = Files.createTempFile("homeward-result-", ".bin");
        try {
            try (OutputStream out = Files.newOutputStream(written)) {
                new ScreeningJob.Result(List.of(), 42, 0, List.of()).write(out);
            }
            with("cp \"$2\" '" + seen + "' && cp '" + written + "' \"$4\" && exit 0;", spark ->
                    assertThat(spark.screen(JOB).pairsScreened()).isEqualTo(42));
            try (InputStream in = Files.newInputStream(seen)) {
                assertThat(ScreeningJob.read(in)).isEqualTo(JOB);
            }
        } finally {
            Files.delete(seen);
            Files.delete(written);
        }
    }
}
