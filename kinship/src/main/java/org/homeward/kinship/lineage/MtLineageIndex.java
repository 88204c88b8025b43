package org.homeward.kinship.lineage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Maternal-line haplotype → families over one index region, looked up per remains rather than
 * compared with every family. A family's haplotype is stored under its variant set and under each set
 * with one variant left out; a remains with k variants is then found with 2(k + 1) hash gets whatever
 * the number of families: the same set, a family with one extra variant, the remains with one extra
 * variant, or one site called differently (a remains with one heteroplasmy is looked up with that
 * site at the reference and at each of its two bases). Every candidate so found is confirmed by
 * {@link MtComparison}. Families with a heteroplasmy, remains with two or more, and
 * haplotypes not read over the whole index region are compared directly.
 */
public final class MtLineageIndex<F> {

    private final MtRegion region;
    private final Map<String, Set<F>> full = new HashMap<>();
    private final Map<String, Set<F>> lessOne = new HashMap<>();
    private final Map<F, MtHaplotype> lines = new HashMap<>();
    private final Set<F> direct = new HashSet<>();

    public MtLineageIndex(MtRegion region) {
        this.region = region;
    }

    public void add(F family, MtHaplotype line) {
        lines.put(family, line);
        List<MtVariant> variants = within(line);
        if (!line.region().covers(region) || variants.stream().anyMatch(MtVariant::isHeteroplasmy)) {
            direct.add(family);
            return;
        }
        full.computeIfAbsent(key(variants), k -> new HashSet<>()).add(family);
        for (int i = 0; i < variants.size(); i++) {
            lessOne.computeIfAbsent(key(without(variants, i)), k -> new HashSet<>()).add(family);
        }
    }

    public LineageHits<F> lookUp(MtHaplotype remains) {
        Set<F> candidates = new HashSet<>(direct);
        List<MtVariant> variants = within(remains);
        if (!remains.region().covers(region) || variants.stream().filter(MtVariant::isHeteroplasmy).count() > 1) {
            candidates.addAll(lines.keySet());
        } else {
            for (List<MtVariant> resolved : resolutions(variants)) {
                gather(candidates, resolved);
                for (int i = 0; i < resolved.size(); i++) {
                    gather(candidates, without(resolved, i));
                }
            }
        }
        Set<F> same = new HashSet<>();
        Set<F> oneStep = new HashSet<>();
        for (F family : candidates) {
            MtComparison.Verdict verdict = MtComparison.of(lines.get(family), remains).verdict();
            if (verdict == MtComparison.Verdict.CANNOT_EXCLUDE) {
                same.add(family);
            } else if (verdict == MtComparison.Verdict.INCONCLUSIVE) {
                oneStep.add(family);
            }
        }
        return new LineageHits<>(same, oneStep);
    }

    /**
     * The remains' variants as families' keys could hold them: as they are without a heteroplasmy;
     * with one, the site left at the reference or called as either of its two bases.
     */
    private static List<List<MtVariant>> resolutions(List<MtVariant> variants) {
        List<MtVariant> plain = variants.stream().filter(v -> !v.isHeteroplasmy()).toList();
        List<List<MtVariant>> out = new ArrayList<>(List.of(plain));
        variants.stream().filter(MtVariant::isHeteroplasmy).forEach(h -> h.bases().chars().forEach(base -> {
            List<MtVariant> withBase = new ArrayList<>(plain);
            withBase.add(new MtVariant(h.position(), 0, (char) base));
            withBase.sort(MtVariant.ORDER);
            out.add(withBase);
        }));
        return out;
    }

    private void gather(Set<F> into, List<MtVariant> variants) {
        String key = key(variants);
        into.addAll(full.getOrDefault(key, Set.of()));
        into.addAll(lessOne.getOrDefault(key, Set.of()));
    }

    private List<MtVariant> within(MtHaplotype h) {
        return h.variants().stream().filter(v -> region.contains(v.position())).toList();
    }

    private static List<MtVariant> without(List<MtVariant> variants, int index) {
        List<MtVariant> copy = new ArrayList<>(variants);
        copy.remove(index);
        return copy;
    }

    private static String key(List<MtVariant> variants) {
        return variants.stream().map(MtVariant::toString).collect(Collectors.joining(" "));
    }
}
