package org.homeward.app.lists;

import static org.homeward.app.common.Texts.blankToNull;
import static org.homeward.app.web.Limits.CODE_LENGTH;
import static org.homeward.app.web.Limits.MAX_ROWS;
import static org.homeward.app.web.Limits.NAME_LENGTH;
import static org.homeward.app.web.Limits.PAGE_SIZE;
import static org.homeward.app.web.Limits.SHORT_TEXT_LENGTH;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.homeward.app.common.ListQuery;

/**
 * What every list page and list endpoint takes from its address: the page (from 1), the page size
 * (up to {@code Limits.MAX_ROWS}), the column to sort by (a key from the list's allow-list; an unknown
 * key sorts by the list's default) and its direction, and the filters (each list reads those it
 * has). Bound once for every controller by {@code web.ListBinding}; a value out of range is refused
 * with 400 like any other invalid input.
 */
public record ListForm(@Min(1) @Max(1_000_000) Integer page, @Min(1) @Max(MAX_ROWS) Integer size,
                       @Pattern(regexp = "([a-z][a-zA-Z]{0,39})?") @Size(max = 40) String sort, Direction dir,
                       @Size(max = SHORT_TEXT_LENGTH) String q, @Pattern(regexp = "[A-Z_]{0,40}") @Size(max = 40) String status,
                       LocalDate from, LocalDate to, @Size(max = CODE_LENGTH) String transfer,
                       @Size(max = CODE_LENGTH) String family, @Size(max = NAME_LENGTH) String actor,
                       @Size(max = CODE_LENGTH) String action) {

    /** The request parameters a list reads, in the order its address writes them. */
    public static final String[] FIELDS = {"page", "size", "sort", "dir", "q", "status", "from", "to", "transfer", "family",
            "actor", "action"};

    public enum Direction { asc, desc }

    /** The first page in the list's default order, unfiltered (an address without parameters). */
    public static ListForm blank() {
        return new ListForm(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The query this form asks for; blank filters are no filters. */
    public ListQuery query() {
        return new ListQuery(page == null ? 1 : page, size == null ? PAGE_SIZE : size, blankToNull(sort), dir == Direction.desc,
                new ListQuery.Filter(blankToNull(q), blankToNull(status), from, to, blankToNull(transfer), blankToNull(family), blankToNull(actor), blankToNull(action)));
    }

    /** This form on another page. */
    ListForm onPage(int other) {
        return new ListForm(other, size, sort, dir, q, status, from, to, transfer, family, actor, action);
    }

    /** This form's order and filters without its page and size: what an export address carries. */
    ListForm unpaged() {
        return new ListForm(null, null, sort, dir, q, status, from, to, transfer, family, actor, action);
    }

    /** This form sorted by {@code key}: the other direction when already sorted by it, else ascending. */
    ListForm sortedBy(String key) {
        Direction next = key.equals(sort) && dir != Direction.desc ? Direction.desc : Direction.asc;
        return new ListForm(null, size, key, next, q, status, from, to, transfer, family, actor, action);
    }

    /** The values in {@link #FIELDS}' order, as an address writes them (null when absent). */
    Object[] values() {
        return new Object[] {page, size, sort, dir, q, status, from, to, transfer, family, actor, action};
    }
}
