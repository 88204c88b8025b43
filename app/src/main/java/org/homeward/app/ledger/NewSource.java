package org.homeward.app.ledger;

import static org.homeward.app.web.Limits.TITLE_LENGTH;
import static org.homeward.app.web.Limits.URL_LENGTH;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A source to add: the publisher and kind are required; a URL or a reference says where to find it. */
public record NewSource(@NotBlank @Size(max = TITLE_LENGTH) String publisher, @Size(max = TITLE_LENGTH) String title,
                        @Pattern(regexp = NewSource.HTTP_ADDRESS, message = "must be an http or https address") @Size(max = URL_LENGTH) String url,
                        LocalDate publishedOn, @NotNull SourceKind kind, @Size(max = TITLE_LENGTH) String reference) implements NewEntry<SourceId, Source> {

    /** An http or https address. */
    public static final String HTTP_ADDRESS = "https?://\\S+";

    /** What a form's address field accepts: an address, or nothing when the source has none. */
    public static final String HTTP_ADDRESS_OR_NOTHING = "(" + HTTP_ADDRESS + ")?";

    @Override
    public SourceId newId() {
        return new SourceId(UUID.randomUUID());
    }

}
