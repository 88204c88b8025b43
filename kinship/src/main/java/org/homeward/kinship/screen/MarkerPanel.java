package org.homeward.kinship.screen;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.kinship.AllelePair;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;

/**
 * The markers a screening compares, in a fixed order, and the layout that the kernel indexes:
 * marker m's genotypes occupy slots {@code offset(m) … offset(m) + genotypeCount(m)}, the last of
 * which stands for "not typed" (LR 1). A remains profile becomes one slot per marker.
 */
final class MarkerPanel {

    private final List<Marker> markers;
    private final Map<String, Integer> index = new HashMap<>();
    private final int[] offset;
    private final int slots;
    /** Computed on first use: hashing every mutation matrix costs more than a small screening. */
    private volatile Long modelKey;

    public MarkerPanel(List<Marker> markers) {
        if (markers.isEmpty()) {
            throw new KinshipInputException("a screening needs at least one marker");
        }
        this.markers = List.copyOf(markers);
        this.offset = new int[markers.size()];
        int next = 0;
        List<String> problems = new ArrayList<>();
        for (int m = 0; m < markers.size(); m++) {
            if (index.put(markers.get(m).name(), m) != null) {
                problems.add("marker " + markers.get(m).name() + " is listed twice");
            }
            offset[m] = next;
            next += markers.get(m).genotypeCount() + 1;
        }
        if (!problems.isEmpty()) {
            throw new KinshipInputException(problems);
        }
        this.slots = next;
    }

    /**
     * A 64-bit fingerprint of everything a profile's numbers depend on besides the family: the markers
     * in order, their alleles, frequencies and both mutation matrices (bit for bit). Profiles stored
     * under one key are valid exactly for panels with that key.
     */
    long modelKey() {
        Long key = modelKey;
        if (key == null) {
            key = fingerprint(markers);
            modelKey = key;
        }
        return key;
    }

    private static long fingerprint(List<Marker> markers) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        ByteBuffer b = ByteBuffer.allocate(8);
        for (Marker m : markers) {
            sha.update(m.name().getBytes(StandardCharsets.UTF_8));
            for (String a : m.alleles()) {
                sha.update((byte) 0);
                sha.update(a.getBytes(StandardCharsets.UTF_8));
            }
            for (double p : m.frequencies()) {
                sha.update(b.clear().putDouble(p).array());
            }
            for (Sex sex : new Sex[] {Sex.MALE, Sex.FEMALE}) {
                for (double[] row : m.mutationMatrix(sex)) {
                    for (double v : row) {
                        sha.update(b.clear().putDouble(v).array());
                    }
                }
            }
        }
        return ByteBuffer.wrap(sha.digest()).getLong();
    }

    public List<Marker> markers() { return markers; }

    public int size() { return markers.size(); }

    public Marker marker(int m) { return markers.get(m); }

    /** Index of the marker, or −1. */
    public int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    /** Total number of slots over all markers (genotypes plus one "not typed" slot per marker). */
    public int slots() { return slots; }

    int offset(int m) { return offset[m]; }

    /** The slot meaning "marker m not typed". */
    int missingSlot(int m) { return offset[m] + markers.get(m).genotypeCount(); }

    /**
     * The remains' slots, one per marker; markers the profile lacks map to the "not typed" slot.
     *
     * @throws KinshipInputException for alleles absent from a marker's table (apply a rare-allele policy first)
     */
    int[] slotsOf(Profile profile) {
        int[] s = new int[markers.size()];
        List<String> problems = new ArrayList<>();
        for (int m = 0; m < markers.size(); m++) {
            Marker marker = markers.get(m);
            AllelePair pair = profile.genotype(marker.name());
            if (pair == null) {
                s[m] = missingSlot(m);
                continue;
            }
            int a = marker.alleleIndex(pair.first());
            int b = marker.alleleIndex(pair.second());
            if (a < 0 || b < 0) {
                problems.add("profile '" + profile.id() + "' has allele '" + (a < 0 ? pair.first() : pair.second())
                        + "' at " + marker.name() + ", which is not in its frequency table");
                continue;
            }
            s[m] = offset[m] + Marker.genotypeIndex(a, b);
        }
        if (!problems.isEmpty()) {
            throw new KinshipInputException(problems);
        }
        return s;
    }
}
