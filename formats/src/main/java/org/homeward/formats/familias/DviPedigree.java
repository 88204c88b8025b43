package org.homeward.formats.familias;

import java.util.List;

/** One pedigree of a DVI reference family: its name and its {@code Parent=}/{@code Child=} pairs. */
public record DviPedigree(String name, List<Relation> relations) {

    public record Relation(String parent, String child) { }

    public DviPedigree {
        relations = List.copyOf(relations);
    }
}
