package org.homeward.app.genetics;

import static org.homeward.app.web.Limits.CODE_LENGTH;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a sample code belongs to: a kind ({@code "remains"}, {@code "relative"}) and that feature's id. */
public record SubjectRef(@NotNull @Size(max = CODE_LENGTH) @Pattern(regexp = "remains|relative", message = "must be remains or relative") String kind,
                         @NotBlank @Size(max = CODE_LENGTH) String id) {
}
