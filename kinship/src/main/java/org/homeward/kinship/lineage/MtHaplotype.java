package org.homeward.kinship.lineage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.homeward.kinship.KinshipInputException;

/**
 * An mtDNA haplotype: its differences from the rCRS over a declared region, aligned as the EMPOP/ISFG
 * rules place length variants in the homopolymeric C tracts. The rule implemented: an insertion of C
 * written anywhere in a reference C tract (or after the base just before it) and a deletion of one of
 * its Cs are placed at the 3' end of the tract, numbered from .1, so "303.1C" and "311.1C" read as
 * "309.1C" and "315.1C". The tracts are 303–309 and 311–315 (HVS-II), 16184–16188 and 16190–16193
 * (HVS-I) and 568–573 (HVS-III); a T→C at 310 or 16189 joins the two tracts around it into one
 * (16189C with an inserted C gives 16193.1C). A tract that also carries another substitution or a
 * non-C insertion is left as written. Other variants are kept as written.
 */
public record MtHaplotype(MtRegion region, List<MtVariant> variants) {

    private record Tract(int first, int last) { }

    private static final List<Tract> C_TRACTS = List.of(new Tract(303, 309), new Tract(311, 315),
            new Tract(16184, 16188), new Tract(16190, 16193), new Tract(568, 573));
    /** The T between two C tracts whose change to C joins them. */
    private static final List<int[]> JOINS = List.of(new int[] {310, 303, 315}, new int[] {16189, 16184, 16193});

    public MtHaplotype {
        variants = List.copyOf(variants);
    }

    /**
     * The haplotype of these variants over the region, normalised; refuses a variant outside the region
     * and two calls at one site, naming them.
     */
    public static MtHaplotype of(MtRegion region, List<MtVariant> variants) {
        List<String> problems = new ArrayList<>();
        Set<String> sites = new HashSet<>();
        for (MtVariant v : variants) {
            if (!region.contains(v.position())) {
                problems.add("mtDNA variant " + v + " lies outside the declared region " + region);
            }
            if (!sites.add(v.site())) {
                problems.add("mtDNA site " + v.site() + " is called twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new KinshipInputException(problems);
        }
        List<MtVariant> normalised = new ArrayList<>(variants);
        for (Tract tract : tractsOf(variants)) {
            normalise(tract, normalised);
        }
        normalised.sort(MtVariant.ORDER);
        return new MtHaplotype(region, normalised);
    }

    /** Parses space- or comma-separated variants in EMPOP notation over the region. */
    public static MtHaplotype parse(MtRegion region, String variants) {
        List<MtVariant> parsed = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String token : variants.strip().split("[\\s,]+")) {
            if (token.isEmpty()) {
                continue;
            }
            try {
                parsed.add(MtVariant.parse(token));
            } catch (KinshipInputException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new KinshipInputException(problems);
        }
        return of(region, parsed);
    }

    private static List<Tract> tractsOf(List<MtVariant> variants) {
        List<Tract> tracts = new ArrayList<>(C_TRACTS);
        for (int[] join : JOINS) {
            boolean joined = variants.stream().anyMatch(v -> v.position() == join[0] && !v.isInsertion() && v.call() == 'C');
            if (joined) {
                tracts.removeIf(t -> t.first() >= join[1] && t.last() <= join[2]);
                tracts.add(new Tract(join[1], join[2]));
            }
        }
        return tracts;
    }

    private static void normalise(Tract tract, List<MtVariant> variants) {
        List<MtVariant> lengthVariants = new ArrayList<>();
        for (MtVariant v : variants) {
            boolean insertionHere = v.isInsertion() && v.position() >= tract.first() - 1 && v.position() <= tract.last();
            boolean inTract = !v.isInsertion() && v.position() >= tract.first() && v.position() <= tract.last();
            boolean joiningC = inTract && v.call() == 'C';
            if ((insertionHere && v.call() != 'C') || (inTract && v.call() != '-' && !joiningC)) {
                return; // the tract is not a plain run of C: leave it as written
            }
            if (insertionHere || (inTract && v.call() == '-')) {
                lengthVariants.add(v);
            }
        }
        int net = (int) lengthVariants.stream().filter(MtVariant::isInsertion).count()
                - (int) lengthVariants.stream().filter(v -> !v.isInsertion()).count();
        variants.removeAll(lengthVariants);
        for (int k = 1; k <= net; k++) {
            variants.add(new MtVariant(tract.last(), k, 'C'));
        }
        for (int k = 0; k < -net; k++) {
            variants.add(new MtVariant(tract.last() - k, 0, '-'));
        }
    }

    /** The variant at a site, or null when the haplotype has the reference there. */
    MtVariant at(int position, int insertion) {
        return variants.stream().filter(v -> v.position() == position && v.insertion() == insertion).findFirst().orElse(null);
    }

    /** The variants as EMPOP notation, in position order, e.g. "73G 263G 315.1C 16519C". */
    public String notation() {
        return variants.stream().map(MtVariant::toString).collect(Collectors.joining(" "));
    }

    @Override
    public String toString() {
        return notation() + " [" + region + "]";
    }
}
