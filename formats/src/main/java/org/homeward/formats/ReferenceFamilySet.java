package org.homeward.formats;

import java.util.List;

import org.homeward.formats.familias.DviCase;
import org.homeward.kinship.Marker;

/** Reference families ready for identification, with the markers (frequencies and mutation models) they use. */
public record ReferenceFamilySet(List<Marker> markers, List<DviCase.Family> families) {

    public ReferenceFamilySet {
        markers = List.copyOf(markers);
        families = List.copyOf(families);
    }
}
