package org.homeward.app.ledger.web;

import java.util.Locale;

import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.Statistics;
import org.homeward.app.security.PublicEndpoint;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The public statistics page: every figure of the ledger with its range and its sources, open to
 * everybody. It shows counts and the sentences published about them, never a person.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StatisticsPage {

    private final Ledger ledger;
    private final MessageSource messages;

    @GetMapping("/statistics")
    @PublicEndpoint
    String statistics(Model model, Locale locale) {
        Statistics statistics = ledger.statistics();
        model.addAttribute("statistics", statistics);
        model.addAttribute("charts", PublicCharts.of(statistics, messages, locale));
        model.addAttribute("updatedAt", statistics.updatedAt());
        return "statistics";
    }
}
