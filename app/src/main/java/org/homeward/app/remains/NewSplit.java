package org.homeward.app.remains;

import static org.homeward.app.web.Limits.NOTE_LENGTH;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.app.common.Texts;

/**
 * A split of remains into what they turned out to hold (a bag that held two persons: two bodies):
 * the kind of each new body number, at least two, and why.
 */
public record NewSplit(@Size(min = NewSplit.FEWEST_PARTS, max = NewSplit.MOST_PARTS) List<@NotNull RemainsKind> parts,
                       @NotBlank @Size(max = NOTE_LENGTH) String basis) {

    /** A split into one part would be a renumbering, not a split. */
    public static final int FEWEST_PARTS = 2;

    /** More parts than any bag holds in practice: a typing error. */
    public static final int MOST_PARTS = 100;

    public NewSplit {
        parts = parts == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(parts));
        basis = Texts.blankToNull(basis);
    }
}
