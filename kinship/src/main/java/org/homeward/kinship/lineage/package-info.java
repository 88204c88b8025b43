/**
 * Lineage markers: Y-STR haplotypes along the paternal line and mtDNA haplotypes along the maternal
 * line, their likelihood ratios against a laboratory's haplotype database, and an index that finds
 * the families on a remains' line by lookup rather than by comparing with every family.
 */
package org.homeward.kinship.lineage;
