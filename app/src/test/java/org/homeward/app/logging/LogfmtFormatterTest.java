package org.homeward.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;

class LogfmtFormatterTest {

    private final LogfmtFormatter formatter = new LogfmtFormatter();

    @Test
    void a_line_of_key_value_pairs_with_quoted_message() {
        LoggingEvent event = new LoggingEvent("test", ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("org.homeward.app.cli.ServeCommand"),
                Level.INFO, "Received {} bodies, \"bag\" {}", null, new Object[] {1245, "A-17"});
        event.setTimeStamp(0);
        event.setThreadName("main");
        event.addKeyValuePair(new org.slf4j.event.KeyValuePair("transfer", "T 4"));

        assertThat(formatter.format(event)).isEqualTo("time=1970-01-01T00:00:00Z level=INFO logger=o.h.a.c.ServeCommand"
                + " thread=main msg=\"Received 1245 bodies, \\\"bag\\\" A-17\" transfer=\"T 4\"\n");
    }

    @Test
    void logger_names_are_abbreviated_to_the_class() {
        assertThat(LogfmtFormatter.abbreviate("org.homeward.app.HomewardApplication")).isEqualTo("o.h.a.HomewardApplication");
        assertThat(LogfmtFormatter.abbreviate("root")).isEqualTo("root");
    }
}
