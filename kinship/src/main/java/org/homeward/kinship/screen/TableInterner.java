package org.homeward.kinship.screen;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.homeward.kinship.Pedigree;

/**
 * Shares equal per-marker tables between families. Families with the same reference configuration
 * and the same reference genotypes at a marker (one typed parent who is 14/16, say) have equal tables;
 * at national scale most single-reference tables repeat, so memory grows with the number of distinct
 * tables, not of families. Equality is exact (bitwise), so sharing never changes a number.
 * Thread-safe.
 */
final class TableInterner {

    private record Key(int marker, double[] values) {
        /** Entries hashed per table: equal tables are found by comparing them whole, so a sample suffices. */
        private static final int SAMPLED = 32;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.marker == marker && Arrays.equals(k.values, values);
        }

        /**
         * The marker and at most {@link #SAMPLED} entries spread over the table: distinct tables of a
         * marker differ nearly everywhere (each is normalized by its own total), so this separates them
         * as well as hashing all of them, at a fraction of the cost for the 35-allele markers.
         */
        @Override
        public int hashCode() {
            int h = marker * 31 + values.length;
            int step = Math.max(1, values.length / SAMPLED);
            for (int i = 0; i < values.length; i += step) {
                h = h * 31 + Double.hashCode(values[i]);
            }
            return h;
        }
    }

    private record BitsKey(int marker, long[] bits) {
        @Override
        public boolean equals(Object o) {
            return o instanceof BitsKey k && k.marker == marker && Arrays.equals(k.bits, bits);
        }

        @Override
        public int hashCode() {
            return marker * 31 + Arrays.hashCode(bits);
        }
    }

    /** The two tables of one family at one marker. */
    record Tables(double[] log10Lr, long[] incompatible) { }

    /**
     * A pedigree's structure (each person's parents, by index) with the missing person: what a marker's
     * tables depend on besides the genotypes. Person ids play no part, so families built alike share
     * tables whatever their people are called; nor do sexes (the markers are autosomal: a transmission's
     * mutation matrix is the father's or the mother's by the parent's role, which fixes its sex), so a
     * missing son and a missing daughter with the same typed relatives share them too. Interned, so that
     * equal structures are one object.
     */
    record Structure(int[] code, int hash) {
        static Structure of(Pedigree pedigree, int missing) {
            int n = pedigree.size();
            int[] code = new int[2 * n + 1];
            for (int i = 0; i < n; i++) {
                code[2 * i] = pedigree.father(i);
                code[2 * i + 1] = pedigree.mother(i);
            }
            code[2 * n] = missing;
            return new Structure(code, Arrays.hashCode(code));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Structure k && k.hash == hash && Arrays.equals(k.code, code);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** What determines a marker's tables: the (interned) structure and the typed genotypes. */
    private record Inputs(Structure structure, int marker, int[] genotypes) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Inputs k && k.marker == marker && k.structure == structure
                    && Arrays.equals(k.genotypes, genotypes);
        }

        /**
         * A 64-bit polynomial in the genotypes, then MurmurHash3's finalizer. Arrays.hashCode's 31·g1 + g2
         * collides across sibling pairs (indexes run to several hundred), and a 32-bit multiply-xor still
         * gave 214,000 keys of a simulated mix only 177,000 distinct hashes, with bins of twenty: lookups
         * walked chains and tree bins. This gives them all distinct hashes but two.
         */
        @Override
        public int hashCode() {
            long h = structure.hash * 0x9E3779B97F4A7C15L + marker;
            for (int g : genotypes) {
                h = h * 0x9E3779B97F4A7C15L + (g + 1);
            }
            h = (h ^ h >>> 33) * 0xff51afd7ed558ccdL;
            h = (h ^ h >>> 33) * 0xc4ceb9fe1a85ec53L;
            return (int) (h ^ h >>> 33);
        }
    }

    /** Replaced, not cleared, when forgotten: dropping millions of entries then costs nothing. */
    private volatile Map<Inputs, Tables> computed = new ConcurrentHashMap<>();
    private volatile Map<Structure, Structure> structures = new ConcurrentHashMap<>();
    private final Map<Key, double[]> tables = new HashMap<>();
    private final Map<BitsKey, long[]> bits = new HashMap<>();
    private long tableBytes;

    /** The one instance of this pedigree's structure with this missing person (once per family, then per marker). */
    Structure structure(Pedigree pedigree, int missing) {
        Structure s = Structure.of(pedigree, missing);
        Structure shared = structures.putIfAbsent(s, s);
        return shared == null ? s : shared;
    }

    /** The tables already computed for these inputs, or null. */
    Tables known(Structure structure, int marker, int[] genotypes) {
        return computed.get(new Inputs(structure, marker, genotypes));
    }

    /**
     * Shares the tables computed for inputs not {@linkplain #known known} yet (null, for impossible
     * references, stays null) with every family of the same inputs and every family whose computed
     * tables turn out equal.
     */
    Tables share(Structure structure, int marker, int[] genotypes, Tables fresh) {
        if (fresh == null) {
            return null;
        }
        Tables shared = new Tables(intern(marker, fresh.log10Lr()), internBits(marker, fresh.incompatible()));
        Tables raced = computed.putIfAbsent(new Inputs(structure, marker, genotypes), shared);
        return raced == null ? shared : raced;
    }

    synchronized double[] intern(int marker, double[] table) {
        double[] existing = tables.putIfAbsent(new Key(marker, table), table);
        if (existing != null) {
            return existing;
        }
        tableBytes += 16 + 8L * table.length;
        return table;
    }

    synchronized long[] internBits(int marker, long[] b) {
        long[] existing = bits.putIfAbsent(new BitsKey(marker, b), b);
        if (existing != null) {
            return existing;
        }
        tableBytes += 16 + 8L * b.length;
        return b;
    }

    /**
     * Forgets which inputs gave which tables (the tables themselves stay shared by the profiles that
     * hold them): {@link Screening#run()} calls it once the families are loaded, to free that index's memory. Families
     * added later are then computed afresh, and still share tables that turn out equal.
     */
    void forgetInputs() {
        computed = new ConcurrentHashMap<>();
        structures = new ConcurrentHashMap<>();
    }

    /** Number of distinct LR tables held. */
    synchronized int distinctTables() {
        return tables.size();
    }

    /** Bytes held by the distinct tables and incompatibility bitsets (array payloads and headers). */
    synchronized long tableBytes() {
        return tableBytes;
    }
}
