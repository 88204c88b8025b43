package org.homeward.formats.familias;

import java.util.List;
import java.util.Optional;

/** The database section: its name (empty when the file gives none), θ and the loci in file order. */
public record FamDatabase(String name, double theta, List<FamLocus> loci) {

    public FamDatabase {
        name = name == null ? "" : name;
        loci = List.copyOf(loci);
    }

    public Optional<FamLocus> locus(String name) {
        return loci.stream().filter(l -> l.name().equals(name)).findFirst();
    }
}
