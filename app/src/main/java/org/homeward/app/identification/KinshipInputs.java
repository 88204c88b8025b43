package org.homeward.app.identification;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.homeward.app.genetics.GeneticProfile;
import org.homeward.app.genetics.MarkerAlleles;
import org.homeward.formats.markers.MarkerNames;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;

/** Stored data as the kinship engine takes it: profiles under canonical marker names, amelogenin's sex, pedigrees as text, genotypes as shown. */
final class KinshipInputs {

    private KinshipInputs() {
    }

    /** The pedigree as stored with a candidate: id, sex, father, mother per line, tab-separated. */
    static String pedigreeText(Pedigree pedigree) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pedigree.size(); i++) {
            out.append(pedigree.id(i)).append('\t').append(pedigree.sex(i)).append('\t')
                    .append(pedigree.isFounder(i) ? "-" : pedigree.id(pedigree.father(i))).append('\t')
                    .append(pedigree.isFounder(i) ? "-" : pedigree.id(pedigree.mother(i))).append('\n');
        }
        return out.toString();
    }

    /** The autosomal kinship profile of a stored profile: canonical marker names; amelogenin, X-STRs and unknown markers left out. */
    static Profile toProfile(GeneticProfile stored) {
        Profile.Builder b = Profile.builder(stored.sampleCode());
        for (MarkerAlleles m : stored.markers()) {
            if (MarkerNames.isAmelogenin(m.marker()) || MarkerNames.isXLinked(m.marker())) {
                continue;
            }
            Optional<String> name = MarkerNames.canonical(m.marker());
            if (name.isPresent()) {
                b.put(name.get(), m.allele1(), m.allele2());
            }
        }
        return b.build();
    }

    /** The X-STR genotypes of a stored profile under canonical names, as stored (a man's one allele twice). */
    static Profile xProfile(GeneticProfile stored) {
        Profile.Builder b = Profile.builder(stored.sampleCode());
        for (MarkerAlleles m : stored.markers()) {
            if (MarkerNames.isXLinked(m.marker())) {
                b.put(MarkerNames.canonical(m.marker()).orElseThrow(), m.allele1(), m.allele2());
            }
        }
        return b.build();
    }

    /** The sex amelogenin shows: X only is female, X with Y is male, anything else unknown. */
    static Sex amelogenin(GeneticProfile stored) {
        for (MarkerAlleles m : stored.markers()) {
            if (MarkerNames.isAmelogenin(m.marker())) {
                String a = m.allele1().toUpperCase(Locale.ROOT);
                String b = m.allele2().toUpperCase(Locale.ROOT);
                if (a.equals("X") && b.equals("X")) {
                    return Sex.FEMALE;
                }
                if ((a.equals("X") && b.equals("Y")) || (a.equals("Y") && b.equals("X"))) {
                    return Sex.MALE;
                }
            }
        }
        return Sex.UNKNOWN;
    }

    /** The profile's genotypes as shown beside a candidate, by canonical marker name ("12/14"); empty without a profile. */
    static Map<String, String> genotypes(Optional<GeneticProfile> profile) {
        Map<String, String> out = new HashMap<>();
        profile.ifPresent(p -> {
            for (MarkerAlleles m : p.markers()) {
                String name = MarkerNames.isAmelogenin(m.marker()) ? MarkerNames.AMELOGENIN
                        : MarkerNames.canonical(m.marker()).orElse(m.marker());
                out.put(name, m.allele1() + "/" + m.allele2());
            }
        });
        return out;
    }

    /**
     * The stored profile as screening takes it, or empty when screening cannot take it (an allele
     * outside its marker's grammar, stored before profiles were checked at the door, or edited in the
     * database): then why is added to {@code refused} and the run goes on without it.
     */
    static Optional<Profile> screenable(GeneticProfile stored, List<String> refused) {
        List<String> problems = MarkerAlleles.problems(stored.markers(), "markers").stream().map(Object::toString).toList();
        if (problems.isEmpty()) {
            try {
                return Optional.of(toProfile(stored));
            } catch (KinshipInputException e) {
                problems = e.problems();
            }
        }
        refused.add("sample " + stored.sampleCode() + " not screened: " + String.join("; ", problems));
        return Optional.empty();
    }
}
