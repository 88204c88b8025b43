package org.homeward.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one partition sends back to the driver: its top-K lists as rows in global ordinals (the
 * in-process engine's insertion order), its pair counts and the missing persons it could not screen.
 * Rows go in flat primitive arrays, so a partition's answer serializes as a few arrays.
 */
final class PartitionTops implements Serializable {

    /** A missing person the partition could not screen, at its place among all missing persons. */
    record Refused(int ordinal, String familyId, String missingPerson, List<String> problems) implements Serializable { }

    /** In the best families of these remains (else: in the best remains of this family). */
    static final byte BY_REMAINS = 0;
    static final byte BY_FAMILY = 1;

    int size;
    byte[] list = new byte[64];
    int[] remains = new int[64];
    int[] family = new int[64];
    double[] log10Lr = new double[64];
    int[] compared = new int[64];
    int[] inconsistent = new int[64];
    long pairsScreened;
    long pairsAboveThreshold;
    final List<Refused> refused = new ArrayList<>();

    void add(byte whichList, int remainsOrdinal, int familyOrdinal, double score, int markersCompared, int inconsistentMarkers) {
        if (size == list.length) {
            int n = size * 2;
            list = Arrays.copyOf(list, n);
            remains = Arrays.copyOf(remains, n);
            family = Arrays.copyOf(family, n);
            log10Lr = Arrays.copyOf(log10Lr, n);
            compared = Arrays.copyOf(compared, n);
            inconsistent = Arrays.copyOf(inconsistent, n);
        }
        list[size] = whichList;
        remains[size] = remainsOrdinal;
        family[size] = familyOrdinal;
        log10Lr[size] = score;
        compared[size] = markersCompared;
        inconsistent[size] = inconsistentMarkers;
        size++;
    }
}
