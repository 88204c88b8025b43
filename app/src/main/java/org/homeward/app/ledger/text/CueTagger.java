package org.homeward.app.ledger.text;

import java.util.List;
import java.util.Map;

/**
 * Tags the words around numbers that the rules read: count units (тіла, тел, останків, bodies), bounds
 * (понад, более, up to, about), range openers, "of those" (з них, из них), quantities without a number
 * (a vast number of, багато), qualitative cues (do not evacuate) and speech (said, повідомив, по словам).
 */
final class CueTagger {

    void tag(TaggedSentence sentence) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (sentence.read(i)) {
                continue;
            }
            for (Map.Entry<org.homeward.app.ledger.Unit, Phrases> unit : Lexicon.COUNT_UNITS.entrySet()) {
                add(sentence, tokens, i, unit.getValue(), Tag.COUNT_UNIT, unit.getKey());
            }
            if (!Lexicon.overAsVerbParticle(tokens, i)) {
                for (Map.Entry<org.homeward.app.ledger.Qualifier, Phrases> bound : Lexicon.BOUNDS.entrySet()) {
                    add(sentence, tokens, i, bound.getValue(), Tag.BOUND, bound.getKey());
                }
            }
            add(sentence, tokens, i, Lexicon.RANGE_OPEN, Tag.RANGE_OPEN, null);
            add(sentence, tokens, i, Lexicon.PART_OF, Tag.PART_OF, null);
            add(sentence, tokens, i, Lexicon.QUANTIFIERS, Tag.QUANTIFIER, null);
            add(sentence, tokens, i, Lexicon.QUALITATIVE_CUES, Tag.QUALITATIVE_CUE, null);
            add(sentence, tokens, i, Lexicon.SPEECH, Tag.SPEECH, null);
        }
    }

    private static void add(TaggedSentence sentence, List<Token> tokens, int i, Phrases phrases, Tag tag, Object value) {
        int length = phrases.match(tokens, i);
        if (length > 0) {
            sentence.add(Span.of(tag, i, i + length, value));
        }
    }
}
