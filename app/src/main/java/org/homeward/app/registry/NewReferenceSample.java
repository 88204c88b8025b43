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

import org.homeward.app.common.Texts;
import org.homeward.app.genetics.ConsentScope;

/**
 * A reference sample taken from a relative: its barcode, when it was collected, and the donor's
 * consent (identification only, or also sharing with the organisations named).
 */
public record NewReferenceSample(
        @NotBlank @Size(max = CODE_LENGTH) @Pattern(regexp = SAMPLE_CODE, message = SAMPLE_CODE_RULE) String sampleCode,
        LocalDate collectedOn, @NotNull ConsentScope consentScope,
        @Size(max = MAX_ROWS) Set<@Size(max = NAME_LENGTH) String> organisations) {

    /** A sample's barcode as labs write it; what {@link #SAMPLE_CODE_RULE} says. */
    public static final String SAMPLE_CODE = "[A-Za-z0-9][A-Za-z0-9._/-]{0,63}";

    public static final String SAMPLE_CODE_RULE = "has 1 to 64 letters, digits, dots, hyphens, underscores or slashes";

    public NewReferenceSample {
        sampleCode = Texts.singleSpaced(sampleCode);
        organisations = organisations == null ? Set.of()
                : Set.copyOf(organisations.stream().map(Texts::singleSpaced).filter(o -> o != null).toList());
    }
}
