package org.homeward.app.web;

import java.time.ZoneId;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The formatting service: {@link PageFormats} for a reader's locale, in the display time zone ({@code homeward.display-time-zone}). */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Formats {

    private final MessageSource messages;
    @Value("${homeward.display-time-zone}")
    private final ZoneId zone;

    public PageFormats in(Locale locale) {
        return new PageFormats(locale, zone, messages);
    }

    /** The zone in which pages show instants and read typed dates and times. */
    public ZoneId zone() {
        return zone;
    }
}
