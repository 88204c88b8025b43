package org.homeward.app.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The application on the data directory, for every command that needs the database or other beans:
 * {@code @Mixin DataDirectoryApplication application} gives the command its {@code --data-dir} option,
 * its output, and a Spring context started on that directory (closed by the caller: try-with-resources).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class DataDirectoryApplication {

    private final SpringContexts spring;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Mixin
    DataDirectoryOption dataDirectory;

    /** The command's standard output. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** What a command does on the started application, writing to {@code out}; it answers the exit code. */
    @FunctionalInterface
    interface Work {
        int run(ConfigurableApplicationContext context, PrintWriter out);
    }

    /** Runs {@code work} on the application started by {@link #start()}, closes it and flushes the output. */
    int run(Work work) {
        return run(start(), work);
    }

    /** Runs {@code work} on the application started by {@link #startBesideServer()}, closes it and flushes the output. */
    int runBesideServer(Work work) {
        return run(startBesideServer(), work);
    }

    private int run(ConfigurableApplicationContext started, Work work) {
        PrintWriter out = out();
        try (started) {
            return work.run(started, out);
        } finally {
            out.flush();
        }
    }

    /** The application without its web server, refused while {@code homeward serve} runs on the directory. */
    ConfigurableApplicationContext start() {
        return spring.startWithoutWeb(dataDirectory.properties());
    }

    /** The application without its web server, through the running server's database when there is one. */
    ConfigurableApplicationContext startBesideServer() {
        return spring.startWithoutWebBesideServer(dataDirectory.properties());
    }

    /** The web application, with {@code properties} added to the directory's. */
    ConfigurableApplicationContext startWeb(Map<String, Object> properties, ApplicationListener<?> listener) {
        Map<String, Object> all = new HashMap<>(dataDirectory.properties());
        all.putAll(properties);
        return spring.startWeb(all, listener);
    }
}
