package org.homeward.app.genetics;

import java.time.Instant;

import org.homeward.app.common.StateRefusedException;

/** A read of a profile whose donor withdrew consent: 409, saying when (the sample stays on record, its genotypes are not shown). */
public class ProfileWithdrawnException extends StateRefusedException {

    private static final long serialVersionUID = 1L;

    public ProfileWithdrawnException(String sampleCode, Instant withdrawnAt) {
        super("Profile withdrawn", "The donor of sample " + sampleCode + " withdrew consent at " + withdrawnAt
                + ": the profile is no longer readable");
    }
}
