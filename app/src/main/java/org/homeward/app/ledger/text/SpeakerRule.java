package org.homeward.app.ledger.text;

import java.util.List;
import java.util.Optional;

/**
 * Who states a figure: among the speakers named in its sentence, the nearest, strongly preferring one
 * who speaks there ("Координаційний штаб повідомив", "по словам Мединского", "according to the ICRC")
 * and one named right before the number ("Kyiv counted 6,057, Moscow 6,060"), and avoiding a country's
 * name ("тіла українських воїнів" names the dead, not the speaker). When the sentence names no speaker,
 * or only a country while an organisation spoke earlier in the paragraph, the speaker is the last one
 * who spoke in the paragraph.
 */
final class SpeakerRule {

    private static final int SPEECH_REACH = 4;

    record Found(Span span, String mention) {

        Actor actor() {
            return (Actor) span.value();
        }
    }

    Optional<Found> speaker(TaggedSentence sentence, int from, int to, List<TaggedSentence> earlier) {
        Found best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Span span : sentence.spans(Tag.SPEAKER)) {
            int distance = span.from() >= to ? span.from() - to : Math.max(0, from - span.to());
            int score = distance;
            if (speaks(sentence, span)) {
                score -= 1_000;
            }
            if (span.to() == from) {
                score -= 2_000;
            }
            if (((Actor) span.value()).weak()) {
                score += 200;
            }
            if (score < bestScore) {
                best = new Found(span, sentence.text(span.from(), span.to()));
                bestScore = score;
            }
        }
        if (best != null && !(best.actor().weak() && !speaks(sentence, best.span()))) {
            return Optional.of(best);
        }
        Optional<Found> spokeBefore = lastSpeaker(sentence, earlier);
        return spokeBefore.isPresent() ? spokeBefore : Optional.ofNullable(best);
    }

    /** Whether the text says this speaker speaks: a speech word just after its name, or just before it. */
    static boolean speaks(TaggedSentence sentence, Span speaker) {
        return sentence.spans(Tag.SPEECH).stream().anyMatch(speech -> speech.from() >= speaker.to()
                && speech.from() - speaker.to() <= SPEECH_REACH || speech.to() <= speaker.from() && speaker.from() - speech.to() <= 1);
    }

    /** The last organisation or official who spoke earlier in the paragraph. */
    private static Optional<Found> lastSpeaker(TaggedSentence sentence, List<TaggedSentence> earlier) {
        for (int i = earlier.size() - 1; i >= 0 && earlier.get(i).paragraph() == sentence.paragraph(); i--) {
            TaggedSentence before = earlier.get(i);
            List<Span> speakers = before.spans(Tag.SPEAKER).stream()
                    .filter(span -> !((Actor) span.value()).weak() && speaks(before, span)).toList();
            if (!speakers.isEmpty()) {
                Span last = speakers.get(speakers.size() - 1);
                return Optional.of(new Found(last, before.text(last.from(), last.to())));
            }
        }
        return Optional.empty();
    }
}
