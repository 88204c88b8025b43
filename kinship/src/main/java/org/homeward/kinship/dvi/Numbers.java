package org.homeward.kinship.dvi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Numbers for display, as C's {@code %g} writes them: significant digits, trailing zeros dropped. */
final class Numbers {

    private Numbers() { }

    /** {@code 10^log10} to {@code digits} significant digits: "20", "10957.8", "2.13887e+06", "8.38771e-05", "0". */
    static String fromLog10(double log10, int digits) {
        if (log10 == Double.NEGATIVE_INFINITY) {
            return "0";
        }
        if (log10 == Double.POSITIVE_INFINITY) {
            return "Inf";
        }
        // Beyond the range of a double the mantissa and exponent are written from the log directly.
        if (Math.abs(log10) > 300) {
            double exponent = Math.floor(log10);
            return mantissa(Math.pow(10, log10 - exponent), digits) + exponentText((long) exponent);
        }
        return format(Math.pow(10, log10), digits);
    }

    static String format(double x, int digits) {
        if (x == 0) {
            return "0";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Inf" : "-Inf";
        }
        if (Double.isNaN(x)) {
            return "NaN";
        }
        BigDecimal rounded = new BigDecimal(x).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= digits) {
            return mantissa(rounded.movePointLeft(exponent).doubleValue(), digits) + exponentText(exponent);
        }
        return strip(rounded.toPlainString());
    }

    private static String mantissa(double m, int digits) {
        return strip(new BigDecimal(m).round(new MathContext(digits, RoundingMode.HALF_EVEN)).toPlainString());
    }

    private static String exponentText(long exponent) {
        return (exponent < 0 ? "e-" : "e+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
    }

    private static String strip(String plain) {
        if (!plain.contains(".")) {
            return plain;
        }
        String s = plain.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
