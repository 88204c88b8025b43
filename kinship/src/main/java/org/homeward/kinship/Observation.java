package org.homeward.kinship;

/**
 * What was observed of one person at one marker: both alleles ({@code 14/16}); one allele with the
 * other unobserved ({@code 14/?}: at least one copy of 14, the other allele any, 14 included; not a
 * drop-out model); or a man's single allele on an X marker.
 */
public record Observation(Kind kind, String allele, String other) {

    public enum Kind { PAIR, ONE_UNOBSERVED, HEMIZYGOUS }

    public Observation {
        if (kind == null || allele == null || allele.isBlank() || (kind == Kind.PAIR) != (other != null)
                || (other != null && other.isBlank())) {
            throw new KinshipInputException("malformed observation: " + kind + " '" + allele + "', '" + other + "'");
        }
        allele = allele.trim();
        other = other == null ? null : other.trim();
    }

    public static Observation pair(String a, String b) {
        return new Observation(Kind.PAIR, a, b);
    }

    public static Observation pair(AllelePair pair) {
        return pair(pair.first(), pair.second());
    }

    public static Observation oneUnobserved(String a) {
        return new Observation(Kind.ONE_UNOBSERVED, a, null);
    }

    public static Observation hemizygous(String a) {
        return new Observation(Kind.HEMIZYGOUS, a, null);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case PAIR -> allele + "/" + other;
            case ONE_UNOBSERVED -> allele + "/?";
            case HEMIZYGOUS -> allele;
        };
    }
}
