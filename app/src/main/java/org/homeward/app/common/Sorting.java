package org.homeward.app.common;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A list's sortable columns: the keys a request may name, each with the SQL expression it sorts by,
 * the default key and direction, and the unique expression that breaks ties so that pages never
 * overlap. Each column is one expression (the direction applies to it whole); nulls sort as
 * PostgreSQL's default (last ascending, first descending), so that an index scans in either
 * direction. A key outside the allow-list sorts by the default: nothing from a request reaches the SQL.
 */
public record Sorting(Map<String, String> columns, String defaultKey, boolean defaultDescending, String tieBreaker) {

    public Sorting {
        columns = Map.copyOf(columns);
        if (!columns.containsKey(defaultKey)) {
            throw new IllegalArgumentException("the default sort " + defaultKey + " is not one of the columns");
        }
    }

    /** {@code keysAndColumns}: key, SQL expression, key, SQL expression... in pairs. */
    public static Sorting of(String defaultKey, boolean defaultDescending, String tieBreaker, String... keysAndColumns) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < keysAndColumns.length; i += 2) {
            columns.put(keysAndColumns[i], keysAndColumns[i + 1]);
        }
        return new Sorting(columns, defaultKey, defaultDescending, tieBreaker);
    }

    /** The ORDER BY clause for {@code query}: its column when allowed (in its direction), else the default. */
    public String orderBy(ListQuery query) {
        String direction = descending(query) ? "DESC" : "ASC";
        return " ORDER BY " + column(query) + " " + direction + ", " + tieBreaker + " " + direction;
    }

    /** The SQL expression {@code query} sorts by: its column when allowed, else the default. */
    public String column(ListQuery query) {
        return columns.get(allowed(query) ? query.sort() : defaultKey);
    }

    public boolean descending(ListQuery query) {
        return allowed(query) ? query.descending() : defaultDescending;
    }

    private boolean allowed(ListQuery query) {
        return query.sort() != null && columns.containsKey(query.sort());
    }
}
