package org.homeward.app.identification.store;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.RequiredArgsConstructor;

/** The body numbers of the remains with a confirmed identification. */
@Repository
@RequiredArgsConstructor
public class IdentifiedRemainsStore {

    private final JdbcClient jdbc;

    public Set<String> identifiedBodyNumbers() {
        return new TreeSet<>(jdbc.sql("""
                SELECT DISTINCT c.body_number FROM identification_decision d
                JOIN identification_candidate c ON c.id = d.candidate_id
                WHERE d.kind = 'CONFIRMED'""").query(String.class).list());
    }
}
