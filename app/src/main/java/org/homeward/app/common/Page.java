package org.homeward.app.common;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: its rows, how many rows match in all, which page this is (from 1) and how many
 * rows a page holds.
 */
public record Page<T>(List<T> items, long total, int page, int size) {

    public Page {
        items = List.copyOf(items);
    }

    /** How many pages the matching rows fill (at least one, so an empty list is page 1 of 1). */
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** The position of the first row shown, from 1; 0 when nothing matches. */
    public long first() {
        return items.isEmpty() ? 0 : (long) (page - 1) * size + 1;
    }

    /** The position of the last row shown. */
    public long last() {
        return items.isEmpty() ? 0 : first() + items.size() - 1;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    public <U> Page<U> map(Function<? super T, ? extends U> mapping) {
        return new Page<>(items.stream().<U>map(mapping).toList(), total, page, size);
    }
}
