package org.homeward.app.ledger;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A source to add: the publisher and kind are required; a URL or a reference says where to find it. */
public record NewSource(@NotBlank @Size(max = 300) String publisher, @Size(max = 500) String title,
                        @Pattern(regexp = NewSource.HTTP_ADDRESS, message = "must be an http or https address") @Size(max = 2000) String url,
                        LocalDate publishedOn, @NotNull SourceKind kind, @Size(max = 500) String reference) implements NewEntry<SourceId, Source> {

    /** An http or https address. */
    public static final String HTTP_ADDRESS = "https?://\\S+";

    /** What a form's address field accepts: an address, or nothing when the source has none. */
    public static final String HTTP_ADDRESS_OR_NOTHING = "(" + HTTP_ADDRESS + ")?";

    @Override
    public SourceId newId() {
        return SourceId.random();
    }

}
