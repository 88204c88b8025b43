package org.homeward.formats.frequencies;

import java.util.List;
import java.util.Optional;

import org.homeward.kinship.Marker;
import org.homeward.kinship.MutationModel;

/** A frequency database: its name and its markers' allele frequencies, in file order. */
public record FrequencyTable(String name, List<LocusFrequencies> loci) {

    public FrequencyTable {
        loci = List.copyOf(loci);
    }

    public Optional<LocusFrequencies> locus(String marker) {
        return loci.stream().filter(l -> l.marker().equals(marker)).findFirst();
    }

    /** Kinship markers with these frequencies, used as listed (no rescaling), and no mutation model. */
    public List<Marker> toMarkers() {
        return toMarkers(MutationModel.NONE, MutationModel.NONE);
    }

    /** Kinship markers with these frequencies and the given models for every marker. */
    public List<Marker> toMarkers(MutationModel female, MutationModel male) {
        return loci.stream()
                .map(l -> Marker.builder(l.marker()).alleles(l.alleles()).femaleMutation(female).maleMutation(male).build())
                .toList();
    }
}
