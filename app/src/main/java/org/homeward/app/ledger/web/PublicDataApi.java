package org.homeward.app.ledger.web;

import java.util.Locale;

import org.homeward.app.ledger.Ledger;
import org.homeward.app.lists.ListExports;
import org.homeward.app.security.PublicEndpoint;
import org.springframework.context.MessageSource;
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
    @Operation(summary = "Every claim of the public statistics as CSV (RFC 4180, UTF-8 with a byte order mark; cells that a spreadsheet would run as a formula are prefixed with '); the values in words are in the language the request accepts (Accept-Language)")
    ResponseEntity<byte[]> claims(Locale locale) {
        PublicStatistics.Words words = (key, arguments) -> messages.getMessage(key, arguments, locale);
        return ListExports.csvFile("homeward-claims.csv", PublicStatistics.CSV_COLUMNS, PublicStatistics.of(ledger.statistics()).rows(words));
    }
}
