package org.homeward.app.web;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * How likelihood ratios and probabilities read, per locale, in pages and reports alike: an LR from
 * its log10 (plain up to a million, then as a power of ten with a superscript exponent:
 * "1.01 × 10²¹"), and a posterior probability as a percentage that never rounds up to 100 %.
 * Rounding is for display only; stored values keep full precision.
 */
public final class Numbers {

    private Numbers() {
    }

    public static String lr(double log10Lr, Locale locale) {
        if (log10Lr == Double.NEGATIVE_INFINITY) {
            return "0";
        }
        if (Double.isNaN(log10Lr)) {
            return "–";
        }
        if (log10Lr < 6 && log10Lr > -3) {
            NumberFormat f = NumberFormat.getNumberInstance(locale);
            double lr = Math.pow(10, log10Lr);
            f.setMaximumFractionDigits(lr >= 100 ? 0 : lr >= 1 ? 2 : 4);
            return f.format(lr);
        }
        long exponent = (long) Math.floor(log10Lr);
        double mantissa = Math.pow(10, log10Lr - exponent);
        if (mantissa >= 9.995) {
            mantissa = 1;
            exponent++;
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(mantissa) + " × 10" + superscript(exponent);
    }

    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** 21 as ²¹, −3 as ⁻³. */
    static String superscript(long exponent) {
        StringBuilder s = new StringBuilder(exponent < 0 ? "⁻" : "");
        for (char digit : Long.toString(Math.abs(exponent)).toCharArray()) {
            s.append(SUPERSCRIPT_DIGITS.charAt(digit - '0'));
        }
        return s.toString();
    }

    public static String log10(double log10Lr, Locale locale) {
        if (log10Lr == Double.NEGATIVE_INFINITY) {
            return "−∞";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(log10Lr);
    }

    /** A probability as a percentage: "99.9998 %", or "> 99.9999 %" rather than a rounded 100 %. */
    public static String percent(double p, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        if (p > 0.999999) {
            f.setMaximumFractionDigits(4);
            return "> " + f.format(99.9999) + " %";
        }
        f.setMaximumFractionDigits(p < 0.0001 && p > 0 ? 8 : 4);
        return f.format(p * 100) + " %";
    }

    /** A prior probability: "1/57 (1.75 %)" style when it is 1/N, else the percentage. */
    public static String prior(double p, Locale locale) {
        double n = 1 / p;
        if (Math.abs(n - Math.rint(n)) < 1e-6 * n) {
            return "1/" + NumberFormat.getIntegerInstance(locale).format(Math.rint(n)) + " (" + percent(p, locale) + ")";
        }
        return percent(p, locale);
    }
}
