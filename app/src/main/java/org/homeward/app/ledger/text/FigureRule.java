package org.homeward.app.ledger.text;

import java.util.List;
import java.util.Optional;

import org.homeward.app.ledger.Figure;
import org.homeward.app.ledger.Qualifier;

/**
 * The figure a number states: a range with the number after it ("від 500 до 600", "between 300 and
 * 400", "1,000–1,200"; a word join needs its opener, a dash does not), a vague quantity as its range,
 * or the number with the bound just before it ("понад 6 тисяч", "более 1000", "up to 300", "близько
 * 200"), else exactly the number.
 */
final class FigureRule {

    /** The figure and the tokens [from, to) that state it. */
    record Read(Figure figure, int from, int to) {
    }

    private static final Phrases DASHES = Phrases.of("–", "—", "-");

    Read read(TaggedSentence sentence, Span number) {
        List<Token> tokens = sentence.tokens();
        Optional<Span> end = rangeEnd(sentence, tokens, number);
        int opener = sentence.spans(Tag.RANGE_OPEN).stream().filter(open -> open.to() == number.from()).mapToInt(Span::from)
                .findFirst().orElse(number.from());
        if (end.isPresent()) {
            return new Read(Figure.range(number.low(), null, end.get().high()), opener, end.get().to());
        }
        if (number.vague()) {
            return new Read(Figure.range(number.low(), null, number.high()), number.from(), number.to());
        }
        Optional<Span> bound = sentence.endingAt(number.from(), Tag.BOUND);
        if (bound.isPresent() && !addsUpTo(tokens, bound.get())) {
            Qualifier qualifier = (Qualifier) bound.get().value();
            Figure figure = switch (qualifier) {
                case AT_LEAST -> Figure.atLeast(number.low());
                case AT_MOST -> Figure.atMost(number.low());
                default -> Figure.approximately(number.low());
            };
            return new Read(figure, bound.get().from(), number.to());
        }
        return new Read(Figure.exact(number.low()), number.from(), number.to());
    }

    /** The number that ends a range opened by {@code number}, when there is one. */
    Optional<Span> rangeEnd(TaggedSentence sentence, List<Token> tokens, Span number) {
        int join = Lexicon.RANGE_JOIN.match(tokens, number.to());
        if (join == 0 || number.vague()) {
            return Optional.empty();
        }
        boolean dash = DASHES.match(tokens, number.to()) > 0;
        boolean opened = sentence.spans(Tag.RANGE_OPEN).stream().anyMatch(open -> open.to() == number.from());
        if (!dash && !opened) {
            return Optional.empty(); // "for 19, or for 31", "1,245 and Moscow" are no ranges
        }
        return sentence.spans(Tag.NUMBER).stream()
                .filter(next -> next.from() == number.to() + join && !next.vague() && next.low() > number.low())
                .findFirst();
    }

    /** "adds up to 563" states a sum, not a bound. */
    private static boolean addsUpTo(List<Token> tokens, Span bound) {
        int from = bound.from();
        return from >= 1 && tokens.get(from).norm().equals("up") && tokens.get(from - 1).norm().matches("adds?|added|adding");
    }
}
