package org.homeward.app.remains.web;

import static org.homeward.app.web.Limits.NOTE_LENGTH;

import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.homeward.app.remains.NewSample;
import org.homeward.app.remains.SampleMaterial;
import org.springframework.format.annotation.DateTimeFormat;

/** A sample taken from remains, as typed on the body's page (or again, from the queue of failed samples). */
record SampleForm(@NotNull SampleMaterial material, @Size(max = 200) String element, @NotBlank @Size(max = 200) String takenBy,
                  @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime takenAt,
                  @Size(max = NOTE_LENGTH) String notes) {

    static final String[] FIELDS = {"material", "element", "takenBy", "takenAt", "notes"};

    static SampleForm blank() {
        return new SampleForm(null, null, null, null, null);
    }

    NewSample sample(ZoneId zone) {
        return new NewSample(material, element, takenBy, takenAt == null ? null : takenAt.atZone(zone).toInstant(), notes);
    }
}
