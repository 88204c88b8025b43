package org.homeward.app.cli;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

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
     * output stays readable.
     */
    public ConfigurableApplicationContext startWithoutWeb(Map<String, Object> properties) {
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
