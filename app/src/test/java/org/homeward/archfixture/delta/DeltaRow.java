package org.homeward.archfixture.delta;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A domain class reading a JDBC row: a violation (SQL belongs in {@code store}). */
public record DeltaRow(String id) {

    public static DeltaRow of(ResultSet row) throws SQLException {
        return new DeltaRow(row.getString("id"));
    }
}
