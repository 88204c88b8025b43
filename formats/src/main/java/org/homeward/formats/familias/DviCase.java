package org.homeward.formats.familias;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.kinship.Marker;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;

/** A DVI case as kinship objects: the markers, the victims (remains) and the reference families. */
public record DviCase(List<Marker> markers, List<Victim> victims, List<Family> families) {

    /** An unidentified person's profile and recorded sex (UNKNOWN when none was recorded). */
    public record Victim(Profile profile, Sex sex) { }

    /**
     * A reference family ready for identification.
     *
     * @param name           the family's name in the file
     * @param pedigree       the pedigree used, cut to the part connected to the typed references
     * @param missingPersons its members whose label starts with "Missing" (renamed M1, M2, … when families share labels)
     * @param references     the typed members' profiles by pedigree id
     */
    public record Family(String name, Pedigree pedigree, List<String> missingPersons, Map<String, Profile> references) {

        public Family {
            missingPersons = List.copyOf(missingPersons);
            references = Collections.unmodifiableMap(new LinkedHashMap<>(references));
        }
    }

    public DviCase {
        markers = List.copyOf(markers);
        victims = List.copyOf(victims);
        families = List.copyOf(families);
    }
}
