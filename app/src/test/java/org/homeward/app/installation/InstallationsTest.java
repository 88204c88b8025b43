package org.homeward.app.installation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Runs on a fresh database of the shared test PostgreSQL, migrated by Flyway. */
@SpringBootTest
class InstallationsTest {

    @Autowired
    Installations installations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_test_context_runs_on_its_own_new_database() {
        String database = jdbc.sql("SELECT current_database()").query(String.class).single();

        assertThat(database).matches("homeward_test_\\d+");
    }

    @Test
    void flyway_migrated_the_database() {
        Integer baseline = jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE version = '1' AND success")
                .query(Integer.class).single();

        assertThat(baseline).isEqualTo(1);
    }

    @Test
    void the_installation_is_recorded_once_at_startup() {
        Installation first = installations.current();
        Installation again = installations.current();

        assertThat(again).isEqualTo(first);
        assertThat(jdbc.sql("SELECT count(*) FROM installation").query(Integer.class).single()).isEqualTo(1);
    }
}
