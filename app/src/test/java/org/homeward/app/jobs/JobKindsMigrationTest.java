package org.homeward.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Migration V89 carries jobs asked for before the registry's and the remains register's lab-results
 * imports became one kind, and before import and export parameters took their present shapes, over to
 * what the handlers read now. The jobs here are finished ones (a queued one would be claimed), with ids of their own.
 */
@SpringBootTest
class JobKindsMigrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void jobs_of_the_old_kinds_and_parameter_shapes_are_carried_over_and_a_second_pass_changes_nothing() throws IOException {
        UUID references = insert("registry.lab-results", "{}");
        UUID remains = insert("remains.lab-results", "{\"strictness\":\"LENIENT\"}");
        UUID haplotypes = insert("identification.haplotype-database", "{\"lineage\":\"Y_STR\"}");
        UUID claims = insert("ledger.claims-export", "csv");

        migrate();
        migrate();

        assertThat(kind(references)).isEqualTo("genetics.lab-results");
        assertThat(parameters(references).path("side").asString()).isEqualTo("references");
        assertThat(parameters(references).path("strictness").asString()).isEqualTo("STRICT");
        assertThat(kind(remains)).isEqualTo("genetics.lab-results");
        assertThat(parameters(remains).path("side").asString()).isEqualTo("remains");
        assertThat(parameters(remains).path("strictness").asString()).isEqualTo("LENIENT");
        assertThat(kind(haplotypes)).isEqualTo("identification.haplotype-database");
        assertThat(parameters(haplotypes).asString()).isEqualTo("Y_STR");
        assertThat(parameters(claims).path("format").asString()).isEqualTo("csv");
    }

    private UUID insert(String kind, String parameters) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        jdbc.sql("INSERT INTO background_job (id, kind, parameters, started_by, status, created_at, finished_at, result)"
                        + " VALUES (?, ?, ?, 'migration-test', 'SUCCEEDED', ?, ?, '{}')")
                .params(id, kind, parameters, Timestamp.from(now), Timestamp.from(now)).update();
        return id;
    }

    private void migrate() throws IOException {
        try (InputStream script = getClass().getResourceAsStream("/db/migration/V89__one_lab_results_job.sql")) {
            String text = new String(script.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            for (String statement : text.split(";")) {
                if (!statement.isBlank()) {
                    jdbc.sql(statement).update();
                }
            }
        }
    }

    private String kind(UUID id) {
        return jdbc.sql("SELECT kind FROM background_job WHERE id = ?").param(id).query(String.class).single();
    }

    private JsonNode parameters(UUID id) {
        return json.readTree(jdbc.sql("SELECT parameters FROM background_job WHERE id = ?").param(id).query(String.class).single());
    }
}
