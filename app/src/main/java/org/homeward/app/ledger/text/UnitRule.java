package org.homeward.app.ledger.text;

import java.util.List;
import java.util.Optional;

import org.homeward.app.ledger.Unit;

/**
 * The unit of a number: the count unit just before it ("тіла 909 загиблих", "the bodies of 1,000"),
 * else the first within a few words after it ("1 200 тіл", "6 060 тел погибших", "1,245 bodies"),
 * else the nearest in its sentence, else the last one named earlier in its paragraph ("Russia returned
 * 1,200 bodies. Kyiv counted 1,212 in total.").
 */
final class UnitRule {

    private static final Phrases OF = Phrases.of("of", "of the", "of these", "of those");
    private static final int WINDOW = 4;

    Optional<Unit> unit(TaggedSentence sentence, int from, int to, List<TaggedSentence> earlier) {
        List<Span> units = sentence.spans(Tag.COUNT_UNIT);
        for (Span unit : units) {
            int gap = from - unit.to();
            if (gap == 0 || gap > 0 && OF.match(sentence.tokens(), unit.to()) == gap) {
                return Optional.of((Unit) unit.value());
            }
        }
        for (Span unit : units) {
            if (unit.from() >= to && unit.from() < to + WINDOW && noNumberBetween(sentence, to, unit.from())) {
                return Optional.of((Unit) unit.value());
            }
        }
        Span nearest = null;
        int distance = Integer.MAX_VALUE;
        for (Span unit : units) {
            int d = unit.from() >= to ? unit.from() - to : from - unit.to();
            if (d < distance) {
                nearest = unit;
                distance = d;
            }
        }
        if (nearest != null) {
            return Optional.of((Unit) nearest.value());
        }
        for (int i = earlier.size() - 1; i >= 0 && earlier.get(i).paragraph() == sentence.paragraph(); i--) {
            List<Span> before = earlier.get(i).spans(Tag.COUNT_UNIT);
            if (!before.isEmpty()) {
                return Optional.of((Unit) before.get(before.size() - 1).value());
            }
        }
        return Optional.empty();
    }

    private static boolean noNumberBetween(TaggedSentence sentence, int from, int to) {
        return sentence.spans(Tag.NUMBER).stream().noneMatch(number -> number.from() >= from && number.from() < to);
    }
}
