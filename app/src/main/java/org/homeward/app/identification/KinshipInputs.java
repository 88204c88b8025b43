package org.homeward.app.identification;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.homeward.app.genetics.GeneticProfile;
import org.homeward.app.genetics.MarkerAlleles;
import org.homeward.formats.markers.MarkerNames;
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

    /** The kinship profile of a stored profile: canonical marker names, amelogenin and unknown markers left out. */
    static Profile toProfile(GeneticProfile stored) {
        Profile.Builder b = Profile.builder(stored.sampleCode());
        for (MarkerAlleles m : stored.markers()) {
            if (MarkerNames.isAmelogenin(m.marker())) {
                continue;
            }
            Optional<String> name = MarkerNames.canonical(m.marker());
            if (name.isPresent()) {
                b.put(name.get(), m.allele1(), m.allele2());
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
}
