package org.homeward.formats.familias;

import java.util.List;

/**
 * The {@code [DVI]} section.
 *
 * @param otherLines the lines of its subsections Homeward does not model (e.g. {@code [[Notes]]}), verbatim
 */
public record FamDvi(List<DviPerson> unidentified, List<DviFamily> families, List<String> otherLines) {

    public FamDvi {
        unidentified = List.copyOf(unidentified);
        families = List.copyOf(families);
        otherLines = List.copyOf(otherLines);
    }
}
