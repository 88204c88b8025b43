package org.homeward.app.remains;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.app.common.Codes;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * A numbering scheme such as {@code UA-{date}-{seq:4}}: literal text and placeholders.
 *
 * <pre>
 * {date}            the date as 2025-06-16
 * {date:yyyyMMdd}   the date in a pattern of java.time.format.DateTimeFormatter
 * {year}            the year, 2025
 * {seq:4}           the sequence number, zero-padded to 4 digits (more when it grows past 9999)
 * {seq}             the sequence number, unpadded
 * </pre>
 *
 * The sequence counts separately for every value of the rest: with {@code {date}} in the scheme
 * it starts again at 1 every day. Exactly one {@code {seq}} is required.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
final class NumberScheme {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)(?::([^}]*))?}");
    private static final Pattern SAFE_LITERAL = Pattern.compile("[A-Za-z0-9._/-]*");

    private sealed interface Part permits Literal, DatePart, Sequence { }

    private record Literal(String text) implements Part { }

    private record DatePart(DateTimeFormatter format) implements Part { }

    private record Sequence(int width) implements Part { }

    private final String pattern;
    private final List<Part> parts;

    /** Parses a scheme; {@link IllegalArgumentException} saying what is wrong. */
    static NumberScheme parse(String pattern) {
        List<Part> parts = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        int at = 0;
        int sequences = 0;
        while (matcher.find()) {
            literal(parts, pattern.substring(at, matcher.start()), pattern);
            String name = matcher.group(1);
            String argument = matcher.group(2);
            switch (name) {
                case "date" -> parts.add(new DatePart(DateTimeFormatter.ofPattern(argument == null ? "uuuu-MM-dd" : argument)));
                case "year" -> parts.add(new DatePart(DateTimeFormatter.ofPattern("uuuu")));
                case "seq" -> {
                    int width = 0;
                    if (argument != null) {
                        try {
                            width = Integer.parseInt(argument);
                        } catch (NumberFormatException e) {
                            width = -1;
                        }
                        if (width < 1 || width > 12) {
                            throw new IllegalArgumentException("In the numbering scheme '" + pattern
                                    + "', {seq:N} needs a width N from 1 to 12");
                        }
                    }
                    parts.add(new Sequence(width));
                    sequences++;
                }
                default -> throw new IllegalArgumentException("In the numbering scheme '" + pattern + "', {" + name
                        + "} is unknown; use {date}, {date:PATTERN}, {year} and {seq:N}");
            }
            at = matcher.end();
        }
        literal(parts, pattern.substring(at), pattern);
        if (sequences != 1) {
            throw new IllegalArgumentException("The numbering scheme '" + pattern + "' needs exactly one {seq} or {seq:N}");
        }
        NumberScheme scheme = new NumberScheme(pattern, List.copyOf(parts));
        String example = scheme.format(LocalDate.of(2025, 6, 16), 1);
        if (!Codes.isCode(example)) {
            throw new IllegalArgumentException("The numbering scheme '" + pattern + "' makes numbers such as '" + example
                    + "'; use letters, digits and . _ / - only, starting with a letter or digit");
        }
        return scheme;
    }

    private static void literal(List<Part> parts, String text, String pattern) {
        if (text.isEmpty()) {
            return;
        }
        if (!SAFE_LITERAL.matcher(text).matches()) {
            throw new IllegalArgumentException("The numbering scheme '" + pattern + "' has '" + text
                    + "'; use letters, digits and . _ / - between placeholders");
        }
        parts.add(new Literal(text));
    }

    /** The counter this date numbers in: the scheme with everything but the sequence filled in. */
    String scope(LocalDate date) {
        return render(date, -1);
    }

    String format(LocalDate date, long sequence) {
        return render(date, sequence);
    }

    private String render(LocalDate date, long sequence) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Literal literal) {
                out.append(literal.text());
            } else if (part instanceof DatePart datePart) {
                out.append(datePart.format().format(date));
            } else if (part instanceof Sequence seq) {
                if (sequence < 0) {
                    out.append("{seq}");
                } else {
                    String digits = Long.toString(sequence);
                    out.append("0".repeat(Math.max(0, seq.width() - digits.length()))).append(digits);
                }
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
