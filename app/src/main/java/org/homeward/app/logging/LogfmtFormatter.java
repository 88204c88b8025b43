package org.homeward.app.logging;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.event.KeyValuePair;
import org.springframework.boot.logging.structured.StructuredLogFormatter;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;

/**
 * Console log lines in logfmt: {@code time=… level=INFO logger=o.h.a.cli.ServeCommand msg="…" key=value}.
 * Readable by a person and by a log shipper. MDC entries and SLF4J key-value pairs follow the
 * message; a stack trace follows on the next lines. Set {@code logging.structured.format.console=ecs}
 * (or logstash) for JSON instead.
 */
public class LogfmtFormatter implements StructuredLogFormatter<ILoggingEvent> {

    @Override
    public String format(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(160);
        line.append("time=").append(Instant.ofEpochMilli(event.getTimeStamp()));
        line.append(" level=").append(event.getLevel());
        line.append(" logger=").append(abbreviate(event.getLoggerName()));
        line.append(" thread=");
        appendValue(line, event.getThreadName());
        line.append(" msg=");
        appendValue(line, event.getFormattedMessage());
        for (Map.Entry<String, String> entry : event.getMDCPropertyMap().entrySet()) {
            appendPair(line, entry.getKey(), entry.getValue());
        }
        List<KeyValuePair> pairs = event.getKeyValuePairs();
        if (pairs != null) {
            for (KeyValuePair pair : pairs) {
                appendPair(line, pair.key, String.valueOf(pair.value));
            }
        }
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            appendPair(line, "error", thrown.getClassName());
            line.append('\n').append(ThrowableProxyUtil.asString(thrown));
        }
        return line.append('\n').toString();
    }

    private static void appendPair(StringBuilder line, String key, String value) {
        line.append(' ').append(key.replaceAll("[\\s=\"]", "_")).append('=');
        appendValue(line, value);
    }

    private static void appendValue(StringBuilder line, String value) {
        if (value == null) {
            line.append("\"\"");
            return;
        }
        boolean quote = value.isEmpty() || value.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '=' || c == '\\');
        if (!quote) {
            line.append(value);
            return;
        }
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> line.append("\\\"");
                case '\\' -> line.append("\\\\");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> line.append(c);
            }
        }
        line.append('"');
    }

    /** {@code org.homeward.app.cli.ServeCommand} becomes {@code o.h.a.c.ServeCommand}. */
    static String abbreviate(String loggerName) {
        int lastDot = loggerName.lastIndexOf('.');
        if (lastDot < 0) {
            return loggerName;
        }
        StringBuilder abbreviated = new StringBuilder();
        for (String part : loggerName.substring(0, lastDot).split("\\.")) {
            if (!part.isEmpty()) {
                abbreviated.append(part.charAt(0)).append('.');
            }
        }
        return abbreviated.append(loggerName.substring(lastDot + 1)).toString();
    }
}
