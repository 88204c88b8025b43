package org.homeward.app.remains.web;

import static org.homeward.app.web.Limits.NOTE_LENGTH;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.homeward.app.remains.NewSplit;
import org.homeward.app.remains.RemainsKind;

/** A split as typed on its page: how many bodies and how many body parts the remains turned out to hold, and why. */
record SplitForm(@Min(0) @Max(NewSplit.MOST_PARTS) Integer bodies, @Min(0) @Max(NewSplit.MOST_PARTS) Integer bodyParts,
                 @NotBlank @Size(max = NOTE_LENGTH) String basis) {

    static SplitForm blank() {
        return new SplitForm(2, 0, null);
    }

    /** The bodies first, then the parts, each under a new number in that order. */
    NewSplit split() {
        List<RemainsKind> parts = new ArrayList<>(Collections.nCopies(bodies == null ? 0 : bodies, RemainsKind.BODY));
        parts.addAll(Collections.nCopies(bodyParts == null ? 0 : bodyParts, RemainsKind.BODY_PART));
        return new NewSplit(parts, basis);
    }
}
