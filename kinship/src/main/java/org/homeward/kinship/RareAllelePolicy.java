package org.homeward.kinship;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What to do with an allele that a profile carries but a marker's frequency table does not list.
 * {@link #STRICT} (the default) refuses it with an error naming the profile, marker and allele;
 * {@link #minimumFrequency(double)} adds it at that frequency (e.g. 5/2N for a database of N persons)
 * and rescales the marker's frequencies so that their sum is unchanged, which the returned notes state.
 */
public record RareAllelePolicy(double frequency) {

    public static final RareAllelePolicy STRICT = new RareAllelePolicy(0);

    public RareAllelePolicy {
        if (!(frequency >= 0 && frequency < 1)) {
            throw new KinshipInputException("rare-allele frequency " + frequency + " is outside [0, 1)");
        }
    }

    public static RareAllelePolicy minimumFrequency(double frequency) {
        if (frequency <= 0) {
            throw new KinshipInputException("a minimum allele frequency must be positive, got " + frequency);
        }
        return new RareAllelePolicy(frequency);
    }

    /** The markers adjusted to the profiles, and one note per marker that was extended. */
    public record Adjusted(List<Marker> markers, List<String> notes) { }

    public boolean isStrict() {
        return frequency == 0;
    }

    /** Applies the policy: under STRICT every unknown allele of every profile is reported at once. */
    public Adjusted apply(List<Marker> markers, Collection<Profile> profiles) {
        List<Marker> out = new ArrayList<>(markers.size());
        List<String> notes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Marker m : markers) {
            Set<String> unknown = new LinkedHashSet<>();
            for (Profile p : profiles) {
                AllelePair pair = p.genotype(m.name());
                if (pair == null) {
                    continue;
                }
                for (String a : new String[] {pair.first(), pair.second()}) {
                    if (m.alleleIndex(a) < 0) {
                        if (isStrict() || Marker.OFF_LADDER.equalsIgnoreCase(a)) {
                            problems.add("profile '" + p.id() + "' has allele '" + a + "' at " + m.name()
                                    + (Marker.OFF_LADDER.equalsIgnoreCase(a) ? ", an off-ladder call that must be mapped first"
                                    : ", which is not in its frequency table"));
                        }
                        unknown.add(a);
                    }
                }
            }
            if (unknown.isEmpty() || isStrict()) {
                out.add(m);
                continue;
            }
            out.add(m.withRareAlleles(unknown, frequency));
            notes.add(String.format(Locale.ROOT, "%s: added allele(s) %s at frequency %s and rescaled all %d frequencies of the marker",
                    m.name(), String.join(", ", unknown), frequency, m.alleleCount() + unknown.size()));
        }
        if (!problems.isEmpty()) {
            throw new KinshipInputException(problems);
        }
        return new Adjusted(out, notes);
    }
}
