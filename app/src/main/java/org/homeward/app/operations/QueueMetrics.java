package org.homeward.app.operations;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.homeward.app.identification.Identification;
import org.homeward.app.remains.RemainsRegister;
import org.homeward.app.remains.WorkQueue;
import org.homeward.app.security.SystemTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@code homeward_queue_size{queue=…}}: the candidates awaiting review and the remains register's
 * daily queues (awaiting examination, awaiting results, failed to redo), read every
 * {@code homeward.operations.queue-interval} rather than at every scrape, NaN until first read.
 */
@Component
@ConditionalOnWebApplication
class QueueMetrics {

    static final String REVIEW = "review";

    private static final Logger log = LoggerFactory.getLogger(QueueMetrics.class);

    private final Identification identification;
    private final RemainsRegister remains;
    private volatile Map<String, Double> sizes = Map.of();

    QueueMetrics(Identification identification, RemainsRegister remains, MeterRegistry registry) {
        this.identification = identification;
        this.remains = remains;
        Stream.concat(Stream.of(REVIEW), Stream.of(WorkQueue.Kind.values()).map(QueueMetrics::name)).forEach(queue -> Gauge
                .builder("homeward.queue.size", this, metrics -> metrics.sizes.getOrDefault(queue, Double.NaN)).description("Items waiting in a work queue, as last read").tag("queue", queue).register(registry));
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${homeward.operations.queue-interval}")
    void refresh() {
        try {
            sizes = SystemTasks.callAs(SystemTasks.OPERATIONS, () -> {
                Map<String, Double> read = new LinkedHashMap<>();
                read.put(REVIEW, (double) identification.queue().size());
                remains.queues(0).forEach(queue -> read.put(name(queue.kind()), (double) queue.count()));
                return Map.copyOf(read);
            });
        } catch (RuntimeException failed) {
            log.warn("Could not read the queue sizes for the metrics; they keep their last values", failed);
        }
    }

    private static String name(WorkQueue.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
