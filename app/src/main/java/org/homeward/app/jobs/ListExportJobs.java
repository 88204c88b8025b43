package org.homeward.app.jobs;

import static org.homeward.app.security.Permission.DATA_EXPORT;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.homeward.app.common.InputRefusedException;
import org.homeward.app.lists.ListExports;
import org.homeward.app.lists.ListForm;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Every list's export (CSV or JSON of its filtered rows) as a background job of the person who asked:
 * the job names the list, its key and the filters, so that any instance can make the file; the file
 * is kept with the job for its owner to download. Asking for one, reading it and downloading its file
 * need {@code DATA_EXPORT} and the list's own permission.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ListExportJobs implements JobHandler {

    private final JobKind kind = new JobKind("lists.export",
            parameters -> List.of(DATA_EXPORT, list(request(parameters).list()).permission()));
    private static final String SELECTING = "selecting";
    private static final String WRITING = "writing";

    /** What an export job does: the list (by name), its key (blank for none), the format and the list's filters and order. */
    record Request(String list, String key, String format, ListForm form) {
    }

    /** Looked up when a job is done or asked for: the lists are declared by pages that themselves ask for exports here. */
    private final ObjectProvider<ExportedLists> lists;
    private final ListExports exports;
    private final Jobs jobs;
    private final JsonMapper json;

    @Override
    public JobKind kind() {
        return kind;
    }

    @Override
    public JobResult run(String parameters, Optional<JobFile> input, JobProgress progress) {
        Request request = request(parameters);
        return export(request, list(request.list()), progress);
    }

    /**
     * Asks for the rows of {@code list} (for {@code key}, blank for none) that {@code form} selects as
     * {@code format} ({@code csv} or {@code json}), as the current actor.
     */
    @Transactional
    public JobId start(String format, String list, String key, ListForm form) {
        if (!format.equals("csv") && !format.equals("json")) {
            throw new InputRefusedException("format", "is neither csv nor json");
        }
        list(list);
        return jobs.start(kind, json.writeValueAsString(new Request(list, Objects.requireNonNullElse(key, ""), format, form)), null);
    }

    private <T> JobResult export(Request request, ExportedList<T> list, JobProgress progress) {
        progress.report(SELECTING, 0, 1);
        String file = list.fileName(request.key(), request.format());
        List<T> rows = exports.select(file.substring(0, file.lastIndexOf('.')), request.format(), request.form(),
                query -> list.rows().apply(request.key(), query));
        progress.report(WRITING, 0, rows.size());
        byte[] content = request.format().equals("csv") ? ListExports.csv(rows, list.columns()) : exports.json(rows);
        progress.report(WRITING, rows.size(), rows.size());
        MediaType type = request.format().equals("csv") ? ListExports.CSV : MediaType.APPLICATION_JSON;
        return new JobResult("{\"rows\":" + rows.size() + "}", new JobFile(file, type.toString(), content));
    }

    @SuppressWarnings("unchecked")
    private <T> ExportedList<T> list(String name) {
        return (ExportedList<T>) lists.orderedStream().flatMap(declared -> declared.exportedLists().stream())
                .filter(list -> list.name().equals(name)).findFirst()
                .orElseThrow(() -> new InputRefusedException("list", "is no list that can be exported"));
    }

    private Request request(String parameters) {
        return json.readValue(parameters, Request.class);
    }
}
