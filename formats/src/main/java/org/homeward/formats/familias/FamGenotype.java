package org.homeward.formats.familias;

/** A person's two alleles at one marker, by name as the database section lists them. */
public record FamGenotype(String marker, String allele1, String allele2) { }
