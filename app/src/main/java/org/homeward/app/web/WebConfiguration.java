package org.homeward.app.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/** Web settings shared by every page. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /** The languages the pages are written in; add a locale here with its messages_xx.properties. */
    static final List<Locale> SUPPORTED_LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("uk"));

    /**
     * The page language (and the formats of its dates and numbers) follows the browser's
     * Accept-Language among {@link #SUPPORTED_LOCALES} (uk-UA finds uk), English otherwise.
     */
    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(SUPPORTED_LOCALES);
        resolver.setDefaultLocale(Locale.ENGLISH);
        return resolver;
    }

    /**
     * A JSON number or boolean where text is expected is the wrong type, refused at its path, not
     * quietly turned into text ({@code 1e308} is no name and no allele); so are a number and empty
     * text where true or false is expected.
     */
    @Bean
    JsonMapperBuilderCustomizer textIsText() {
        return builder -> builder.withCoercionConfig(LogicalType.Textual, text -> text
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, flag -> flag
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
    }

    /** Controllers take typed ids ({@code @PathVariable BodyNumber bodyNumber}) and never parse them. */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(new TypedIdConverter());
        registry.addConverter(String.class, LocalDate.class, text -> text.isBlank() ? null : checkedDate(LocalDate.parse(text.strip())));
        registry.addConverter(String.class, LocalDateTime.class, text -> {
            if (text.isBlank()) {
                return null;
            }
            LocalDateTime parsed = LocalDateTime.parse(text.strip());
            checkedDate(parsed.toLocalDate());
            return parsed;
        });
    }

    /** Every parameter and form field passes {@link InputHygiene} before a controller sees it. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ParameterHygiene());
    }

    /** A form or parameter date (ISO, as a date input sends it) in the range {@link InputHygiene} allows. */
    private static LocalDate checkedDate(LocalDate date) {
        String refusal = InputHygiene.dateRefusal(date);
        if (refusal != null) {
            throw new IllegalArgumentException(refusal);
        }
        return date;
    }
}
