package org.homeward.app.ledger;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A source to add: the publisher and kind are required; a URL or a reference says where to find it. */
public record NewSource(@NotBlank @Size(max = 300) String publisher, @Size(max = 500) String title,
                        @Pattern(regexp = "https?://\\S+", message = "must be an http or https address") @Size(max = 2000) String url,
                        LocalDate publishedOn, @NotNull SourceKind kind, @Size(max = 500) String reference) implements NewEntry<SourceId, Source> {

    @Override
    public SourceId newId() {
        return SourceId.random();
    }

}
