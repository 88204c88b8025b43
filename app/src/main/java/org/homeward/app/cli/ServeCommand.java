package org.homeward.app.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.homeward.app.database.DataDirectoryInUseException;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code homeward serve}: runs the web application until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the web application (and the embedded PostgreSQL unless HOMEWARD_DB_URL is set).")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT",
            description = "HTTP port (default: $HOMEWARD_PORT, else 8080; 0 picks a free one).")
    Integer port;

    @Mixin
    DataDirectoryApplication application;

    @Option(names = "--demo", description = "Load the demonstration data of every feature (idempotent: loading twice changes nothing).")
    boolean demo;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, Object> properties = new HashMap<>();
        if (port != null) {
            properties.put("server.port", port);
        }
        properties.put("homeward.demo", demo);

        CountDownLatch closed = new CountDownLatch(1);
        ApplicationListener<ContextClosedEvent> onClose = event -> closed.countDown();
        ConfigurableApplicationContext context;
        try {
            context = application.startWeb(properties, onClose);
        } catch (RuntimeException startFailure) {
            Optional<DataDirectoryInUseException> inUse = findCause(startFailure, DataDirectoryInUseException.class);
            if (inUse.isPresent()) {
                throw new CommandFailedException(inUse.get().getMessage(), startFailure);
            }
            throw new CommandFailedException("Homeward did not start; the log above says why.", startFailure);
        }

        int actualPort = ((WebServerApplicationContext) context).getWebServer().getPort();
        PrintWriter out = application.out();
        out.println("Homeward is running at http://localhost:" + actualPort + "/ (stop it with Ctrl+C)");
        out.flush();
        closed.await();
        return 0;
    }

    private static <T extends Throwable> Optional<T> findCause(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }
}
