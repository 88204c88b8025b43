package org.homeward.app.registry;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** The texts of the message bundles under one key prefix ({@code registry.kin.}), in the reader's language. */
record BundleTexts(MessageSource messages, Locale locale, String prefix) {

    String text(String key, Object... arguments) {
        return messages.getMessage(prefix + key, arguments, locale);
    }
}
