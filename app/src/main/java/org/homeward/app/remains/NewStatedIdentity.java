package org.homeward.app.remains;

import static org.homeward.app.web.Limits.NAME_LENGTH;
import static org.homeward.app.web.Limits.SHORT_TEXT_LENGTH;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.app.common.Texts;

/**
 * A statement of whose remains these are, to record: the API's body and the body page's form alike.
 * An undetermined side is no statement of a side.
 */
public record NewStatedIdentity(@NotNull StatementSource source, @Size(max = NAME_LENGTH) String statedName,
                                @Size(max = SHORT_TEXT_LENGTH) String statedServiceNumber, Nationality statedSide) {

    public NewStatedIdentity {
        statedName = Texts.blankToNull(statedName);
        statedServiceNumber = Texts.blankToNull(statedServiceNumber);
        statedSide = statedSide == Nationality.UNDETERMINED ? null : statedSide;
    }

    public static NewStatedIdentity blank() {
        return new NewStatedIdentity(null, null, null, null);
    }

    /** True when it states nothing: neither a name, a service number nor a side. */
    public boolean statesNothing() {
        return statedName == null && statedServiceNumber == null && statedSide == null;
    }
}
