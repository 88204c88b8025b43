package org.homeward.app.registry;

import static org.homeward.app.web.Limits.CODE_LENGTH;
import static org.homeward.app.web.Limits.MAX_ROWS;
import static org.homeward.app.web.Limits.NAME_LENGTH;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.homeward.app.common.Codes;
import org.homeward.app.common.Texts;
import org.homeward.app.genetics.ConsentScope;

/**
 * A reference sample taken from a relative: its barcode, when it was collected, and the donor's
 * consent (identification only, or also sharing with the organisations named).
 */
public record NewReferenceSample(
        @NotBlank @Size(max = CODE_LENGTH) @Pattern(regexp = Codes.FORM, message = Codes.RULE) String sampleCode,
        LocalDate collectedOn, @NotNull ConsentScope consentScope,
        @Size(max = MAX_ROWS) Set<@Size(max = NAME_LENGTH) String> organisations) {

    public NewReferenceSample {
        sampleCode = Texts.singleSpaced(sampleCode);
        organisations = organisations == null ? Set.of()
                : Set.copyOf(organisations.stream().map(Texts::singleSpaced).filter(o -> o != null).toList());
    }
}
