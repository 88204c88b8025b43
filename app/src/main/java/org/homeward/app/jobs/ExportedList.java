package org.homeward.app.jobs;

import java.util.List;
import java.util.function.BiFunction;

import org.homeward.app.common.ListQuery;
import org.homeward.app.common.Page;
import org.homeward.app.lists.ListExports;
import org.homeward.app.security.Permission;

/**
 * A list that can be exported in the background, by any instance: its {@code name}, the permission
 * that reads it (besides {@code DATA_EXPORT}), its rows for a {@code key} (such as a transfer's or a
 * run's id; blank for a list without one), its CSV columns, and its file's name without extension,
 * where {@code {key}} stands for the key ({@code transfer-{key}-bags}).
 */
public record ExportedList<T>(String name, Permission permission, BiFunction<String, ListQuery, Page<T>> rows,
                              List<ListExports.Column<T>> columns, String file) {

    public ExportedList {
        columns = List.copyOf(columns);
    }

    /** The exported file's name for this key, without extension. */
    public String fileName(String key) {
        return file.replace("{key}", key);
    }
}
