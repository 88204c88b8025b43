package org.homeward.app.jobs.store;

import static org.homeward.app.common.SqlTimes.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.homeward.app.common.InputRefusedException;
import org.homeward.app.jobs.Job;
import org.homeward.app.jobs.JobFile;
import org.homeward.app.jobs.JobId;
import org.homeward.app.jobs.JobStatus;
import org.homeward.app.security.Credential;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The jobs' tables, through JdbcClient. A job is claimed with {@code FOR NO KEY UPDATE SKIP LOCKED}
 * in the transaction that does it: other instances pass it by, and its progress rows (which
 * reference it) can still be written beside it.
 */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class JobStore {

    /** A queued job an instance has claimed. */
    public record Claimed(JobId id, String kind, String parameters, String startedBy, Optional<Credential> credential) {
    }

    /** A job's two files: the upload it works on and the file it made. */
    public enum FileRole { INPUT, RESULT }

    private static final TypeReference<List<InputRefusedException.Problem>> PROBLEMS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    /**
     * A job; {@code requester} the credential of the person who asked (null for the system);
     * {@code together} when queued jobs of its kind and parameters may be done by one call.
     */
    public void insert(JobId id, String kind, String parameters, String startedBy, Credential requester, boolean together, Instant at) {
        jdbc.sql("""
                INSERT INTO background_job (id, kind, parameters, started_by, requester_id, requester_token, status, created_at, together)
                VALUES (?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?)""")
                .params(id.value(), kind, parameters, startedBy, requester == null ? null : requester.userId(),
                        requester == null ? null : requester.tokenId(), utc(at), together).update();
    }

    public void insertFile(JobId id, FileRole role, JobFile file) {
        jdbc.sql("INSERT INTO background_job_file (job_id, role, name, media_type, content) VALUES (?, ?, ?, ?, ?)")
                .params(id.value(), role.name(), file.name(), file.mediaType(), file.content()).update();
    }

    public Optional<JobFile> file(JobId id, FileRole role) {
        return jdbc.sql("SELECT name, media_type, content FROM background_job_file WHERE job_id = ? AND role = ?")
                .params(id.value(), role.name())
                .query((rs, n) -> new JobFile(rs.getString("name"), rs.getString("media_type"), rs.getBytes("content"))).optional();
    }

    public Optional<Job> find(JobId id) {
        return jdbc.sql("""
                SELECT j.*, p.phase, p.done, p.total, p.started_at,
                       (SELECT name FROM background_job_file WHERE job_id = j.id AND role = 'INPUT') AS input,
                       (SELECT name FROM background_job_file WHERE job_id = j.id AND role = 'RESULT') AS output
                FROM background_job j LEFT JOIN background_job_progress p ON p.job_id = j.id WHERE j.id = ?""")
                .param(id.value()).query(this::job).optional();
    }

    /**
     * Claims the oldest queued job no other transaction holds, with every queued job of its kind and
     * parameters when it may be done together with them.
     */
    public List<Claimed> claimNext() {
        Optional<Claimed> first = jdbc.sql("""
                SELECT id, kind, parameters, started_by, requester_id, requester_token FROM background_job WHERE status = 'QUEUED'
                ORDER BY created_at, id LIMIT 1 FOR NO KEY UPDATE SKIP LOCKED""").query(JobStore::claimed).optional();
        if (first.isEmpty()) {
            return List.of();
        }
        Claimed job = first.get();
        List<Claimed> same = jdbc.sql("""
                SELECT id, kind, parameters, started_by, requester_id, requester_token FROM background_job
                WHERE status = 'QUEUED' AND together AND kind = ? AND parameters = ? AND id <> ?
                  AND (SELECT together FROM background_job WHERE id = ?)
                ORDER BY created_at, id FOR NO KEY UPDATE SKIP LOCKED""")
                .params(job.kind(), job.parameters(), job.id().value(), job.id().value()).query(JobStore::claimed).list();
        return Stream.concat(Stream.of(job), same.stream()).toList();
    }

    /** Progress starts (again, when an earlier instance died working on the job). */
    public void started(JobId id, Instant at) {
        jdbc.sql("""
                INSERT INTO background_job_progress (job_id, phase, done, total, started_at, updated_at) VALUES (?, '', 0, 0, ?, ?)
                ON CONFLICT (job_id) DO UPDATE SET phase = '', done = 0, total = 0, started_at = excluded.started_at, updated_at = excluded.updated_at""")
                .params(id.value(), utc(at), utc(at)).update();
    }

    public void progress(JobId id, String phase, long done, long total, Instant at) {
        jdbc.sql("UPDATE background_job_progress SET phase = ?, done = ?, total = ?, updated_at = ? WHERE job_id = ?")
                .params(phase, done, total, utc(at), id.value()).update();
    }

    /** Finishes the queued jobs among these (a job finished meanwhile is left as it is); {@code problems} of bad input, or none. */
    public void finish(List<JobId> ids, JobStatus status, String result, String error, List<InputRefusedException.Problem> problems,
                       Instant at) {
        jdbc.sql("""
                UPDATE background_job SET status = ?, result = ?, error = ?, problems = CAST(? AS jsonb), finished_at = ?
                WHERE id = ANY(?) AND status = 'QUEUED'""")
                .params(status.name(), result, error, problems.isEmpty() ? null : json.writeValueAsString(problems), utc(at),
                        ids.stream().map(JobId::value).toArray(UUID[]::new)).update();
    }

    /** Deletes the jobs finished before {@code before}, with their progress and files; how many. */
    public int deleteFinishedBefore(Instant before) {
        return jdbc.sql("DELETE FROM background_job WHERE status <> 'QUEUED' AND finished_at < ?").param(utc(before)).update();
    }

    private static Claimed claimed(ResultSet rs, int n) throws SQLException {
        long requester = rs.getLong("requester_id");
        Optional<Credential> credential = rs.wasNull() ? Optional.empty()
                : Optional.of(new Credential(requester, rs.getString("started_by"), rs.getObject("requester_token", Long.class)));
        return new Claimed(new JobId(rs.getObject("id", UUID.class)), rs.getString("kind"), rs.getString("parameters"),
                rs.getString("started_by"), credential);
    }

    private Job job(ResultSet rs, int n) throws SQLException {
        JobStatus stored = JobStatus.valueOf(rs.getString("status"));
        Instant startedAt = instant(rs, "started_at");
        JobStatus status = stored == JobStatus.QUEUED && startedAt != null ? JobStatus.RUNNING : stored;
        String problems = rs.getString("problems");
        return new Job(new JobId(rs.getObject("id", UUID.class)), rs.getString("kind"), rs.getString("parameters"),
                rs.getString("started_by"), status, instant(rs, "created_at"), startedAt, instant(rs, "finished_at"),
                rs.getString("phase"), rs.getLong("done"), rs.getLong("total"), rs.getString("result"), rs.getString("error"),
                problems == null ? List.of() : json.readValue(problems, PROBLEMS), rs.getString("input"), rs.getString("output"));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
