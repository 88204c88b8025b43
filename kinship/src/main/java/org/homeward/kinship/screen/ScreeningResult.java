package org.homeward.kinship.screen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeward.kinship.KinshipInputException;

/**
 * What a screening holds after one {@link Screening#run()} or {@link Screening#add}: for each remains
 * its best families and for each family its best remains, with the exact engine's LRs. Immutable:
 * later additions to the screening do not change it (the top-K lists are copied before the screening
 * next changes them), and it may be read from any thread.
 */
public final class ScreeningResult {

    /** One marker of a candidate pair typed in the remains: its log10 LR and whether it is incompatible without mutation. */
    public record MarkerLr(String marker, double log10Lr, boolean inconsistent) { }

    private final MarkerPanel panel;
    private final FamilyProfile[] families;
    private final String[] remainsIds;
    private final Map<String, Integer> familyIndex;
    private final Map<String, Integer> remainsIndex;
    private final int[] slots;
    private final TopK byRemains;
    private final TopK byFamily;
    private final long pairsScreened;
    private final long pairsAboveThreshold;
    private final List<Screening.Refusal> refusals;

    /** Takes the screening's state as it is; the screening never writes these arrays again. */
    ScreeningResult(MarkerPanel panel, FamilyProfile[] families, String[] remainsIds, Map<String, Integer> familyIndex,
                    Map<String, Integer> remainsIndex, int[] slots, TopK byRemains, TopK byFamily, long pairsScreened,
                    long pairsAboveThreshold, List<Screening.Refusal> refusals) {
        this.panel = panel;
        this.families = families;
        this.remainsIds = remainsIds;
        this.familyIndex = familyIndex;
        this.remainsIndex = remainsIndex;
        this.slots = slots;
        this.byRemains = byRemains;
        this.byFamily = byFamily;
        this.pairsScreened = pairsScreened;
        this.pairsAboveThreshold = pairsAboveThreshold;
        this.refusals = List.copyOf(refusals);
    }

    /** Pairs scored by the call that gave this result. */
    public long pairsScreened() {
        return pairsScreened;
    }

    /** Pairs at or above the LR threshold among those (all of them, not only the top K). */
    public long pairsAboveThreshold() {
        return pairsAboveThreshold;
    }

    /** Missing persons of the families added by that call that could not be screened. */
    public List<Screening.Refusal> refusals() {
        return refusals;
    }

    public int familyCount() {
        return families.length;
    }

    public int remainsCount() {
        return remainsIds.length;
    }

    /** The best families for these remains, best first. */
    public List<Candidate> topFamilies(String remainsId) {
        int r = remainsOf(remainsId);
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < byRemains.count[r]; i++) {
            int base = r * byRemains.k + i;
            out.add(candidate(r, byRemains.id[base], byRemains.score[base]));
        }
        return out;
    }

    /** The best remains for this family's missing person, best first. */
    public List<Candidate> topRemains(String familyId, String missingPerson) {
        Integer f = familyIndex.get(Screening.key(familyId, missingPerson));
        if (f == null || f >= families.length) {
            throw new KinshipInputException("no family '" + familyId + "' with missing person '" + missingPerson + "'");
        }
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < byFamily.count[f]; i++) {
            int base = f * byFamily.k + i;
            out.add(candidate(byFamily.id[base], f, byFamily.score[base]));
        }
        return out;
    }

    /**
     * Every reported pair (in some remains' or some family's top K), best LR first, then by remains
     * and family insertion order.
     */
    public List<Candidate> candidates() {
        int total = 0;
        for (int r = 0; r < remainsIds.length; r++) {
            total += byRemains.count[r];
        }
        for (int f = 0; f < families.length; f++) {
            total += byFamily.count[f];
        }
        long[] pairs = new long[total];
        int n = 0;
        for (int r = 0; r < remainsIds.length; r++) {
            for (int i = 0; i < byRemains.count[r]; i++) {
                pairs[n++] = pair(r, byRemains.id[r * byRemains.k + i]);
            }
        }
        for (int f = 0; f < families.length; f++) {
            for (int i = 0; i < byFamily.count[f]; i++) {
                pairs[n++] = pair(byFamily.id[f * byFamily.k + i], f);
            }
        }
        // Sorted by (remains, family), equal pairs side by side: each pair once, then best LR first.
        Arrays.sort(pairs);
        List<Candidate> out = new ArrayList<>(total);
        for (int i = 0; i < n; i++) {
            if (i == 0 || pairs[i] != pairs[i - 1]) {
                int r = (int) (pairs[i] >>> 32);
                int f = (int) pairs[i];
                out.add(candidate(r, f, score(r, f)));
            }
        }
        // Stable: equal LRs keep the (remains, family) order.
        out.sort((a, b) -> Double.compare(b.log10Lr(), a.log10Lr()));
        return out;
    }

    /**
     * One held pair as the kernel scores it (its log10 LR summed in panel order, the markers compared and those
     * inconsistent without mutation), below the threshold too: for evidence that multiplies in beside the
     * autosomal one (lineage markers), which may lift a pair to the threshold. Empty when this result does not
     * hold the remains or the family's missing person. Sexes are not checked here.
     */
    public Optional<Candidate> pair(String remainsId, String familyId, String missingPerson) {
        Integer r = remainsIndex.get(remainsId);
        Integer f = familyIndex.get(Screening.key(familyId, missingPerson));
        if (r == null || r >= remainsIds.length || f == null || f >= families.length) {
            return Optional.empty();
        }
        return Optional.of(candidate(r, f, Kernel.score(families[f], slots, r * panel.size(), panel)));
    }

    /** Per marker typed in the candidate's remains, in panel order: the family's log10 LR for that genotype. */
    public List<MarkerLr> markerLrs(Candidate c) {
        int r = remainsOf(c.remainsId());
        Integer f = familyIndex.get(Screening.key(c.familyId(), c.missingPerson()));
        if (f == null || f >= families.length) {
            throw new KinshipInputException("no family '" + c.familyId() + "' with missing person '" + c.missingPerson() + "'");
        }
        FamilyProfile fam = families[f];
        List<MarkerLr> out = new ArrayList<>();
        for (int m = 0; m < panel.size(); m++) {
            int slot = slots[r * panel.size() + m];
            if (slot == panel.missingSlot(m)) {
                continue;
            }
            int g = slot - panel.offset(m);
            out.add(new MarkerLr(panel.marker(m).name(), fam.log10Lr(m, g), fam.incompatible(m, g)));
        }
        return out;
    }

    private int remainsOf(String remainsId) {
        Integer r = remainsIndex.get(remainsId);
        if (r == null || r >= remainsIds.length) {
            throw new KinshipInputException("no remains '" + remainsId + "' in this screening");
        }
        return r;
    }

    private static long pair(int r, int f) {
        return ((long) r << 32) | f;
    }

    /** The pair's score as one of the two lists holds it (both hold the same value when both do). */
    private double score(int r, int f) {
        for (int i = 0; i < byRemains.count[r]; i++) {
            if (byRemains.id[r * byRemains.k + i] == f) {
                return byRemains.score[r * byRemains.k + i];
            }
        }
        for (int i = 0; i < byFamily.count[f]; i++) {
            if (byFamily.id[f * byFamily.k + i] == r) {
                return byFamily.score[f * byFamily.k + i];
            }
        }
        throw new IllegalStateException("pair " + r + "/" + f + " is in neither list");
    }

    private Candidate candidate(int r, int f, double score) {
        FamilyProfile fam = families[f];
        int base = r * panel.size();
        int compared = 0;
        int inconsistent = 0;
        for (int m = 0; m < panel.size(); m++) {
            int slot = slots[base + m];
            if (slot == panel.missingSlot(m)) {
                continue;
            }
            compared++;
            if (fam.incompatible(m, slot - panel.offset(m))) {
                inconsistent++;
            }
        }
        return new Candidate(remainsIds[r], fam.familyId(), fam.missingPerson(), score, compared, inconsistent);
    }
}
