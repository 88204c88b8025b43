package org.homeward.kinship.lineage;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.homeward.kinship.KinshipInputException;

/**
 * A laboratory's mtDNA haplotype database over one region: each distinct haplotype once with how
 * many persons carry it. {@code simulated} marks illustrative data never to be used in casework.
 */
public record MtHaplotypeDatabase(String name, String version, boolean simulated, MtRegion region, List<Entry> entries) {

    /** A distinct haplotype and how many persons in the database carry it. */
    public record Entry(MtHaplotype haplotype, int count) {
        public Entry {
            if (count < 1) {
                throw new KinshipInputException("haplotype " + haplotype + " has count " + count + "; counts start at 1");
            }
        }
    }

    public MtHaplotypeDatabase {
        entries = List.copyOf(entries);
        Set<String> seen = new HashSet<>();
        for (Entry e : entries) {
            if (!e.haplotype().region().equals(region)) {
                throw new KinshipInputException("haplotype " + e.haplotype() + " of database " + name + " is not read over its region " + region);
            }
            if (!seen.add(e.haplotype().notation())) {
                throw new KinshipInputException("database " + name + " lists haplotype " + e.haplotype().notation() + " twice");
            }
        }
    }

    public int size() {
        return entries.stream().mapToInt(Entry::count).sum();
    }

    /**
     * How many persons in the database carry a haplotype that cannot be excluded from this one (no
     * difference over the positions both were read at). The region compared must be the database's.
     */
    public HaplotypeCount count(MtHaplotype haplotype) {
        if (!haplotype.region().covers(region)) {
            throw new KinshipInputException("haplotype " + haplotype + " is not read over all of database " + name + "'s region " + region);
        }
        int matches = entries.stream()
                .filter(e -> MtComparison.of(e.haplotype(), haplotype).verdict() == MtComparison.Verdict.CANNOT_EXCLUDE)
                .mapToInt(Entry::count).sum();
        return new HaplotypeCount(matches, size());
    }
}
