package org.homeward.formats.familias;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.kinship.Marker;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;

/**
 * A Familias kinship case as kinship objects: the markers, every pedigree by name (all persons of
 * the file in each, untyped persons added where a child had one parent), and the typed persons'
 * profiles by person name.
 */
public record FamiliasCase(List<Marker> markers, Map<String, Pedigree> pedigrees, Map<String, Profile> profiles) {

    public FamiliasCase {
        markers = List.copyOf(markers);
        pedigrees = Collections.unmodifiableMap(new LinkedHashMap<>(pedigrees));
        profiles = Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
    }
}
