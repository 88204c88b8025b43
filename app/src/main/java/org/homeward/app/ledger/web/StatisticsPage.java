package org.homeward.app.ledger.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.Statistics;
import org.homeward.app.security.KeptPage;
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
    /** Per language, the charts of the statistics they were drawn from: drawn again only when the ledger keeps new figures. */
    private final Map<Locale, Drawn> drawn = new ConcurrentHashMap<>();

    private record Drawn(Statistics from, PublicCharts charts) {
    }

    @KeptPage
    @GetMapping("/statistics")
    @PublicEndpoint
    String statistics(Model model, Locale locale) {
        Statistics statistics = ledger.statistics();
        model.addAttribute("statistics", statistics);
        model.addAttribute("charts", charts(statistics, locale));
        model.addAttribute("updatedAt", statistics.updatedAt());
        return "statistics";
    }

    /** The same figures (the very instance the ledger keeps until the database changes) give the same charts. */
    private PublicCharts charts(Statistics statistics, Locale locale) {
        return drawn.compute(locale, (language, held) -> held != null && held.from() == statistics ? held
                : new Drawn(statistics, PublicCharts.of(statistics, messages, language))).charts();
    }
}
