package org.homeward.app.ledger.web;

import org.homeward.app.ledger.Ledger;
import org.homeward.app.security.PublicEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public statistics page: every figure of the ledger with its range and its sources, open to
 * everybody. It shows counts and the sentences published about them, never a person.
 */
@Controller
class StatisticsPage {

    private final Ledger ledger;

    StatisticsPage(Ledger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/statistics")
    @PublicEndpoint
    String statistics(Model model) {
        model.addAttribute("statistics", ledger.statistics());
        return "statistics";
    }
}
