package org.homeward.app.database;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** The one {@code DataSource}: an external PostgreSQL server by URL, or the embedded one. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

    @Configuration(proxyBeanMethods = false)
    @Conditional(ExternalDatabaseConfigured.class)
    static class External {

        @Bean
        HikariDataSource dataSource(DatabaseProperties database) {
            return pool(database.url(), database.user(), database.password(), database.maxPoolSize());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(NoExternalDatabaseConfigured.class)
    static class Embedded {

        @Bean(destroyMethod = "close")
        EmbeddedPostgresServer embeddedPostgresServer(@Value("${homeward.data-dir}") Path dataDirectory) {
            return EmbeddedPostgresServer.start(dataDirectory);
        }

        @Bean
        HikariDataSource dataSource(EmbeddedPostgresServer server, DatabaseProperties database) {
            return pool(server.jdbcUrl(), EmbeddedPostgresServer.USER, null, database.maxPoolSize());
        }
    }

    private static HikariDataSource pool(String url, String user, String password, int maxPoolSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("homeward");
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(maxPoolSize);
        return new HikariDataSource(config);
    }

    static class ExternalDatabaseConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("homeward.db.url"));
        }
    }

    static class NoExternalDatabaseConfigured extends ExternalDatabaseConfigured {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !super.matches(context, metadata);
        }
    }
}
