package org.homeward.app.operations;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.homeward.app.identification.Run;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Screening runs as they are committed: {@code homeward_screening_runs_seconds} (count and duration
 * per run kind), {@code homeward_screening_pairs_total} and the pairs per second of the last run
 * (pairs screened over the run's whole duration, planning and profile building included).
 */
@Component
@ConditionalOnWebApplication
class ScreeningMetrics {

    private final MeterRegistry registry;
    private final Counter pairs;
    private volatile double lastPairsPerSecond = Double.NaN;

    ScreeningMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.pairs = Counter.builder("homeward.screening.pairs").description("Remains-family pairs screened by committed runs")
                .register(registry);
        Gauge.builder("homeward.screening.last.run.pairs.per.second", this, metrics -> metrics.lastPairsPerSecond)
                .description("Pairs screened per second of the last committed run (NaN before the first)").register(registry);
    }

    @TransactionalEventListener
    void on(Run run) {
        Timer.builder("homeward.screening.runs").description("Committed screening runs and their duration")
                .tag("kind", run.kind().name().toLowerCase(java.util.Locale.ROOT)).register(registry)
                .record(run.durationMs(), TimeUnit.MILLISECONDS);
        pairs.increment(run.pairsScreened());
        lastPairsPerSecond = run.pairsScreened() * 1000.0 / Math.max(1, run.durationMs());
    }
}
