package org.homeward.app.frequencies;

import org.homeward.formats.frequencies.FrequencyDatabases;
import org.homeward.formats.frequencies.FrequencyTable;

/**
 * The allele frequencies identification uses now.
 *
 * @param label       how runs and reports name the database (name, version and checksum; the bundled one by its name)
 * @param fingerprint what identifies the content: empty for the bundled database (what every earlier run used), the
 *                    uploaded file's checksum otherwise; screening fingerprints take it, so a change re-screens everything
 * @param table       the frequencies, marker by marker
 */
public record FrequenciesInUse(String label, String fingerprint, FrequencyTable table) {

    /** The bundled European database's name, as runs have always recorded it. */
    public static final String BUNDLED_LABEL = "norSTR European database v2023";

    static FrequenciesInUse bundled() {
        return new FrequenciesInUse(BUNDLED_LABEL, "", FrequencyDatabases.europeanDefault());
    }

    static String label(String name, int version, String checksum) {
        return name + " v" + version + " (SHA-256 " + checksum.substring(0, 12) + ")";
    }
}
