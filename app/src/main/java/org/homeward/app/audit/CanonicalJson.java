package org.homeward.app.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one text form of an audit entry that its hash covers. Strings are JSON strings with the
 * minimal escapes (quote, backslash, control characters as {@code \\u00XX}); maps are objects
 * with keys in code-point order and no spaces. The form never changes: a change would break
 * every existing chain.
 */
final class CanonicalJson {

    private CanonicalJson() {
    }

    /** {@code {"a":"1","b":"2"}}, keys sorted. */
    static String object(Map<String, String> values) {
        StringBuilder out = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, String> entry : new TreeMap<>(values).entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(out, entry.getKey());
            out.append(':');
            string(out, entry.getValue());
        }
        return out.append('}').toString();
    }

    /** A JSON array of strings (null as {@code null}) followed by one raw JSON value. */
    static String array(List<String> strings, String rawLast) {
        StringBuilder out = new StringBuilder("[");
        for (String value : strings) {
            if (value == null) {
                out.append("null");
            } else {
                string(out, value);
            }
            out.append(',');
        }
        return out.append(rawLast).append(']').toString();
    }

    static void string(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    /** Reads back an object written by {@link #object}; anything else is rejected. */
    static Map<String, String> parseObject(String json) {
        Parser parser = new Parser(json);
        Map<String, String> values = new TreeMap<>();
        parser.expect('{');
        if (parser.peek() != '}') {
            do {
                String key = parser.string();
                parser.expect(':');
                values.put(key, parser.string());
            } while (parser.accept(','));
        }
        parser.expect('}');
        parser.end();
        return values;
    }

    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        char peek() {
            if (at >= text.length()) {
                throw new IllegalArgumentException("Unexpected end of audit details");
            }
            return text.charAt(at);
        }

        void expect(char c) {
            if (peek() != c) {
                throw new IllegalArgumentException("Expected '" + c + "' at " + at + " of audit details");
            }
            at++;
        }

        boolean accept(char c) {
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        void end() {
            if (at != text.length()) {
                throw new IllegalArgumentException("Trailing text at " + at + " of audit details");
            }
        }

        String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = peek();
                at++;
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\') {
                    char escaped = peek();
                    at++;
                    if (escaped == 'u') {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    } else {
                        out.append(escaped);
                    }
                } else {
                    out.append(c);
                }
            }
        }
    }

    static List<String> list(String... values) {
        List<String> list = new ArrayList<>(values.length);
        for (String value : values) {
            list.add(value);
        }
        return list;
    }
}
