package org.homeward.kinship.lineage;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.homeward.kinship.KinshipInputException;

/**
 * A laboratory's Y-STR haplotype database: each distinct haplotype over the database's loci once,
 * with how many men carry it. {@code simulated} marks illustrative data that must never be used
 * in casework.
 */
public record YHaplotypeDatabase(String name, String version, boolean simulated, List<String> loci, List<Entry> entries) {

    /** A distinct haplotype and how many men in the database carry it. */
    public record Entry(YHaplotype haplotype, int count) {
        public Entry {
            if (count < 1) {
                throw new KinshipInputException("haplotype " + haplotype + " has count " + count + "; counts start at 1");
            }
        }
    }

    public YHaplotypeDatabase {
        loci = List.copyOf(loci);
        entries = List.copyOf(entries);
        Set<String> keys = new HashSet<>();
        for (Entry e : entries) {
            if (!e.haplotype().alleles().keySet().equals(Set.copyOf(loci))) {
                throw new KinshipInputException("haplotype " + e.haplotype() + " of database " + name + " is not typed at exactly its loci " + loci);
            }
            if (!keys.add(e.haplotype().key())) {
                throw new KinshipInputException("database " + name + " lists haplotype " + e.haplotype() + " twice");
            }
        }
    }

    /** The number of men in the database. */
    public int size() {
        return entries.stream().mapToInt(Entry::count).sum();
    }

    /**
     * How often the haplotype occurs among the database's men, compared over the haplotype's loci
     * (all of which the database must type).
     */
    public HaplotypeCount count(YHaplotype haplotype) {
        if (!loci.containsAll(haplotype.alleles().keySet())) {
            throw new KinshipInputException("database " + name + " does not type every locus of " + haplotype);
        }
        Set<String> over = haplotype.alleles().keySet();
        String key = haplotype.key();
        int matches = entries.stream().filter(e -> e.haplotype().over(over).key().equals(key)).mapToInt(Entry::count).sum();
        return new HaplotypeCount(matches, size());
    }
}
