package org.homeward.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every {@code @SpringBootTest} application context of this module its own new database on
 * the shared {@link TestPostgres}, and its own temporary data directory, so no test ever touches
 * {@code ./data} and no two contexts share rows. Flyway migrates the new database as in production.
 * Registered in {@code src/test/resources/META-INF/spring.factories}: nothing to add to a test.
 *
 * <p>Spring caches contexts by configuration: test classes with the same configuration share one
 * context, hence one database. A test that must start from an empty database uses its own
 * configuration (or {@code @DirtiesContext}).
 */
class FreshDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        boolean springBootTest = MergedAnnotations.search(SearchStrategy.TYPE_HIERARCHY)
                .withEnclosingClasses(enclosing -> true)
                .from(testClass)
                .isPresent(SpringBootTest.class);
        return springBootTest ? new FreshDatabase() : null;
    }

    private static final class FreshDatabase implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
            Path dataDirectory;
            try {
                dataDirectory = Files.createTempDirectory("homeward-test-data");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            dataDirectory.toFile().deleteOnExit();
            Map<String, Object> properties = Map.of(
                    "homeward.db.url", TestPostgres.createDatabase(),
                    "homeward.db.user", TestPostgres.USER,
                    "homeward.db.password", "",
                    "homeward.db.max-pool-size", "4",
                    "homeward.data-dir", dataDirectory.toString());
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("homeward-test-database", properties));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof FreshDatabase;
        }

        @Override
        public int hashCode() {
            return FreshDatabase.class.hashCode();
        }
    }
}
