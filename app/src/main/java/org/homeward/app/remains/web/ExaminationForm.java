package org.homeward.app.remains.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.app.remains.Condition;
import org.homeward.app.remains.EstimatedSex;
import org.homeward.app.remains.NewExamination;
import org.homeward.app.remains.RecoveryPlace;

/** An examination's findings as typed on a body's page, with the recovery place it established; the time is now. */
record ExaminationForm(@NotNull Condition condition, @NotNull EstimatedSex estimatedSex, @Min(0) @Max(120) Integer ageMin,
                       @Min(0) @Max(120) Integer ageMax, @Size(max = 200) String region, @Size(max = 300) String locality,
                       @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude, @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
                       @Size(max = 4000) String notes, @NotBlank @Size(max = 200) String examinedBy) {

    static final String[] FIELDS = {"condition", "estimatedSex", "ageMin", "ageMax", "region", "locality", "latitude", "longitude",
            "notes", "examinedBy"};

    static ExaminationForm blank() {
        return new ExaminationForm(null, null, null, null, null, null, null, null, null, null);
    }

    NewExamination examination() {
        return new NewExamination(condition, estimatedSex, ageMin, ageMax, new RecoveryPlace(region, locality, latitude, longitude), notes,
                examinedBy, null);
    }
}
