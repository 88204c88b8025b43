package org.homeward.app.identification;

import static org.homeward.app.web.Limits.CODE_LENGTH;
import static org.homeward.app.web.Limits.NOTE_LENGTH;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A first analyst's proposal that a further body part is a person already identified: the API's body
 * and the page's form alike.
 *
 * @param bodyNumber      the further part
 * @param missingPersonId the identified person it joins
 * @param basis           what it rests on; the LR of a DNA basis is taken from the current run, never typed
 * @param reason          the analyst's reasoning
 */
public record NewReassociation(@NotBlank @Size(max = CODE_LENGTH) String bodyNumber, @NotBlank @Size(max = CODE_LENGTH) String missingPersonId,
                               @NotNull ReassociationBasis basis, @NotBlank @Size(max = NOTE_LENGTH) String reason) {

    public NewReassociation {
        bodyNumber = bodyNumber == null ? null : bodyNumber.strip();
        missingPersonId = missingPersonId == null ? null : missingPersonId.strip();
        reason = reason == null ? null : reason.strip();
    }

    public static NewReassociation blank() {
        return new NewReassociation(null, null, null, null);
    }
}
