package org.homeward.formats.frequencies;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.homeward.formats.common.Strictness;
import org.homeward.formats.common.TextFile;

/** The frequency databases bundled with Homeward. */
public final class FrequencyDatabases {

    /** Classpath location of the norSTR European database (MIT licence beside it). */
    public static final String EUROPEAN_RESOURCE = "/org/homeward/formats/frequencies/EuropaDB_v2023.txt";

    /**
     * Classpath location of the SIMULATED, illustrative X-STR frequencies of the Argus X-12 markers (random
     * frequencies, no population sample: never for casework); a laboratory uploads it only to try the X-STR path.
     */
    public static final String SIMULATED_X_RESOURCE = "/org/homeward/formats/frequencies/SIMULATED-argus-x12-x-str-frequencies-v1.csv";

    /**
     * Autosomal STRs of common kits, all in the European database: the first {@value #GLOBALFILER_AUTOSOMAL}
     * are GlobalFiler's (what simulated and demonstration profiles are typed at), then Penta D, Penta E
     * and D6S474 for larger panels.
     */
    public static final List<String> COMMON_KIT = List.of("D3S1358", "vWA", "D16S539", "CSF1PO", "TPOX", "D8S1179",
            "D21S11", "D18S51", "D2S441", "D19S433", "TH01", "FGA", "D22S1045", "D5S818", "D13S317", "D7S820", "SE33",
            "D10S1248", "D1S1656", "D12S391", "D2S1338", "Penta D", "Penta E", "D6S474");

    /** How many of {@link #COMMON_KIT} GlobalFiler types. */
    public static final int GLOBALFILER_AUTOSOMAL = 21;

    private static volatile FrequencyTable european;

    private FrequencyDatabases() { }

    /**
     * The norSTR European database v2023 (45 autosomal STRs; Department of Forensic Sciences, Oslo;
     * MIT licence), read once.
     */
    public static FrequencyTable europeanDefault() {
        FrequencyTable t = european;
        if (t == null) {
            t = load();
            european = t;
        }
        return t;
    }

    private static FrequencyTable load() {
        try (InputStream in = FrequencyDatabases.class.getResourceAsStream(EUROPEAN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource " + EUROPEAN_RESOURCE + " is missing from the build");
            }
            TextFile text = TextFile.decode("EuropaDB_v2023.txt", in.readAllBytes());
            return NorstrFrequencyReader.parse(text, Strictness.STRICT).value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
