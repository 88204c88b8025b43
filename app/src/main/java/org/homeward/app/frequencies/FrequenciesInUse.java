package org.homeward.app.frequencies;

import java.util.List;

import org.homeward.formats.frequencies.FrequencyDatabases;
import org.homeward.formats.frequencies.FrequencyTable;
import org.homeward.formats.frequencies.LocusFrequencies;
import org.homeward.formats.markers.MarkerNames;

/**
 * The allele frequencies identification uses now.
 *
 * @param label       how runs and reports name the database (name, version and checksum; the bundled one by its name)
 * @param fingerprint what identifies the content: empty for the bundled database (what every earlier run used), the
 *                    uploaded file's checksum otherwise; screening fingerprints take it, so a change re-screens everything
 * @param table       the frequencies, marker by marker, autosomal and X-linked as the database holds them
 */
public record FrequenciesInUse(String label, String fingerprint, FrequencyTable table) {

    /**
     * The autosomal frequencies screening uses: the database's autosomal markers, or the bundled European
     * ones when it holds only X-STRs (a laboratory's X-STR database then stands beside the bundled autosomal one).
     */
    public FrequencyTable autosomal() {
        var loci = table.loci().stream().filter(l -> !MarkerNames.isXLinked(l.marker())).toList();
        return loci.isEmpty() ? FrequencyDatabases.europeanDefault() : new FrequencyTable(table.name(), loci);
    }

    /** The X-STR frequencies of the database (no marker when it holds none: then no X evidence is computed). */
    public List<LocusFrequencies> xLinked() {
        return table.loci().stream().filter(l -> MarkerNames.isXLinked(l.marker())).toList();
    }

    /** The bundled European database's name, as runs have always recorded it. */
    public static final String BUNDLED_LABEL = "norSTR European database v2023";

    static FrequenciesInUse bundled() {
        return new FrequenciesInUse(BUNDLED_LABEL, "", FrequencyDatabases.europeanDefault());
    }

    static String label(String name, int version, String checksum) {
        return name + " v" + version + " (SHA-256 " + checksum.substring(0, 12) + ")";
    }
}
