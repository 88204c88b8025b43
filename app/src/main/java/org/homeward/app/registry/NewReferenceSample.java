package org.homeward.app.registry;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.homeward.app.genetics.ConsentScope;

/**
 * A reference sample taken from a relative: its barcode, when it was collected, and the donor's
 * consent (identification only, or also sharing with the organisations named).
 */
public record NewReferenceSample(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]{0,63}",
                message = "has 1 to 64 letters, digits, dots, hyphens, underscores or slashes") String sampleCode,
        LocalDate collectedOn, @NotNull ConsentScope consentScope, Set<@Size(max = 200) String> organisations) {

    public NewReferenceSample {
        sampleCode = Text.clean(sampleCode);
        organisations = organisations == null ? Set.of()
                : Set.copyOf(organisations.stream().map(Text::clean).filter(o -> o != null).toList());
    }
}
