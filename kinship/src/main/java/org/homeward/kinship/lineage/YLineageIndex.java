package org.homeward.kinship.lineage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Paternal-line haplotype → families, over fixed index loci, so that each remains is looked up rather
 * than compared with every family. Each family's haplotype is stored under its key and under the keys
 * of all its one-step neighbours (one copy one repeat up or down), so a lookup is two hash gets.
 * Families typed at fewer than the index loci, and remains typed at fewer, cannot be keyed: they are
 * compared directly over the loci both carry (a short list in practice; degraded remains are the
 * exception that pays for a scan).
 */
public final class YLineageIndex<F> {

    private final List<String> loci;
    private final Map<String, Set<F>> same = new HashMap<>();
    private final Map<String, Set<F>> oneStep = new HashMap<>();
    private final Map<F, YHaplotype> partial = new HashMap<>();
    private final Map<F, YHaplotype> lines = new HashMap<>();

    public YLineageIndex(List<String> loci) {
        this.loci = List.copyOf(loci);
    }

    /** Adds a family by the haplotype of its paternal line (any man on it: the line carries one haplotype). */
    public void add(F family, YHaplotype line) {
        lines.put(family, line);
        YHaplotype keyed = line.over(loci);
        if (keyed == null) {
            partial.put(family, line);
            return;
        }
        same.computeIfAbsent(keyed.key(), k -> new HashSet<>()).add(family);
        for (YHaplotype neighbour : oneStepNeighbours(keyed)) {
            oneStep.computeIfAbsent(neighbour.key(), k -> new HashSet<>()).add(family);
        }
    }

    /**
     * The families on the remains' line and one step from it; two hash gets when the remains are typed
     * at all index loci (plus the few partially typed families), a scan of every family otherwise.
     */
    public LineageHits<F> lookUp(YHaplotype remains) {
        Set<F> sameLine = new HashSet<>();
        Set<F> near = new HashSet<>();
        YHaplotype keyed = remains.over(loci);
        if (keyed != null) {
            sameLine.addAll(same.getOrDefault(keyed.key(), Set.of()));
            near.addAll(oneStep.getOrDefault(keyed.key(), Set.of()));
            partial.forEach((family, line) -> classify(family, line, remains, sameLine, near));
        } else {
            lines.forEach((family, line) -> classify(family, line, remains, sameLine, near));
        }
        return new LineageHits<>(sameLine, near);
    }

    private void classify(F family, YHaplotype line, YHaplotype remains, Set<F> sameLine, Set<F> near) {
        int steps = 0;
        for (Map.Entry<String, List<YAllele>> locus : line.alleles().entrySet()) {
            List<YAllele> other = remains.alleles().get(locus.getKey());
            if (other != null) {
                steps += stepsApart(locus.getValue(), other);
            }
        }
        if (steps == 0) {
            sameLine.add(family);
        } else if (steps == 1) {
            near.add(family);
        }
    }

    /** Repeats apart of two sorted allele lists, paired in order (2 or more when they are not one step apart). */
    private static int stepsApart(List<YAllele> a, List<YAllele> b) {
        if (a.size() != b.size()) {
            return 2;
        }
        int steps = 0;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).partial() != b.get(i).partial()) {
                return 2;
            }
            steps += Math.abs(a.get(i).repeats() - b.get(i).repeats());
        }
        return steps;
    }

    static List<YHaplotype> oneStepNeighbours(YHaplotype h) {
        List<YHaplotype> out = new ArrayList<>();
        h.alleles().forEach((locus, alleles) -> {
            for (int i = 0; i < alleles.size(); i++) {
                if (i > 0 && alleles.get(i).equals(alleles.get(i - 1))) {
                    continue;
                }
                for (int step : new int[] {-1, 1}) {
                    YAllele moved = alleles.get(i).shifted(step);
                    if (moved != null) {
                        List<YAllele> changed = new ArrayList<>(alleles);
                        changed.set(i, moved);
                        Map<String, List<YAllele>> map = new HashMap<>(h.alleles());
                        map.put(locus, changed);
                        out.add(new YHaplotype(map));
                    }
                }
            }
        });
        return out;
    }
}
