package org.homeward.app.ledger;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A number as it was stated: exact, approximate, a lower or upper bound, or a range. Never rounded:
 * display formatting is the only place a figure becomes text. {@link #problem()} says what is wrong
 * with a figure built from outside; the ledger refuses such figures.
 */
public record Figure(Qualifier qualifier, Long low, Long best, Long high) {

    public static Figure exact(long value) {
        return new Figure(Qualifier.EXACT, value, value, value);
    }

    public static Figure approximately(long value) {
        return new Figure(Qualifier.APPROXIMATE, null, value, null);
    }

    public static Figure atLeast(long value) {
        return new Figure(Qualifier.AT_LEAST, value, null, null);
    }

    public static Figure atMost(long value) {
        return new Figure(Qualifier.AT_MOST, null, null, value);
    }

    public static Figure range(long low, Long best, long high) {
        return new Figure(Qualifier.RANGE, low, best, high);
    }

    /**
     * A figure as a person states it in a form: one value (the bound of an at-least or at-most
     * figure), or a low and a high; the qualifier, exact when not given, decides which it keeps.
     */
    public static Figure stated(Qualifier qualifier, Long value, Long low, Long high) {
        return switch (qualifier == null ? Qualifier.EXACT : qualifier) {
            case EXACT -> value == null ? new Figure(Qualifier.EXACT, null, null, null) : exact(value);
            case APPROXIMATE -> new Figure(Qualifier.APPROXIMATE, low, value, high);
            case AT_LEAST -> new Figure(Qualifier.AT_LEAST, value != null ? value : low, null, null);
            case AT_MOST -> new Figure(Qualifier.AT_MOST, null, null, value != null ? value : high);
            case RANGE -> new Figure(Qualifier.RANGE, low, value, high);
        };
    }

    /** What is wrong with this figure, or empty when it is well formed. */
    public Optional<String> problem() {
        if (qualifier == null) {
            return Optional.of("qualifier is required");
        }
        for (Long value : new Long[] {low, best, high}) {
            if (value != null && value < 0) {
                return Optional.of("values must not be negative");
            }
        }
        String shape = switch (qualifier) {
            case EXACT -> best == null && low == null && high == null ? "an exact figure needs a value"
                    : !sameOrNull(low, best, high) ? "an exact figure has one value" : null;
            case APPROXIMATE -> best == null ? "an approximate figure needs a best value" : null;
            case AT_LEAST -> low == null ? "an at-least figure needs a low value"
                    : high != null ? "an at-least figure has no high value" : null;
            case AT_MOST -> high == null ? "an at-most figure needs a high value"
                    : low != null ? "an at-most figure has no low value" : null;
            case RANGE -> low == null || high == null ? "a range needs a low and a high value" : null;
        };
        if (shape != null) {
            return Optional.of(shape);
        }
        if ((low != null && best != null && low > best) || (best != null && high != null && best > high)
                || (low != null && high != null && low > high)) {
            return Optional.of("values must be in order: low ≤ best ≤ high");
        }
        return Optional.empty();
    }

    private static boolean sameOrNull(Long... values) {
        Long seen = null;
        for (Long value : values) {
            if (value != null) {
                if (seen != null && !seen.equals(value)) {
                    return false;
                }
                seen = value;
            }
        }
        return true;
    }

    /** An exact figure given with only one of its three values, completed: (EXACT, null, 5, null) becomes 5/5/5. */
    public Figure normalized() {
        if (qualifier == Qualifier.EXACT) {
            Long value = best != null ? best : low != null ? low : high;
            return value == null ? this : exact(value);
        }
        return this;
    }

    /** The least the figure allows. */
    @JsonIgnore
    public long lower() {
        return switch (qualifier) {
            case EXACT -> best;
            case APPROXIMATE -> low != null ? low : best;
            case AT_LEAST, RANGE -> low;
            case AT_MOST -> 0L;
        };
    }

    /** The most the figure allows; empty when it has no upper bound ("over 6,000"). */
    @JsonIgnore
    public Optional<Long> upper() {
        return switch (qualifier) {
            case EXACT -> Optional.of(best);
            case APPROXIMATE -> Optional.of(high != null ? high : best);
            case AT_LEAST -> Optional.empty();
            case AT_MOST, RANGE -> Optional.of(high);
        };
    }

    /** The single value the figure names, if it names one: exact, or a stated best value. */
    @JsonIgnore
    public Optional<Long> point() {
        return Optional.ofNullable(best);
    }

    /** The number a unit word after the figure agrees with ("21 тіло", "2–5 тіл"): the last one {@link #format} prints. */
    @JsonIgnore
    public long lastNumber() {
        return switch (qualifier) {
            case EXACT -> best;
            case APPROXIMATE -> high != null ? high : best;
            case AT_LEAST -> low;
            case AT_MOST -> high;
            case RANGE -> best != null ? best : high;
        };
    }

    @JsonIgnore
    public boolean isExact() {
        return qualifier == Qualifier.EXACT;
    }

    /** "1,245", "about 1,000", "over 6,000", "up to 300", "10,000–99,999" in the reader's language. */
    public String format(Locale locale) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        return switch (qualifier) {
            case EXACT -> numbers.format(best);
            case APPROXIMATE -> "~" + numbers.format(best)
                    + (low != null || high != null ? " (" + bound(numbers, low) + "–" + bound(numbers, high) + ")" : "");
            case AT_LEAST -> "≥ " + numbers.format(low);
            case AT_MOST -> "≤ " + numbers.format(high);
            case RANGE -> numbers.format(low) + "–" + numbers.format(high) + (best != null ? " (~" + numbers.format(best) + ")" : "");
        };
    }

    private static String bound(NumberFormat numbers, Long value) {
        return value == null ? "?" : numbers.format(value);
    }

    @Override
    public String toString() {
        return format(Locale.ENGLISH);
    }
}
