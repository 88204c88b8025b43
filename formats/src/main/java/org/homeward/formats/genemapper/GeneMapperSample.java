package org.homeward.formats.genemapper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.formats.markers.MarkerNames;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;

/**
 * One sample's calls: alleles by canonical marker name (amelogenin included), with the flags set on
 * its markers.
 *
 * @param line the line of the export where the sample (its first row) is
 */
public record GeneMapperSample(int line, String sampleName, String sampleFile, Map<String, List<String>> calls,
                               List<CallFlag> flags) {

    public GeneMapperSample {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        calls.forEach((m, a) -> copy.put(m, List.copyOf(a)));
        calls = Collections.unmodifiableMap(copy);
        flags = List.copyOf(flags);
    }

    /** Sex from amelogenin: X alone is female, X and Y male; anything else (or no call) unknown. */
    public Sex sex() {
        List<String> amel = calls.get(MarkerNames.AMELOGENIN);
        if (amel == null) {
            return Sex.UNKNOWN;
        }
        List<String> upper = amel.stream().map(String::toUpperCase).distinct().sorted().toList();
        if (upper.equals(List.of("X"))) {
            return Sex.FEMALE;
        }
        return upper.equals(List.of("X", "Y")) ? Sex.MALE : Sex.UNKNOWN;
    }

    /** The markers flagged (off-ladder or mixture); they are left out of {@link #toProfile()}. */
    public List<String> flaggedMarkers() {
        List<String> out = new ArrayList<>();
        flags.forEach(f -> {
            if (!out.contains(f.marker())) {
                out.add(f.marker());
            }
        });
        return out;
    }

    /**
     * The single-source profile: every unflagged STR with one allele (homozygote) or two; amelogenin
     * is left out (see {@link #sex()}).
     */
    public Profile toProfile() {
        Profile.Builder b = Profile.builder(sampleName);
        List<String> flagged = flaggedMarkers();
        calls.forEach((marker, alleles) -> {
            if (MarkerNames.AMELOGENIN.equals(marker) || flagged.contains(marker) || alleles.isEmpty()
                    || alleles.contains(Marker.OFF_LADDER)) {
                return;
            }
            b.put(marker, alleles.get(0), alleles.get(alleles.size() - 1));
        });
        return b.build();
    }
}
