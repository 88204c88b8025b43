package org.homeward.app.jobs;

import java.util.List;
import java.util.Optional;

import org.homeward.app.common.InputRefusedException;
import org.homeward.app.lists.ListExports;
import org.springframework.http.MediaType;

/**
 * The one shape of an export as a background job of the person who asks: the job keeps its request (a
 * record, kept as JSON) so that any instance can make the file; a feature's export selects the rows
 * and writes the export to the audit log ({@link #select}); the rows are written as CSV (the one CSV
 * writer, {@link ListExports#csv}) or JSON, and the file is kept with the job for its owner to
 * download. The job's result is the number of rows.
 */
public abstract class FileExportJobs<P extends FileExportJobs.Request> extends JobHandler {

    /** What every export is asked for with: its format, {@code csv} or {@code json}. */
    public interface Request {

        String format();
    }

    /** What an export writes: its file's name without extension, its rows, and its CSV columns. */
    public record Export<T>(String file, List<T> rows, List<ListExports.Column<T>> columns) {

        public Export {
            rows = List.copyOf(rows);
            columns = List.copyOf(columns);
        }
    }

    private static final String CSV = "csv";
    private static final String JSON = "json";
    private static final String SELECTING = "selecting";
    private static final String WRITING = "writing";

    private final Class<P> requestType;
    private final Jobs jobs;

    protected FileExportJobs(JobKind kind, Class<P> requestType, Jobs jobs) {
        super(kind);
        this.requestType = requestType;
        this.jobs = jobs;
    }

    /** The rows {@code request} asks for, in the job's transaction; the export is written to the audit log here. */
    protected abstract Export<?> select(P request);

    @Override
    public JobResult run(String parameters, Optional<JobFile> input, JobProgress progress) {
        P request = jobs.parameters(parameters, requestType);
        progress.report(SELECTING, 0, 1);
        return write(select(request), request.format(), progress);
    }

    /** Asks for the current actor's export, after checking its format. */
    protected JobId startExport(P request) {
        if (!CSV.equals(request.format()) && !JSON.equals(request.format())) {
            throw new InputRefusedException("format", "is neither csv nor json");
        }
        return jobs.start(kind(), request, null);
    }

    private <T> JobResult write(Export<T> export, String format, JobProgress progress) {
        List<T> rows = export.rows();
        progress.report(WRITING, 0, rows.size());
        boolean csv = CSV.equals(format);
        byte[] content = csv ? ListExports.csv(rows, export.columns()) : jobs.json(rows);
        progress.report(WRITING, rows.size(), rows.size());
        MediaType type = csv ? ListExports.CSV : MediaType.APPLICATION_JSON;
        return new JobResult("{\"rows\":" + rows.size() + "}", new JobFile(export.file() + "." + format, type.toString(), content));
    }
}
