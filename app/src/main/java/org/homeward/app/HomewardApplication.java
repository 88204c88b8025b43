package org.homeward.app;

import java.time.Clock;

import org.homeward.app.cli.HomewardCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The Homeward application. {@link #main} parses the command line; only the commands that need
 * it (such as {@code serve}) start Spring, through {@link org.homeward.app.cli.SpringContexts}, with this class as their
 * configuration.
 */
@SpringBootApplication
public class HomewardApplication {

    public static void main(String[] args) {
        int exitCode = HomewardCommand.execute(HomewardApplication.class, args);
        System.exit(exitCode);
    }

    /** The one clock of the application: timestamps (custody, audit) come from here, so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
