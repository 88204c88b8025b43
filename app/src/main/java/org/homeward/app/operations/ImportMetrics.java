package org.homeward.app.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.homeward.app.genetics.ImportRejectedException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * {@code homeward_imports_rejected_total}: lab result files (the genetics door) and manifests refused
 * whole. {@link ImportRejectedException} counts itself through Micrometer's global registry, which
 * Spring Boot's registry belongs to; this registers the counter at start, so it reads 0 rather than
 * being absent until the first refusal.
 */
@Component
@ConditionalOnWebApplication
class ImportMetrics implements MeterBinder {

    @Override
    public void bindTo(MeterRegistry registry) {
        Counter.builder(ImportRejectedException.METER).description("Imported files (lab results, manifests) refused whole")
                .register(registry);
    }
}
