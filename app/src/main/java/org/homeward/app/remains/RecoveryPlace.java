package org.homeward.app.remains;

import static org.homeward.app.web.Limits.NAME_LENGTH;
import static org.homeward.app.web.Limits.PLACE_LENGTH;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

import org.homeward.app.common.Texts;

/**
 * Where remains were recovered: a region, a locality (or a free description such as "near
 * Bakhmut") and coordinates when known.
 */
public record RecoveryPlace(@Size(max = NAME_LENGTH) String region, @Size(max = PLACE_LENGTH) String locality,
                            @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
                            @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude) {

    public static final RecoveryPlace UNKNOWN = new RecoveryPlace(null, null, null, null);

    public RecoveryPlace {
        region = Texts.blankToNull(region);
        locality = Texts.blankToNull(locality);
    }

    public boolean isUnknown() {
        return region == null && locality == null && latitude == null && longitude == null;
    }

    /** "locality, region (lat, lon)", leaving out what is unknown; empty when nothing is known. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (locality != null) {
            s.append(locality);
        }
        if (region != null) {
            s.append(s.isEmpty() ? "" : ", ").append(region);
        }
        if (latitude != null && longitude != null) {
            s.append(s.isEmpty() ? "" : " ").append('(').append(latitude.toPlainString()).append(", ")
                    .append(longitude.toPlainString()).append(')');
        }
        return s.toString();
    }
}
