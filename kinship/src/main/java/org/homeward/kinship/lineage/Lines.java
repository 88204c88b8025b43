package org.homeward.kinship.lineage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.IntUnaryOperator;

import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Sex;

/**
 * Who shares a lineage with whom, read from the pedigree. Two men are on one paternal line when their
 * chains of fathers meet (the Y chromosome); two persons of either sex are on one maternal line when
 * their chains of mothers meet (mtDNA). The meioses between them are the steps from each up to the
 * first common ancestor on that chain: 1 for father and son, 2 for brothers, 3 for a paternal uncle,
 * 4 for paternal first cousins.
 */
public final class Lines {

    private Lines() { }

    /** The meioses between two men on one paternal line, empty when they are not (or either is not male). */
    public static OptionalInt paternalMeioses(Pedigree pedigree, String a, String b) {
        int i = pedigree.require(a);
        int j = pedigree.require(b);
        if (pedigree.sex(i) != Sex.MALE || pedigree.sex(j) != Sex.MALE) {
            return OptionalInt.empty();
        }
        return meioses(i, j, pedigree::father);
    }

    /** The meioses between two persons on one maternal line, empty when they are not. */
    public static OptionalInt maternalMeioses(Pedigree pedigree, String a, String b) {
        return meioses(pedigree.require(a), pedigree.require(b), pedigree::mother);
    }

    /** Every other person on the missing man's paternal line, with the meioses to him. */
    public static Map<String, Integer> paternalRelatives(Pedigree pedigree, String missing) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String other : pedigree.ids()) {
            if (!other.equals(missing)) {
                paternalMeioses(pedigree, missing, other).ifPresent(m -> out.put(other, m));
            }
        }
        return out;
    }

    /** Every other person on the missing person's maternal line, with the meioses to them. */
    public static Map<String, Integer> maternalRelatives(Pedigree pedigree, String missing) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String other : pedigree.ids()) {
            if (!other.equals(missing)) {
                maternalMeioses(pedigree, missing, other).ifPresent(m -> out.put(other, m));
            }
        }
        return out;
    }

    private static OptionalInt meioses(int a, int b, IntUnaryOperator parent) {
        Map<Integer, Integer> upFromA = new LinkedHashMap<>();
        for (int p = a, d = 0; p >= 0; p = parent.applyAsInt(p), d++) {
            upFromA.put(p, d);
        }
        for (int p = b, d = 0; p >= 0; p = parent.applyAsInt(p), d++) {
            Integer fromA = upFromA.get(p);
            if (fromA != null) {
                return OptionalInt.of(fromA + d);
            }
        }
        return OptionalInt.empty();
    }
}
