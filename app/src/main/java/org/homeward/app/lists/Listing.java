package org.homeward.app.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.homeward.app.common.Page;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A page of a list as a page shows it: the rows and total, and the addresses that keep the list's
 * state (page, size, sort, filters) for the page links, the column headers and the exports. Rendered
 * with {@code fragments/paging.html}.
 *
 * @param path the list's own address (its exports are at {@code path/export.csv} and {@code .json})
 */
public record Listing<T>(Page<T> page, ListForm form, String path) {

    /** How many page numbers the links show either side of the current one. */
    private static final int NEIGHBOURS = 2;

    /** The list at the address of the current request. */
    public static <T> Listing<T> of(Page<T> page, ListForm form) {
        return new Listing<>(page, form, ServletUriComponentsBuilder.fromCurrentRequestUri().build().getPath());
    }

    public List<T> items() {
        return page.items();
    }

    /** The address of page {@code number} with everything else kept. */
    public String pageUrl(int number) {
        return address(path, form.onPage(number));
    }

    /** The address of the list sorted by {@code key} (the other way round when it already is), from its first page. */
    public String sortUrl(String key) {
        return address(path, form.sortedBy(key));
    }

    /** {@code ascending}, {@code descending} or {@code none}: the header's {@code aria-sort}. */
    public String sortState(String key) {
        if (!key.equals(form.sort())) {
            return "none";
        }
        return form.dir() == ListForm.Direction.desc ? "descending" : "ascending";
    }

    /** The address exporting every row that matches the filters, in the list's order, as {@code format} (csv or json). */
    public String exportUrl(String format) {
        return address(path + "/export." + format, form.unpaged());
    }

    /** The page numbers to link: the first, the last, and those near the current page; 0 marks a gap. */
    public List<Integer> pageNumbers() {
        int current = page.page();
        int last = page.pages();
        SortedSet<Integer> shown = new TreeSet<>(List.of(1, last));
        for (int number = Math.max(1, current - NEIGHBOURS); number <= Math.min(last, current + NEIGHBOURS); number++) {
            shown.add(number);
        }
        List<Integer> numbers = new ArrayList<>();
        for (int number : shown) {
            if (!numbers.isEmpty() && number > numbers.get(numbers.size() - 1) + 1) {
                numbers.add(0);
            }
            numbers.add(number);
        }
        return numbers;
    }

    private static String address(String path, ListForm form) {
        UriComponentsBuilder address = UriComponentsBuilder.fromPath(path);
        Object[] values = form.values();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && !values[i].toString().isBlank()) {
                address.queryParam(ListForm.FIELDS[i], values[i]);
            }
        }
        return address.encode().build().toUriString();
    }
}
