package org.homeward.app.ledger.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** One sentence of a text: where it stands, its tokens, and the spans the taggers found in it. */
final class TaggedSentence {

    private final String text;
    private final int start;
    private final int end;
    private final int paragraph;
    private final List<Token> tokens;
    private final List<Span> spans = new ArrayList<>();

    TaggedSentence(String text, int start, int end, int paragraph) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.paragraph = paragraph;
        this.tokens = Tokenizer.tokens(text, start, end);
    }

    List<Token> tokens() {
        return tokens;
    }

    /** The sentence as written. */
    String quote() {
        return text.substring(start, end);
    }

    /** Which paragraph of the text it stands in (paragraphs are parted by an empty line). */
    int paragraph() {
        return paragraph;
    }

    /** The text of tokens [from, to) as written. */
    String text(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    void add(Span span) {
        spans.add(span);
    }

    void replace(Span old, Span replacement) {
        spans.set(spans.indexOf(old), replacement);
    }

    /** The spans tagged {@code tag}, in the order they stand. */
    List<Span> spans(Tag tag) {
        return spans.stream().filter(span -> span.tag() == tag).sorted(Comparator.comparingInt(Span::from)).toList();
    }

    boolean has(Tag tag) {
        return spans.stream().anyMatch(span -> span.tag() == tag);
    }

    /** The span tagged {@code tag} that covers the token. */
    Optional<Span> at(int token, Tag tag) {
        return spans.stream().filter(span -> span.tag() == tag && span.covers(token)).findFirst();
    }

    /** The span tagged {@code tag} that ends just before token {@code end}. */
    Optional<Span> endingAt(int end, Tag tag) {
        return spans.stream().filter(span -> span.tag() == tag && span.to() == end).findFirst();
    }

    /** Whether a date, number or other reading already covers the token. */
    boolean read(int token) {
        return spans.stream().anyMatch(span -> span.covers(token) && switch (span.tag()) {
            case NUMBER, DATE, TIME, ORDINAL, UNIT_NUMBER, PERCENT, AGE, MONEY -> true;
            default -> false;
        });
    }
}
