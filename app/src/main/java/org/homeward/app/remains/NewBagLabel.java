package org.homeward.app.remains;

import static org.homeward.app.web.Limits.BAG_NUMBER_LENGTH;
import static org.homeward.app.web.Limits.CODE_LENGTH;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.homeward.app.common.Texts;

/** The label of a registered bag as read later (the bag had none that could be read, or an illegible one). */
public record NewBagLabel(@NotBlank @Size(max = BAG_NUMBER_LENGTH) String bagNumber, @NotBlank @Size(max = CODE_LENGTH) String label) {

    public NewBagLabel {
        bagNumber = Texts.blankToNull(bagNumber);
        label = Texts.blankToNull(label);
    }
}
