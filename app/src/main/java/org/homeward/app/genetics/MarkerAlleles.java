package org.homeward.app.genetics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.homeward.app.common.InputRefusedException;
import org.homeward.formats.markers.AlleleNames;

/** The two alleles of one marker, as the lab reports them ("15", "9.3"); a homozygote repeats the allele. */
public record MarkerAlleles(String marker, String allele1, String allele2) {

    /**
     * What is wrong with a profile's markers, each at its path below {@code path}
     * ({@code markers[0].allele1}): a marker without a name or named twice, an allele outside the
     * marker's grammar ({@link AlleleNames}: repeat numbers with at most one decimal digit, X or Y
     * at amelogenin; no off-ladder calls). Empty when the profile may be stored.
     */
    public static List<InputRefusedException.Problem> problems(List<MarkerAlleles> markers, String path) {
        List<InputRefusedException.Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < markers.size(); i++) {
            String at = path + "[" + i + "]";
            MarkerAlleles m = markers.get(i);
            if (m == null || m.marker() == null || m.marker().isBlank()) {
                problems.add(new InputRefusedException.Problem(at + ".marker", "a marker needs its name"));
                continue;
            }
            if (!seen.add(m.marker())) {
                problems.add(new InputRefusedException.Problem(at + ".marker", "marker " + m.marker() + " appears twice"));
            }
            AlleleNames.problem(m.marker(), m.allele1()).ifPresent(p -> problems.add(new InputRefusedException.Problem(at + ".allele1", p)));
            AlleleNames.problem(m.marker(), m.allele2()).ifPresent(p -> problems.add(new InputRefusedException.Problem(at + ".allele2", p)));
        }
        return problems;
    }
}
