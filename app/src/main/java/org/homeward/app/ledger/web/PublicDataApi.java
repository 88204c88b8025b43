package org.homeward.app.ledger.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;

import org.homeward.app.ledger.ClaimsExportJobs;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.security.PublicEndpoint;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Open data: the public statistics page's figures as JSON and every public claim as CSV, without
 * sign-in, built from the same {@code Ledger.statistics()} the page shows.
 */
@RestController
@RequestMapping("/api/public")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PublicDataApi {

    private final Ledger ledger;
    private final MessageSource messages;

    @GetMapping("/statistics.json")
    @PublicEndpoint
    @Operation(summary = "The public statistics: per direction, transfers, agreements, offers, breakdowns, claims without a figure")
    PublicStatistics statistics() {
        return PublicStatistics.of(ledger.statistics());
    }

    @GetMapping("/claims.csv")
    @PublicEndpoint
    @Operation(summary = "Every claim of the public statistics as CSV (RFC 4180, UTF-8; cells that a spreadsheet would run as a formula are prefixed with '); the values in words are in the language the request accepts (Accept-Language)")
    ResponseEntity<String> claims(Locale locale) {
        StringBuilder csv = new StringBuilder(String.join(",", PublicStatistics.CSV_COLUMNS)).append("\r\n");
        PublicStatistics.Words words = (key, arguments) -> messages.getMessage(key, arguments, locale);
        for (var row : PublicStatistics.of(ledger.statistics()).rows(words)) {
            csv.append(row.stream().map(ClaimsExportJobs::field).collect(Collectors.joining(","))).append("\r\n");
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"homeward-claims.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.toString());
    }
}
