package org.homeward.app.registry.web;

import static org.homeward.app.web.Limits.CODE_LENGTH;
import static org.homeward.app.web.Limits.NOTE_LENGTH;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.homeward.app.common.Codes;
import org.homeward.app.genetics.ConsentScope;
import org.homeward.app.registry.NewReferenceSample;
import org.homeward.app.registry.RelativeId;
import org.springframework.format.annotation.DateTimeFormat;

/** A reference sample recorded on its family's page: the donor, the barcode, and the consent with its organisations, comma-separated. */
record SampleForm(@NotNull RelativeId donor,
                  @NotBlank @Size(max = CODE_LENGTH)
                  @Pattern(regexp = Codes.FORM, message = Codes.RULE) String sampleCode,
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate collectedOn,
                  @NotNull ConsentScope consentScope,
                  @Size(max = NOTE_LENGTH) String organisations) {

    /** The fields a browser may post; anything else is ignored by the binder. */
    static final String[] FIELDS = {"donor", "sampleCode", "collectedOn", "consentScope", "organisations"};

    static SampleForm blank() {
        return new SampleForm(null, null, null, null, null);
    }

    NewReferenceSample sample() {
        Set<String> named = organisations == null ? Set.of()
                : Arrays.stream(organisations.split(",")).map(String::strip).filter(o -> !o.isEmpty()).collect(Collectors.toSet());
        return new NewReferenceSample(sampleCode, collectedOn, consentScope, named);
    }
}
