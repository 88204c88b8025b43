package org.homeward.formats.frequencies;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.homeward.formats.common.Strictness;
import org.homeward.formats.common.TextFile;

/** The frequency databases bundled with Homeward. */
public final class FrequencyDatabases {

    /** Classpath location of the norSTR European database (MIT licence beside it). */
    public static final String EUROPEAN_RESOURCE = "/org/homeward/formats/frequencies/EuropaDB_v2023.txt";

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
