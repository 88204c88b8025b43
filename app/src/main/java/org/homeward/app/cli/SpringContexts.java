package org.homeward.app.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.homeward.app.database.RunningHomeward;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.StringUtils;

/**
 * Starts the application context for the commands that need it. A command gets one by declaring a
 * constructor that takes it ({@code ServeCommand(SpringContexts spring)}); only those commands
 * start Spring, so {@code homeward --help} or a file check never start Spring or the database.
 */
public final class SpringContexts {

    private final Class<?> application;

    /** {@code application} is the {@code @SpringBootApplication} class. */
    SpringContexts(Class<?> application) {
        this.application = application;
    }

    /** The whole application with its web server; {@code listener} hears the context's events. */
    public ConfigurableApplicationContext startWeb(Map<String, Object> properties, ApplicationListener<?> listener) {
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.SERVLET)
                .listeners(listener)
                .run(arguments(properties));
    }

    /**
     * The application without a web server, for a command that works on the database; close it
     * when done (try-with-resources). It logs only warnings and errors, so the command's own
     * output stays readable. While a server runs on the data directory, the command fails with one
     * line saying what to do.
     */
    public ConfigurableApplicationContext startWithoutWeb(Map<String, Object> properties) {
        running(properties).ifPresent(server -> {
            throw inUse(server);
        });
        return startQuietly(properties);
    }

    /**
     * Like {@link #startWithoutWeb}, but while a server runs on the data directory, on that
     * server's embedded database (its port is in the data directory's lock file) instead of
     * failing: for commands that read consistently beside the server, such as {@code backup}.
     */
    public ConfigurableApplicationContext startWithoutWebBesideServer(Map<String, Object> properties) {
        Optional<RunningHomeward> server = running(properties);
        if (server.isEmpty()) {
            return startQuietly(properties);
        }
        Map<String, Object> attached = new HashMap<>(properties);
        attached.put("homeward.db.url", server.get().jdbcUrl().orElseThrow(() -> inUse(server.get())));
        attached.put("homeward.db.user", RunningHomeward.databaseUser());
        return startQuietly(attached);
    }

    /** The server holding the embedded database's data directory; none when an external database is configured. */
    private static Optional<RunningHomeward> running(Map<String, Object> properties) {
        if (StringUtils.hasText(setting(properties, "homeward.db.url", "HOMEWARD_DB_URL", ""))) {
            return Optional.empty();
        }
        // the same default as homeward.data-dir in application.properties
        return RunningHomeward.in(Path.of(setting(properties, "homeward.data-dir", "HOMEWARD_DATA_DIR", "./data")));
    }

    private static String setting(Map<String, Object> properties, String property, String environment, String otherwise) {
        Object given = properties.get(property);
        if (given != null) {
            return given.toString();
        }
        String fromEnvironment = System.getenv(environment);
        return fromEnvironment != null ? fromEnvironment : otherwise;
    }

    private static CommandFailedException inUse(RunningHomeward server) {
        return new CommandFailedException("the data directory " + server.dataDirectory() + " is in use by a running Homeward (pid "
                + server.pid() + "): stop it first, or use the running server (its pages verify the audit log and the custody"
                + " chains, and 'homeward backup' works while it runs).");
    }

    private ConfigurableApplicationContext startQuietly(Map<String, Object> properties) {
        Map<String, Object> quiet = new HashMap<>(properties);
        quiet.putIfAbsent("logging.level.root", "WARN");
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(arguments(quiet));
    }

    /**
     * The properties as {@code --name=value} arguments: command-line arguments outrank
     * application.properties and the environment, as options typed by the user should.
     */
    private static String[] arguments(Map<String, Object> properties) {
        return properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
    }
}
