package org.homeward.app.remains.web;

import java.time.ZoneId;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What the register's pages show their words and times with: the messages and the display time zone. */
@Component
final class RemainsDisplay {

    private final MessageSource messages;
    private final ZoneId zone;

    RemainsDisplay(MessageSource messages, @Value("${homeward.display-time-zone}") ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    DisplayFormats formats(Locale locale) {
        return new DisplayFormats(locale, zone, messages);
    }

    /** The zone a typed date and time is read in. */
    ZoneId zone() {
        return zone;
    }

    String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
