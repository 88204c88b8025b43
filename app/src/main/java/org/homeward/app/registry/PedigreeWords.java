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

    private final MessageSource messages;
    private final Locale locale;

    public static PedigreeWords in(MessageSource messages, Locale locale) {
        return new PedigreeWords(messages, locale);
    }

    /** "Reference pedigree of Petrenko". */
    String title(String familyName) {
        return text("title", familyName);
    }

    /** "missing" or "missing, son" (the words the family gave). */
    String missing(String relationWords) {
        return relationWords == null ? text("missing") : text("missingRelation", relationWords);
    }

    /** What a kind of person is, for the person's tooltip: missing, typed, awaited, connecting, relative. */
    String kind(String kind) {
        return text("kind." + kind);
    }

    /** The legend's words for a kind of person. */
    String legend(String kind) {
        return text("legend." + kind);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage("registry.pedigree.drawing." + key, arguments, locale);
    }
}
