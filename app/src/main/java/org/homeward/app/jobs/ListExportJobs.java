package org.homeward.app.jobs;

import static org.homeward.app.security.Permission.DATA_EXPORT;

import java.util.List;
import java.util.Objects;

import tools.jackson.databind.json.JsonMapper;

import org.homeward.app.common.InputRefusedException;
import org.homeward.app.lists.ListExports;
import org.homeward.app.lists.ListForm;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every list's export (CSV or JSON of its filtered rows) as a background job of the person who asked:
 * the job names the list, its key and the filters, so that any instance can make the file. Asking for
 * one, reading it and downloading its file need {@code DATA_EXPORT} and the list's own permission.
 */
@Component
public class ListExportJobs extends FileExportJobs<ListExportJobs.Request> {

    /** What an export job does: the list (by name), its key (blank for none), the format and the list's filters and order. */
    record Request(String list, String key, String format, ListForm form) implements FileExportJobs.Request {
    }

    /** Looked up when a job is done or asked for: the lists are declared by pages that themselves ask for exports here. */
    private final ObjectProvider<ExportedLists> lists;
    private final ListExports exports;

    ListExportJobs(ObjectProvider<ExportedLists> lists, ListExports exports, Jobs jobs, JsonMapper json) {
        super(new JobKind("lists.export",
                parameters -> List.of(DATA_EXPORT, list(lists, json.readValue(parameters, Request.class).list()).permission())),
                Request.class, jobs);
        this.lists = lists;
        this.exports = exports;
    }

    /**
     * Asks for the rows of {@code list} (for {@code key}, blank for none) that {@code form} selects as
     * {@code format} ({@code csv} or {@code json}), as the current actor.
     */
    @Transactional
    public JobId start(String format, String list, String key, ListForm form) {
        list(lists, list);
        return startExport(new Request(list, Objects.requireNonNullElse(key, ""), format, form));
    }

    @Override
    protected Export<?> select(Request request) {
        return select(request, list(lists, request.list()));
    }

    private <T> Export<T> select(Request request, ExportedList<T> list) {
        String file = list.fileName(request.key());
        return new Export<>(file, exports.select(file, request.format(), request.form(), query -> list.rows().apply(request.key(), query)),
                list.columns());
    }

    @SuppressWarnings("unchecked")
    private static <T> ExportedList<T> list(ObjectProvider<ExportedLists> lists, String name) {
        return (ExportedList<T>) lists.orderedStream().flatMap(declared -> declared.exportedLists().stream())
                .filter(list -> list.name().equals(name)).findFirst()
                .orElseThrow(() -> new InputRefusedException("list", "is no list that can be exported"));
    }
}
