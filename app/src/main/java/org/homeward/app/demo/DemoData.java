package org.homeward.app.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link DemoDataLoader} when the application starts with {@code homeward.demo=true}
 * ({@code homeward serve --demo}), after the database is migrated and before the command reports
 * that Homeward is running.
 */
@Component
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final boolean enabled;
    private final ObjectProvider<DemoDataLoader> loaders;

    DemoData(@Value("${homeward.demo:false}") boolean enabled, ObjectProvider<DemoDataLoader> loaders) {
        this.enabled = enabled;
        this.loaders = loaders;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (enabled) {
            loadAll(loaders.orderedStream().toList());
        }
    }

    static void loadAll(List<DemoDataLoader> loaders) {
        for (DemoDataLoader loader : loaders) {
            log.info("Loading demo data: {}", loader.name());
            loader.load();
        }
    }
}
