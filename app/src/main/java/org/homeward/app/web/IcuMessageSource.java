package org.homeward.app.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.ObjectUtils;
import org.springframework.util.StringUtils;

import com.ibm.icu.text.MessageFormat;

/**
 * The messages of every page, formatted with ICU's {@link MessageFormat} instead of
 * {@code java.text.MessageFormat}, so that a count picks its plural form by the language's rules
 * ({@code {0, plural, one{# тіло} few{# тіла} many{# тіл} other{# тіла}}}), which java.text's
 * {@code choice} cannot express for Ukrainian. Everything else stays Spring's: the bundles and their
 * fallback to messages.properties, and a text without arguments shown exactly as written.
 *
 * <p>Named {@code messageSource}, so that Boot's own message source backs off and Thymeleaf's
 * {@code #{...}}, validation messages and every injected {@code MessageSource} use this one.
 */
@Component("messageSource")
class IcuMessageSource extends ResourceBundleMessageSource {

    /** Parsed patterns per language; empty where the text is no valid pattern and is shown as written. */
    private final Map<Pattern, Optional<MessageFormat>> formats = new ConcurrentHashMap<>();

    IcuMessageSource(@Value("${spring.messages.basename}") String basenames,
                     @Value("${spring.messages.fallback-to-system-locale}") boolean fallbackToSystemLocale) {
        setBasenames(StringUtils.commaDelimitedListToStringArray(StringUtils.trimAllWhitespace(basenames)));
        setDefaultEncoding(StandardCharsets.UTF_8.name());
        setFallbackToSystemLocale(fallbackToSystemLocale);
    }

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (ObjectUtils.isEmpty(args)) {
            return super.getMessageInternal(code, args, locale);
        }
        Locale language = locale == null ? Locale.getDefault() : locale;
        String text = resolveCodeWithoutArguments(code, language);
        return text == null ? super.getMessageInternal(code, args, language) : formatMessage(text, args, language);
    }

    /** Also formats default messages (a validation error's own text), as Spring does with java.text. */
    @Override
    protected String formatMessage(String text, Object[] args, Locale locale) {
        if (ObjectUtils.isEmpty(args)) {
            return text;
        }
        Optional<MessageFormat> format = formats.computeIfAbsent(new Pattern(text, locale), IcuMessageSource::parse);
        if (format.isEmpty()) {
            return text;
        }
        Object[] resolved = resolveArguments(args, locale);
        for (int i = 0; i < resolved.length; i++) {
            // java.text printed a java.time value as its text; ICU would try (and fail) to make a Calendar of it
            if (resolved[i] instanceof java.time.temporal.TemporalAccessor time) {
                resolved[i] = time.toString();
            }
        }
        synchronized (format.get()) {
            return format.get().format(resolved);
        }
    }

    /** As Spring does, a text that is no pattern with numbered arguments is shown as written. */
    private static Optional<MessageFormat> parse(Pattern pattern) {
        try {
            MessageFormat format = new MessageFormat(pattern.text(), pattern.locale());
            return format.usesNamedArguments() ? Optional.empty() : Optional.of(format);
        } catch (IllegalArgumentException notAPattern) {
            return Optional.empty();
        }
    }

    private record Pattern(String text, Locale locale) {
    }
}
