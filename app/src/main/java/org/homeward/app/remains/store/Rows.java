package org.homeward.app.remains.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.homeward.app.remains.RecoveryPlace;

/** The column conversions the register's stores share: times stored as UTC timestamps, text arrays, places. */
final class Rows {

    private Rows() {
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static RecoveryPlace place(ResultSet row, String prefix) throws SQLException {
        return new RecoveryPlace(row.getString(prefix + "region"), row.getString(prefix + "place"),
                row.getBigDecimal(prefix + "lat"), row.getBigDecimal(prefix + "lon"));
    }
}
