package org.homeward.app.ledger.web;

import static org.homeward.app.web.Limits.PLACE_LENGTH;
import static org.homeward.app.web.Limits.TITLE_LENGTH;

import java.time.LocalDate;

import org.homeward.app.ledger.DatePrecision;
import org.homeward.app.ledger.Magnitude;
import org.homeward.app.ledger.NewQualitativeClaim;
import org.homeward.app.ledger.StatementId;
import org.homeward.app.ledger.Verification;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The form of a claim without a figure, quoting a recorded statement. */
record QualitativeClaimForm(@NotNull StatementId statement, @NotBlank @Size(max = TITLE_LENGTH) String assertion,
                            @Size(max = PLACE_LENGTH) String place,
                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate claimedOn, DatePrecision precision,
                            Magnitude magnitude, @NotNull Verification verification,
                            @Size(max = TITLE_LENGTH) String corroboratedBy) {

    static final String[] FIELDS = {"statement", "assertion", "place", "claimedOn", "precision", "magnitude", "verification",
            "corroboratedBy"};

    static QualitativeClaimForm blank() {
        return new QualitativeClaimForm(null, null, null, null, null, null, Verification.UNVERIFIED, null);
    }

    NewQualitativeClaim claim() {
        return new NewQualitativeClaim(statement, assertion, place, claimedOn, claimedOn == null ? null : precision, magnitude,
                verification, corroboratedBy);
    }
}
