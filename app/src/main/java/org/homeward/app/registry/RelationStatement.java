package org.homeward.app.registry;

import static org.homeward.app.web.Limits.CODE_LENGTH;
import static org.homeward.app.web.Limits.SHORT_TEXT_LENGTH;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.homeward.app.common.Texts;
import org.homeward.kinship.Sex;

/**
 * A corrected relationship of one member of a family: "{@code member} is the {@code words} of
 * {@code of}", and their sex (null to leave it as recorded, or as the words imply).
 */
public record RelationStatement(@NotBlank @Size(max = CODE_LENGTH) String member, @NotBlank @Size(max = SHORT_TEXT_LENGTH) String words,
                                @NotBlank @Size(max = CODE_LENGTH) String of, Sex sex) {

    public RelationStatement {
        member = Texts.singleSpaced(member);
        words = Texts.singleSpaced(words);
        of = Texts.singleSpaced(of);
    }
}
