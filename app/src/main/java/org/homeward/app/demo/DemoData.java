package org.homeward.app.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Runs every {@link DemoDataLoader} when the application starts with {@code homeward.demo=true}
 * ({@code homeward serve --demo}), after the database is migrated and before the command reports
 * that Homeward is running.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    @Value("${homeward.demo:false}")
    private final boolean enabled;
    private final ObjectProvider<DemoDataLoader> loaders;

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
