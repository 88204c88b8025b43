package org.homeward.app.ledger;

import static org.homeward.app.lists.ListExports.column;
import static org.homeward.app.security.Permission.DATA_EXPORT;

import java.util.List;

import org.homeward.app.jobs.FileExportJobs;
import org.homeward.app.jobs.JobId;
import org.homeward.app.jobs.JobKind;
import org.homeward.app.jobs.Jobs;
import org.homeward.app.lists.ListExports.Column;
import org.springframework.stereotype.Component;

/**
 * Every claim, current and superseded, as CSV (one row per claim, with its statement and source) or
 * JSON, made as a background job of the person who asks ({@code DATA_EXPORT}; each export is written
 * to the audit log): the file is kept with the job for its owner to download.
 */
@Component
public class ClaimsExportJobs extends FileExportJobs<ClaimsExportJobs.Request> {

    static final JobKind KIND = JobKind.of("ledger.claims-export", DATA_EXPORT);

    /** Every claim, in this format. */
    record Request(String format) implements FileExportJobs.Request {
    }

    private static final List<Column<ClaimView>> COLUMNS = List.of(column("claim_id", v -> v.claim().id()),
            column("recorded_at", v -> v.claim().recordedAt()), column("recorded_by", v -> v.claim().recordedBy()),
            column("party", v -> v.party().name()), column("subject_kind", v -> v.claim().subject().kind()),
            column("transfer_id", v -> v.claim().subject().transfer()), column("commitment_id", v -> v.claim().subject().commitment()),
            column("offer_id", v -> v.claim().subject().offer()), column("about", v -> v.claim().subject().about()),
            column("unit", v -> v.claim().unit()), column("qualifier", v -> v.claim().figure().qualifier()),
            column("low", v -> v.claim().figure().low()), column("best", v -> v.claim().figure().best()),
            column("high", v -> v.claim().figure().high()), column("reliability", ClaimView::reliability),
            column("supersedes", v -> v.claim().supersedes()), column("superseded_by", ClaimView::supersededBy),
            column("note", v -> v.claim().note()), column("statement_id", v -> v.statement().id()),
            column("quote", v -> v.statement().quote()), column("speaker", v -> v.statement().speaker()),
            column("speaker_party", v -> v.speaker() == null ? null : v.speaker().name()), column("source_id", v -> v.source().id()),
            column("publisher", v -> v.source().publisher()), column("source_kind", v -> v.source().kind()),
            column("url", v -> v.source().url()), column("reference", v -> v.source().reference()),
            column("published_on", v -> v.source().publishedOn()));

    private final Ledger ledger;

    ClaimsExportJobs(Ledger ledger, Jobs jobs) {
        super(KIND, Request.class, jobs);
        this.ledger = ledger;
    }

    @Override
    protected Export<ClaimView> select(Request request) {
        return new Export<>("ledger-claims", ledger.exportClaims(request.format()), COLUMNS);
    }

    /** Asks for every claim as {@code format} ({@code csv} or {@code json}), as the current actor. */
    public JobId start(String format) {
        return startExport(new Request(format));
    }
}
