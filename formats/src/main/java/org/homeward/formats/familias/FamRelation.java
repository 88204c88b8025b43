package org.homeward.formats.familias;

/**
 * A parent → child relation of the main section, by person index: the persons first, then the extra
 * females and males of the known relations, then those of the pedigree.
 *
 * @param direct Familias' "Direct" mark (twins); read and kept, not modelled by Homeward
 */
public record FamRelation(int parent, int child, boolean direct) { }
