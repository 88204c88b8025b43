package org.homeward.formats.genemapper;

/** The two layouts GeneMapper ID-X exports allele calls in. */
public enum GeneMapperLayout {
    /** One row per sample, one column per marker (alleles comma-separated), optional Height columns. */
    WIDE,
    /** One row per sample and marker: Sample Name, Marker, Allele 1…n, optional Size n / Height n. */
    TALL
}
