package org.homeward.formats.markers;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.homeward.formats.common.ProblemLog;

/**
 * Canonical marker names across kits and files. Canonical names are those of the bundled European
 * frequency database (e.g. {@code vWA}, {@code TH01}, {@code Penta E}), plus {@code AMEL}, the
 * X-STRs of Investigator Argus X-12 ({@link #isXLinked}) and the Y-STRs. A name is recognised after ignoring case, spaces, underscores, hyphens and dots, and through
 * a short list of known spellings ({@code THO1}, {@code CSF1P0}, {@code Amelogenin}, {@code FIBRA});
 * anything else is unknown and is never guessed.
 */
public final class MarkerNames {

    /** The canonical name of amelogenin, the sex marker. */
    public static final String AMELOGENIN = "AMEL";

    private static final List<String> CANONICAL = List.of(
            // autosomal STRs of the European database
            "D1S1656", "TPOX", "D2S1360", "D2S441", "D2S1338", "D3S1358", "D3S1744", "D4S2366", "FGA",
            "D5S2800", "D5S818", "CSF1PO", "SE33", "D6S474", "D7S3048", "D7S820", "D7S1517", "D8S1132",
            "D8S1179", "D9S1122", "D10S1435", "D10S2325", "D10S1248", "TH01", "D11S2368", "vWA", "D12S391",
            "D13S325", "D13S317", "D14S1434", "D15S659", "Penta E", "D16S539", "D17S1301", "D18S51",
            "D18S1364", "D19S253", "D19S433", "D20S482", "D21S11", "D21S2055", "Penta D", "D22GATA198B05",
            "D22S1045", "D5S2500",
            // other kit markers
            "D6S1043", AMELOGENIN,
            // X chromosome: Investigator Argus X-12 QS
            "DXS10103", "DXS8378", "DXS7132", "DXS10134", "DXS10074", "DXS10101", "DXS10135", "DXS7423", "DXS10146",
            "DXS10079", "HPRTB", "DXS10148",
            // Y chromosome
            "DYS19", "DYS385", "DYS389I", "DYS389II", "DYS390", "DYS391", "DYS392", "DYS393", "DYS437",
            "DYS438", "DYS439", "DYS448", "DYS449", "DYS456", "DYS458", "DYS460", "DYS481", "DYS518",
            "DYS533", "DYS549", "DYS570", "DYS576", "DYS627", "DYS635", "DYS643", "DYF387S1", "Y-GATA-H4",
            "Yindel");

    /** The X-linked markers among the canonical names: Investigator Argus X-12 QS's twelve. */
    private static final Set<String> X_LINKED = Set.of("DXS10103", "DXS8378", "DXS7132", "DXS10134", "DXS10074", "DXS10101",
            "DXS10135", "DXS7423", "DXS10146", "DXS10079", "HPRTB", "DXS10148");

    private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("THO1", "TH01"),
            Map.entry("CSF1P0", "CSF1PO"),
            Map.entry("AMELOGENIN", AMELOGENIN),
            Map.entry("AM", AMELOGENIN),
            Map.entry("FIBRA", "FGA"),
            Map.entry("ACTBP2", "SE33"),
            Map.entry("PE", "Penta E"),
            Map.entry("PD", "Penta D"),
            Map.entry("YGATAH4", "Y-GATA-H4"),
            // HPRTB as labs also write it (HPRT-B and HPRT_B are the same key)
            Map.entry("HPRT", "HPRTB"));

    private static final Map<String, String> BY_KEY = new HashMap<>();

    static {
        for (String name : CANONICAL) {
            BY_KEY.put(key(name), name);
        }
        ALIASES.forEach((alias, name) -> BY_KEY.put(key(alias), name));
    }

    private MarkerNames() { }

    /** The canonical name, or empty when the name is not a known marker. */
    public static Optional<String> canonical(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(BY_KEY.get(key(name)));
    }

    public static boolean isKnown(String name) {
        return canonical(name).isPresent();
    }

    /** True for an X-linked marker (a man carries one allele there), under any of its spellings. */
    public static boolean isXLinked(String name) {
        return canonical(name).filter(X_LINKED::contains).isPresent();
    }

    /** What is said of a man's sample (amelogenin X and Y, or a sex column) with two alleles at an X-linked marker. */
    public static String maleHeterozygote(String sample, String marker, List<String> alleles) {
        return "sample " + sample + " is a man but shows two alleles (" + String.join(", ", alleles.stream().distinct().toList())
                + ") at the X-linked marker " + marker + ": a man carries one X allele";
    }

    public static boolean isAmelogenin(String name) {
        return canonical(name).filter(AMELOGENIN::equals).isPresent();
    }

    /**
     * The canonical name of a marker read from a file; an unknown name is recorded (STRICT: an error,
     * LENIENT: a warning) and returned as it is.
     */
    public static String resolve(String name, ProblemLog log, int line, String field) {
        return LocusNaming.MARKERS.resolve(name, log, line, field);
    }

    /** Every canonical name: autosomal, then amelogenin, the X and the Y markers. */
    public static List<String> all() {
        return CANONICAL;
    }

    private static String key(String name) {
        StringBuilder k = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isWhitespace(c) && c != '_' && c != '-' && c != '.') {
                k.append(c);
            }
        }
        return k.toString().toUpperCase(Locale.ROOT);
    }
}
