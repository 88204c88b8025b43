package org.homeward.app.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.homeward.app.installation.Installation;
import org.homeward.app.installation.Installations;
import org.homeward.app.security.PublicEndpoint;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The public landing page. */
@Controller
@PublicEndpoint
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class HomeController {

    private final Installations installations;
    @Value("${homeward.display-time-zone}")
    private final ZoneId displayZone;

    @GetMapping("/")
    String home(Model model, Locale locale) {
        Installation installation = installations.current();
        model.addAttribute("installedOn", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(installation.createdAt().atZone(displayZone)));
        return "home";
    }
}
