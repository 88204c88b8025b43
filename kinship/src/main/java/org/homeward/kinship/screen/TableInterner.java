package org.homeward.kinship.screen;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Shares equal per-marker tables between families. Families with the same reference configuration
 * and the same reference genotypes at a marker (one typed parent who is 14/16, say) have equal tables;
 * at national scale most single-reference tables repeat, so memory grows with the number of distinct
 * tables, not of families. Equality is exact (bitwise), so sharing never changes a number.
 * Thread-safe.
 */
public final class TableInterner {

    private record Key(int marker, double[] values) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.marker == marker && Arrays.equals(k.values, values);
        }

        @Override
        public int hashCode() {
            return marker * 31 + Arrays.hashCode(values);
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

    private final Map<Key, double[]> tables = new HashMap<>();
    private final Map<BitsKey, long[]> bits = new HashMap<>();
    private long tableBytes;

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

    /** Number of distinct LR tables held. */
    public synchronized int distinctTables() {
        return tables.size();
    }

    /** Bytes held by the distinct tables and incompatibility bitsets (array payloads and headers). */
    public synchronized long tableBytes() {
        return tableBytes;
    }
}
