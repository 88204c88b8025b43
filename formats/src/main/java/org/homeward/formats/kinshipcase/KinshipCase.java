package org.homeward.formats.kinshipcase;

import java.util.List;
import java.util.Map;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;

/**
 * A validation case in the {@code kinship-case/1} format: frequencies and mutation models, one
 * reference pedigree with its typed relatives and one missing person, remains, and the LR an
 * established implementation computed for each remains.
 */
public record KinshipCase(String id, String description, List<Marker> markers, Pedigree pedigree,
                          String missingPerson, Map<String, Profile> references, List<Profile> remains,
                          Map<String, Expected> expected, double relativeTolerance) {

    /** The expected LR of one remains; {@code lr} 0 is an exclusion. perMarker may be empty. */
    public record Expected(double lr, Map<String, Double> perMarker) { }
}
