package org.homeward.app.ledger;

import static org.homeward.app.security.Permission.DATA_EXPORT;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

import org.homeward.app.common.InputRefusedException;
import org.homeward.app.jobs.JobFile;
import org.homeward.app.jobs.JobHandler;
import org.homeward.app.jobs.JobId;
import org.homeward.app.jobs.JobKind;
import org.homeward.app.jobs.JobProgress;
import org.homeward.app.jobs.JobResult;
import org.homeward.app.jobs.Jobs;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Every claim, current and superseded, as CSV (one row per claim, with its statement and source) or
 * JSON, made as a background job of the person who asks ({@code DATA_EXPORT}; each export is written
 * to the audit log): the file is kept with the job for its owner to download.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ClaimsExportJobs implements JobHandler {

    static final JobKind KIND = JobKind.of("ledger.claims-export", DATA_EXPORT);
    private static final String SELECTING = "selecting";
    private static final String WRITING = "writing";

    private static final List<String> COLUMNS = List.of("claim_id", "recorded_at", "recorded_by", "party", "subject_kind",
            "transfer_id", "commitment_id", "offer_id", "about", "unit", "qualifier", "low", "best", "high", "reliability",
            "supersedes", "superseded_by", "note", "statement_id", "quote", "speaker", "speaker_party", "source_id",
            "publisher", "source_kind", "url", "reference", "published_on");

    private final Ledger ledger;
    private final Jobs jobs;
    private final JsonMapper json;

    @Override
    public JobKind kind() {
        return KIND;
    }

    /** The job's parameters are the format, {@code csv} or {@code json}. */
    @Override
    public JobResult run(String format, Optional<JobFile> input, JobProgress progress) {
        progress.report(SELECTING, 0, 1);
        List<ClaimView> claims = ledger.exportClaims(format);
        progress.report(WRITING, 0, claims.size());
        byte[] content = format.equals("csv") ? csv(claims) : json.writeValueAsBytes(claims);
        progress.report(WRITING, claims.size(), claims.size());
        return new JobResult("{\"rows\":" + claims.size() + "}",
                new JobFile("ledger-claims." + format, format.equals("csv") ? "text/csv;charset=UTF-8" : "application/json", content));
    }

    /** Asks for every claim as {@code format} ({@code csv} or {@code json}), as the current actor. */
    public JobId start(String format) {
        if (!format.equals("csv") && !format.equals("json")) {
            throw new InputRefusedException("format", "is neither csv nor json");
        }
        return jobs.start(KIND, format, null);
    }

    private static byte[] csv(List<ClaimView> claims) {
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (ClaimView view : claims) {
            csv.append(row(view).map(ClaimsExportJobs::field).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Stream<Object> row(ClaimView view) {
        Claim claim = view.claim();
        Figure figure = claim.figure();
        Subject subject = claim.subject();
        Statement statement = view.statement();
        Source source = view.source();
        return Stream.of(claim.id(), claim.recordedAt(), claim.recordedBy(), view.party().name(), subject.kind(),
                subject.transfer(), subject.commitment(), subject.offer(), subject.about(), claim.unit(), figure.qualifier(),
                figure.low(), figure.best(), figure.high(), view.reliability(), claim.supersedes(), view.supersededBy(),
                claim.note(), statement.id(), statement.quote(), statement.speaker(),
                view.speaker() == null ? null : view.speaker().name(), source.id(), source.publisher(), source.kind(),
                source.url(), source.reference(), source.publishedOn());
    }

    /** A CSV field: quoted when it holds a comma, quote or line break; formulas neutralised for spreadsheets. */
    public static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
