package org.homeward.app.registry;

import static org.homeward.app.web.Limits.CODE_LENGTH;
import static org.homeward.app.web.Limits.NAME_LENGTH;
import static org.homeward.app.web.Limits.SHORT_TEXT_LENGTH;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.homeward.app.common.Texts;
import org.homeward.kinship.Sex;

/**
 * A relative as the family states them: "Ганна Шевченко is the mother of MP-17".
 *
 * @param sex           may be null when the words imply it (mother, son)
 * @param relationWords plain words: mother, paternal half-brother, son...
 * @param relationOf    the member of the family they relate to ({@code MP-n} or {@code R-n}); for the reporter of
 *                      a new report, left out (the new missing person)
 * @param reporting     they reported the missing person (false when not given)
 * @param mayGiveSample they gave or may give a reference sample (false when not given)
 * @param contact       optional; recorded only with FAMILY_CONTACT_WRITE
 */
public record NewRelative(@NotBlank @Size(max = NAME_LENGTH) String fullName, @Size(max = NAME_LENGTH) String fullNameLatin, Sex sex,
                          @NotBlank @Size(max = SHORT_TEXT_LENGTH) String relationWords, @Size(max = CODE_LENGTH) String relationOf,
                          Boolean reporting, Boolean mayGiveSample, @Valid ContactDetails contact) {

    public NewRelative {
        reporting = reporting != null && reporting;
        mayGiveSample = mayGiveSample != null && mayGiveSample;
        fullName = Texts.singleSpaced(fullName);
        fullNameLatin = Texts.singleSpaced(fullNameLatin);
        relationWords = Texts.singleSpaced(relationWords);
        relationOf = Texts.singleSpaced(relationOf);
    }
}
