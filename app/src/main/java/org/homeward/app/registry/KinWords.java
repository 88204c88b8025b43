package org.homeward.app.registry;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.springframework.context.MessageSource;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * A {@link KinPath} in the reader's words, from the message bundles ({@code registry.kin.*}): "the missing
 * person's brother", "the mother of the missing person's brother", "брат зниклої безвісти особи", "мати брата
 * зниклої безвісти особи". A word inside the phrase takes its {@code registry.kin.of.*} form (the genitive in
 * Ukrainian), the outermost its {@code registry.kin.word.*} form.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class KinWords {

    private final BundleTexts texts;

    public static KinWords in(MessageSource messages, Locale locale) {
        return new KinWords(new BundleTexts(messages, locale, "registry.kin."));
    }

    /**
     * The path said from the point of view of {@code aboutMissingPersonId}: "the missing person's …" when the
     * path ends at them, else it names the missing person it ends at ({@code names}: member id → name).
     */
    public String say(KinPath path, String aboutMissingPersonId, UnaryOperator<String> names) {
        List<String> words = path.words();
        int last = words.size() - 1;
        String nearest = word(words.get(last), last > 0);
        String phrase = path.missingPersonId().equals(aboutMissingPersonId) ? texts.text("missingPerson", nearest)
                : texts.text("namedMissing", nearest, names.apply(path.missingPersonId()));
        for (int i = last - 1; i >= 0; i--) {
            phrase = texts.text("chain", word(words.get(i), i > 0), phrase);
        }
        return phrase;
    }

    private String word(String word, boolean inside) {
        return texts.text((inside ? "of." : "word.") + word);
    }
}
