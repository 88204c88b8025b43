package org.homeward.app.remains.web;

import static org.homeward.app.web.Limits.NOTE_LENGTH;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.app.remains.Nationality;
import org.homeward.app.remains.NationalityEvidence;
import org.homeward.app.remains.NewNationalityAssessment;

/** A nationality assessment as typed on a body's page: the evidence ticked, none when nothing is. */
record NationalityForm(@NotNull Nationality assessment, Set<@NotNull NationalityEvidence> evidence, @Size(max = NOTE_LENGTH) String notes,
                       @NotBlank @Size(max = 200) String assessedBy) {

    static final String[] FIELDS = {"assessment", "evidence", "notes", "assessedBy"};

    static NationalityForm blank() {
        return new NationalityForm(null, Set.of(), null, null);
    }

    NewNationalityAssessment newAssessment() {
        return new NewNationalityAssessment(assessment, evidence, notes, assessedBy);
    }
}
