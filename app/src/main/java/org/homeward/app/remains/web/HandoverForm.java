package org.homeward.app.remains.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.homeward.app.remains.Handover;
import org.homeward.formats.common.Strictness;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The handover of a previewed manifest, as confirmed on the receipt page: the token of the upload
 * kept in the session, and when, where and before whom the bags were handed over.
 */
record HandoverForm(@NotBlank String token, Strictness strictness,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime handedOverAt, @Size(max = 300) String place,
                    @Size(max = 20) List<@Size(max = 200) String> witnesses) {

    static final String[] FIELDS = {"token", "strictness", "handedOverAt", "place", "witnesses"};

    /** The form for a fresh preview: the place of the transfer, the rest to be typed. */
    static HandoverForm blank(String token, String place) {
        return new HandoverForm(token, null, null, place, null);
    }

    Strictness strictnessOrStrict() {
        return strictness == null ? Strictness.STRICT : strictness;
    }

    Handover handover(ZoneId zone) {
        return new Handover(handedOverAt == null ? null : handedOverAt.atZone(zone).toInstant(), place, null, null, witnesses, null);
    }
}
