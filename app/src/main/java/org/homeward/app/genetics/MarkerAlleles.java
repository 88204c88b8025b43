package org.homeward.app.genetics;

/** The two alleles of one marker, as the lab reports them ("15", "9.3"); a homozygote repeats the allele. */
public record MarkerAlleles(String marker, String allele1, String allele2) {
}
