package org.homeward.formats.codis;

import java.util.List;

import org.homeward.formats.markers.MarkerNames;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;

/**
 * A SPECIMEN: its attributes (empty strings when absent), id, category, optional comment and loci.
 */
public record CmfSpecimen(String sourceId, String caseId, String partial, String specimenId, String category,
                          String comment, List<CmfLocus> loci) {

    public CmfSpecimen {
        loci = List.copyOf(loci);
    }

    /** Sex from the amelogenin locus: X alone is female, X and Y male, otherwise unknown. */
    public Sex sex() {
        return loci.stream().filter(l -> l.name().equals(MarkerNames.AMELOGENIN)).findFirst()
                .map(l -> {
                    List<String> a = l.alleles().stream().map(String::toUpperCase).distinct().sorted().toList();
                    return a.equals(List.of("X")) ? Sex.FEMALE : a.equals(List.of("X", "Y")) ? Sex.MALE : Sex.UNKNOWN;
                })
                .orElse(Sex.UNKNOWN);
    }

    /** Loci with more than two alleles (a mixture): left out of {@link #toProfile()}. */
    public List<String> mixtureLoci() {
        return loci.stream().filter(l -> l.alleles().stream().distinct().count() > 2).map(CmfLocus::name).toList();
    }

    /** The single-source profile: loci with one or two alleles, amelogenin and mixture loci left out. */
    public Profile toProfile() {
        Profile.Builder b = Profile.builder(specimenId);
        for (CmfLocus l : loci) {
            long distinct = l.alleles().stream().distinct().count();
            if (!l.name().equals(MarkerNames.AMELOGENIN) && distinct >= 1 && distinct <= 2 && l.alleles().size() <= 2) {
                b.put(l.name(), l.alleles().get(0), l.alleles().get(l.alleles().size() - 1));
            }
        }
        return b.build();
    }
}
