package org.homeward.formats.familias;

import java.util.List;

/** A pedigree (hypothesis): untyped persons it adds and its relations on top of the known ones. */
public record FamPedigree(String name, int extraFemales, int extraMales, List<FamRelation> relations) {

    public FamPedigree {
        relations = List.copyOf(relations);
    }
}
