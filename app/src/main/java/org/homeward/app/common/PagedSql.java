package org.homeward.app.common;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The one way a store answers a {@link ListQuery}: a row source ({@code FROM …}), the conditions its
 * filters add, then one query for the page (ORDER BY from the list's {@link Sorting}, LIMIT, OFFSET)
 * and one for the total. Every value is a bind parameter; only the store's own SQL text is spliced.
 *
 * <p>Text search goes through the database function {@code search_text} (migration V52): lower case
 * and Cyrillic transliterated to Latin, so that the trigram indexes (whose word characters are ASCII
 * under the database's C locale) cover both scripts and "Ivan" finds "Іван".
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class PagedSql {

    /** The searched text as a LIKE pattern body: keyed like the column, its wildcards taken literally. */
    private static final String LIKE_ESCAPED = "replace(replace(replace(search_text(?), '\\', '\\\\'), '%', '\\%'), '_', '\\_')";

    private final String source;
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    /**
     * Rows {@code FROM source} (a table with its alias and joins, or a parenthesised query with an
     * alias), whose own {@code ?}s take {@code sourceValues}.
     */
    public static PagedSql from(String source, Object... sourceValues) {
        PagedSql sql = new PagedSql(source);
        sql.params.addAll(Arrays.asList(sourceValues));
        return sql;
    }

    /** Adds {@code condition}, whose {@code ?}s take {@code values} in order. */
    public PagedSql where(String condition, Object... values) {
        conditions.add(condition);
        params.addAll(Arrays.asList(values));
        return this;
    }

    /** Adds {@code condition} when {@code value} is given, binding it to each of the condition's {@code ?}s. */
    public PagedSql whenGiven(Object value, String condition) {
        if (value == null) {
            return this;
        }
        long placeholders = condition.chars().filter(c -> c == '?').count();
        return where(condition, Collections.nCopies((int) placeholders, value).toArray());
    }

    /** Rows whose {@code columns} (text, joined with spaces) contain {@code text} in either script, ignoring case. */
    public PagedSql containing(String text, String... columns) {
        if (text == null || text.isBlank()) {
            return this;
        }
        return where(searchable(columns) + " LIKE '%' || " + LIKE_ESCAPED + " || '%'", text.strip());
    }

    /** Rows whose date {@code column} lies in [{@code from}, {@code to}], each bound when given. */
    public PagedSql betweenDates(String column, LocalDate from, LocalDate to) {
        return whenGiven(from, column + " >= ?").whenGiven(to, column + " <= ?");
    }

    /** Rows whose instant {@code column} falls on a UTC day in [{@code from}, {@code to}], each bound when given. */
    public PagedSql betweenDays(String column, LocalDate from, LocalDate to) {
        return whenGiven(from == null ? null : from.atStartOfDay().atOffset(ZoneOffset.UTC), column + " >= ?")
                .whenGiven(to == null ? null : to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC), column + " < ?");
    }

    /** The page {@code query} asks for, in {@code sorting}'s order, with the total of matching rows. */
    public <T> Page<T> page(JdbcClient jdbc, String columns, ListQuery query, Sorting sorting, RowMapper<T> rows) {
        return page(jdbc, columns, query, sorting, rows, null);
    }

    /**
     * {@link #page(JdbcClient, String, ListQuery, Sorting, RowMapper)} of a source whose rows are
     * {@link Numbered numbered} without gaps: with no condition, its total is not counted, and a page
     * in the order of the numbers is read as a range of them, not by skipping every row before it.
     */
    public <T> Page<T> page(JdbcClient jdbc, String columns, ListQuery query, Sorting sorting, RowMapper<T> rows, Numbered numbered) {
        if (conditions.isEmpty() && numbered != null) {
            if (sorting.column(query).equals(numbered.column())) {
                long first = sorting.descending(query) ? numbered.rows() - query.offset() - query.size() + 1 : query.offset() + 1;
                List<Object> rangeParams = new ArrayList<>(params); // the source's own values: no condition applies
                rangeParams.add(first);
                rangeParams.add(first + query.size() - 1);
                List<T> items = jdbc.sql("SELECT " + columns + " FROM " + source + " WHERE " + numbered.column() + " BETWEEN ? AND ?"
                        + sorting.orderBy(query)).params(rangeParams).query(rows).list();
                return new Page<>(items, numbered.rows(), query.page(), query.size());
            }
            return withTotal(jdbc, columns, query, sorting, rows, numbered.rows());
        }
        long total = jdbc.sql("SELECT count(*) FROM " + source + whereClause()).params(params).query(Long.class).single();
        return withTotal(jdbc, columns, query, sorting, rows, total);
    }

    private String whereClause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The rows of a source numbered 1, 2, 3... in {@code column}, {@code rows} of them, without gaps. */
    public record Numbered(String column, long rows) {
    }

    private <T> Page<T> withTotal(JdbcClient jdbc, String columns, ListQuery query, Sorting sorting, RowMapper<T> rows, long total) {
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(query.size());
        pageParams.add(query.offset());
        List<T> items = jdbc.sql("SELECT " + columns + " FROM " + source + whereClause() + sorting.orderBy(query)
                + " LIMIT ? OFFSET ?").params(pageParams).query(rows).list();
        return new Page<>(items, total, query.page(), query.size());
    }

    /** {@code text} taken literally inside a LIKE pattern: its backslashes, {@code %} and {@code _} escaped. */
    public static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * The indexed search expression over {@code columns}: a trigram index is used only when it is
     * built on exactly this text, so migrations write their index expressions as this method does.
     */
    public static String searchable(String... columns) {
        return "search_text(" + Arrays.stream(columns).map(column -> "coalesce(" + column + ", '')")
                .collect(Collectors.joining(" || ' ' || ")) + ")";
    }
}
