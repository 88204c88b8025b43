package org.homeward.kinship.lineage;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.kinship.KinshipInputException;

/**
 * A Y-STR allele: whole repeats and the bases of a partial repeat ("18.2" is 18 repeats and 2 bases).
 * Stepwise mutation changes the repeats and keeps the partial repeat, so alleles with different
 * partial repeats are never one mutation path apart.
 */
public record YAllele(int repeats, int partial) implements Comparable<YAllele> {

    private static final Pattern FORM = Pattern.compile("(\\d{1,3})(?:\\.([1-9]))?");

    public YAllele {
        if (repeats < 0 || partial < 0 || partial > 9) {
            throw new KinshipInputException("a Y-STR allele needs repeats >= 0 and a partial repeat of 0 to 9 bases");
        }
    }

    /** Reads "14" or "18.2"; anything else is refused naming the text. */
    public static YAllele parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new KinshipInputException("'" + text + "' is not a Y-STR allele (repeats, optionally .1 to .9 for a partial repeat)");
        }
        return new YAllele(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
    }

    /** The allele {@code steps} whole repeats away, or null when that would be fewer than zero repeats. */
    YAllele shifted(int steps) {
        return repeats + steps < 0 ? null : new YAllele(repeats + steps, partial);
    }

    @Override
    public int compareTo(YAllele o) {
        return repeats != o.repeats ? Integer.compare(repeats, o.repeats) : Integer.compare(partial, o.partial);
    }

    @Override
    public String toString() {
        return partial == 0 ? Integer.toString(repeats) : repeats + "." + partial;
    }
}
