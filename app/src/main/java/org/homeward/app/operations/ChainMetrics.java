package org.homeward.app.operations;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.homeward.app.chain.ChainVerification;
import org.homeward.app.chain.TamperEvidentLog;
import org.homeward.app.checkpoint.Checkpoints;
import org.homeward.app.checkpoint.KeptCheckpoints;
import org.homeward.app.security.SystemTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@code homeward_chain_intact{chain=…}}: 1 when the chain's last scheduled verification found every
 * link intact and every signed checkpoint of it still matched (as {@code homeward verify} does), 0
 * when not (and the problem is logged), NaN before the first verification. A minute after the start,
 * then every {@code homeward.operations.verification-interval}.
 */
@Component
@ConditionalOnWebApplication
class ChainMetrics {

    private static final Logger log = LoggerFactory.getLogger(ChainMetrics.class);

    private final List<TamperEvidentLog> chains;
    private final Checkpoints checkpoints;
    private final Map<String, Double> intact = new ConcurrentHashMap<>();

    ChainMetrics(List<TamperEvidentLog> chains, Checkpoints checkpoints, MeterRegistry registry) {
        this.chains = List.copyOf(chains);
        this.checkpoints = checkpoints;
        this.chains.forEach(chain -> Gauge.builder("homeward.chain.intact", intact, status -> status.getOrDefault(chain.name(), Double.NaN))
                .description("1 when the chain and its checkpoints verified at the last scheduled verification, 0 when not")
                .tag("chain", chain.name()).register(registry));
    }

    @Scheduled(initialDelayString = "60s", fixedDelayString = "${homeward.operations.verification-interval}")
    void verify() {
        for (TamperEvidentLog chain : chains) {
            try {
                Optional<String> problem = problem(chain);
                problem.ifPresent(found -> log.error("Scheduled verification: {}", found));
                intact.put(chain.name(), problem.isEmpty() ? 1.0 : 0.0);
            } catch (RuntimeException failed) {
                log.error("Scheduled verification of the {} chain failed; its metric is unknown until the next", chain.name(), failed);
                intact.remove(chain.name());
            }
        }
    }

    /** What {@code homeward verify} would report of the chain: a broken link, an unmatched checkpoint, a forged checkpoint line. */
    private Optional<String> problem(TamperEvidentLog chain) {
        ChainVerification verification = SystemTasks.callAs(SystemTasks.OPERATIONS, chain::verify);
        if (!verification.intact()) {
            return Optional.of(verification.summary());
        }
        KeptCheckpoints kept = checkpoints.read();
        return checkpoints.check(chain, verification, kept).or(kept::refused);
    }
}
