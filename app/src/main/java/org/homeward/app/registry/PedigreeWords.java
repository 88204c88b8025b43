package org.homeward.app.registry;

import java.util.Locale;

import org.springframework.context.MessageSource;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The words of a pedigree drawing in the reader's language, from the message bundles
 * ({@code registry.pedigree.drawing.*}): its title, what each kind of person is, and the legend.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class PedigreeWords {

    private final BundleTexts texts;

    public static PedigreeWords in(MessageSource messages, Locale locale) {
        return new PedigreeWords(new BundleTexts(messages, locale, "registry.pedigree.drawing."));
    }

    /** "Reference pedigree of Petrenko". */
    String title(String familyName) {
        return texts.text("title", familyName);
    }

    /** "missing" or "missing, son" (the words the family gave). */
    String missing(String relationWords) {
        return relationWords == null ? texts.text("missing") : texts.text("missingRelation", relationWords);
    }

    /** What a kind of person is, for the person's tooltip: missing, typed, awaited, connecting, relative. */
    String kind(String kind) {
        return texts.text("kind." + kind);
    }

    /** The legend's words for a kind of person. */
    String legend(String kind) {
        return texts.text("legend." + kind);
    }
}
