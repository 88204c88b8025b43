package org.homeward.app.identification;

import java.util.Locale;

/** {@link Numbers} in one locale, for pages: {@code ${fmt.lr(candidate.log10Lr)}}. */
public record NumberDisplay(Locale locale) {

    public String lr(double log10Lr) {
        return Numbers.lr(log10Lr, locale);
    }

    public String log10(double log10Lr) {
        return Numbers.log10(log10Lr, locale);
    }

    public String percent(double p) {
        return Numbers.percent(p, locale);
    }

    public String prior(double p) {
        return Numbers.prior(p, locale);
    }

    public String number(double value, int decimals) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(decimals);
        f.setMinimumFractionDigits(decimals);
        return f.format(value);
    }
}
