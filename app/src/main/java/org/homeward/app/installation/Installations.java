package org.homeward.app.installation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The installation record: written once, the first time Homeward starts on a database, and read
 * ever after. It identifies the database (for backups and exports) and shows that a restart found
 * the same one.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Installations {

    private final JdbcClient jdbc;
    private final Clock clock;

    /** This installation, recording it first if the database is new. */
    public Installation current() {
        return find().orElseGet(this::record);
    }

    @EventListener(ApplicationReadyEvent.class)
    void recordOnFirstStart() {
        current();
    }

    private Optional<Installation> find() {
        return jdbc.sql("SELECT id, created_at FROM installation")
                .query((row, rowNumber) -> new Installation(
                        row.getObject("id", UUID.class),
                        row.getObject("created_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    private Installation record() {
        // Two processes on one external database may race here: the loser's insert does nothing.
        jdbc.sql("INSERT INTO installation (id, created_at) VALUES (?, ?) ON CONFLICT (singleton) DO NOTHING")
                .params(UUID.randomUUID(), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        return find().orElseThrow();
    }
}
