package org.homeward.app.ledger.text;

/**
 * Tokens {@code [from, to)} of a sentence read as {@code tag}.
 *
 * @param low   for a NUMBER, its value (the low end when vague)
 * @param high  for a NUMBER, its value (the high end when vague)
 * @param value what the tag carries: a {@code Unit}, {@code Qualifier}, {@code LedgerDate}, {@link Actor}…
 */
record Span(Tag tag, int from, int to, long low, long high, Object value) {

    static Span of(Tag tag, int from, int to, Object value) {
        return new Span(tag, from, to, 0, 0, value);
    }

    boolean vague() {
        return low != high;
    }

    boolean covers(int token) {
        return from <= token && token < to;
    }
}
