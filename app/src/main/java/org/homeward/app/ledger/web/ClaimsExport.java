package org.homeward.app.ledger.web;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.homeward.app.ledger.Claim;
import org.homeward.app.ledger.ClaimView;
import org.homeward.app.ledger.Figure;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.Source;
import org.homeward.app.ledger.Statement;
import org.homeward.app.ledger.Subject;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Every claim, current and superseded, as CSV (one row per claim, with its statement and source) or
 * JSON. Exports need {@link Permission#DATA_EXPORT} and each is written to the audit log.
 */
@RestController
@RequestMapping("/api/ledger/claims")
@Tag(name = "Ledger")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ClaimsExport {

    static final List<String> COLUMNS = List.of("claim_id", "recorded_at", "recorded_by", "party", "subject_kind",
            "transfer_id", "commitment_id", "offer_id", "about", "unit", "qualifier", "low", "best", "high", "reliability",
            "supersedes", "superseded_by", "note", "statement_id", "quote", "speaker", "speaker_party", "source_id",
            "publisher", "source_kind", "url", "reference", "published_on");

    private final Ledger ledger;

    @GetMapping("/export.csv")
    @RequiresPermission(Permission.DATA_EXPORT)
    @Operation(summary = "Every claim as CSV (RFC 4180, UTF-8), with its statement and source")
    ResponseEntity<String> csv() {
        List<ClaimView> claims = ledger.exportClaims("csv");
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (ClaimView view : claims) {
            csv.append(row(view).map(ClaimsExport::field).collect(Collectors.joining(","))).append("\r\n");
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ledger-claims.csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(csv.toString());
    }

    @GetMapping("/export.json")
    @RequiresPermission(Permission.DATA_EXPORT)
    @Operation(summary = "Every claim as JSON, with its party, statement, source and reliability")
    ResponseEntity<List<ClaimView>> json() {
        List<ClaimView> claims = ledger.exportClaims("json");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ledger-claims.json\"")
                .body(claims);
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
    static String field(Object value) {
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
