package org.homeward.app.remains.web;

import java.time.ZoneId;
import java.util.Locale;

import org.homeward.app.web.Formats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** What the register's pages word their notices with and read typed times in (pages format through {@code fmt}). */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class RemainsDisplay {

    private final MessageSource messages;
    private final Formats formats;

    /** The zone a typed date and time is read in: the one pages show times in. */
    ZoneId zone() {
        return formats.zone();
    }

    String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
