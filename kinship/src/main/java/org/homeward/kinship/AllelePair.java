package org.homeward.kinship;

/** The two alleles of a genotype at one marker, as named in the lab's calls; the order carries no meaning. */
public record AllelePair(String first, String second) {

    public AllelePair {
        if (first == null || first.isBlank() || second == null || second.isBlank()) {
            throw new KinshipInputException("a genotype needs two allele names, got '" + first + "' and '" + second + "'");
        }
        first = first.trim();
        second = second.trim();
    }

    public static AllelePair of(String first, String second) {
        return new AllelePair(first, second);
    }

    public boolean isHomozygous() {
        return first.equals(second);
    }

    @Override
    public String toString() {
        return first + "/" + second;
    }
}
