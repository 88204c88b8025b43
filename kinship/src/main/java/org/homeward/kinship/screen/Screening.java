package org.homeward.kinship.screen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;

/**
 * Every remains against every family's missing person. Holds the families' profiles and the remains'
 * genotypes, and for each remains its best families and for each family its best remains.
 *
 * <p>{@link #runAll()} screens everything (all cores, four families per pass); {@link #addFamily} and
 * {@link #addRemains} screen only the newcomer against everything held. The two give identical
 * results: scores are summed in the same order and ties are broken by insertion index.
 * Not thread-safe: one writer at a time (the kernel itself is parallel inside {@link #runAll()}).
 */
public final class Screening {

    private final MarkerPanel panel;
    private final ScreeningOptions options;
    private final double threshold;
    private final List<FamilyProfile> families = new ArrayList<>();
    private final Map<String, Integer> familyIndex = new HashMap<>();
    private final List<String> remainsIds = new ArrayList<>();
    private final Map<String, Integer> remainsIndex = new HashMap<>();
    private int[] slots = new int[0];
    private byte[] remainsSex = new byte[0];
    private final TopK byRemains;
    private final TopK byFamily;
    private long pairsScreened;
    private long pairsAboveThreshold;

    public Screening(MarkerPanel panel, ScreeningOptions options) {
        this.panel = panel;
        this.options = options;
        this.threshold = options.log10Threshold();
        this.byRemains = new TopK(options.topK(), 16);
        this.byFamily = new TopK(options.topK(), 16);
    }

    public MarkerPanel panel() { return panel; }

    public ScreeningOptions options() { return options; }

    public int familyCount() { return families.size(); }

    public int remainsCount() { return remainsIds.size(); }

    /** Pairs at or above the LR threshold in the last {@link #runAll()} (all of them, not only the top K). */
    public long pairsAboveThreshold() { return pairsAboveThreshold; }

    /** Pairs scored since this screening was created. */
    public long pairsScreened() { return pairsScreened; }

    /** Adds families without screening them (call {@link #runAll()} after loading). */
    public void loadFamilies(List<FamilyProfile> toAdd) {
        for (FamilyProfile f : toAdd) {
            register(f);
        }
    }

    /** Adds remains of unknown sex without screening them (call {@link #runAll()} after loading). */
    public void loadRemains(List<Profile> toAdd) {
        loadRemains(toAdd, null);
    }

    /**
     * Adds remains without screening them (call {@link #runAll()} after loading).
     *
     * @param sexes the remains' sexes (e.g. from amelogenin), in the same order, or null when unknown
     */
    public void loadRemains(List<Profile> toAdd, List<Sex> sexes) {
        if (sexes != null && sexes.size() != toAdd.size()) {
            throw new IllegalArgumentException(toAdd.size() + " remains but " + sexes.size() + " sexes");
        }
        List<String> problems = new ArrayList<>();
        List<int[]> coded = new ArrayList<>();
        for (Profile p : toAdd) {
            try {
                coded.add(panel.slotsOf(p));
            } catch (KinshipInputException e) {
                problems.addAll(e.problems());
            }
            if (remainsIndex.containsKey(p.id())) {
                problems.add("remains '" + p.id() + "' are already held");
            }
        }
        if (!problems.isEmpty()) {
            throw new KinshipInputException(problems);
        }
        int m = panel.size();
        int n = remainsIds.size();
        slots = Arrays.copyOf(slots, (n + toAdd.size()) * m);
        remainsSex = Arrays.copyOf(remainsSex, n + toAdd.size());
        for (int i = 0; i < toAdd.size(); i++) {
            remainsSex[n + i] = sexes == null ? 0 : code(sexes.get(i));
            remainsIndex.put(toAdd.get(i).id(), n + i);
            remainsIds.add(toAdd.get(i).id());
            System.arraycopy(coded.get(i), 0, slots, (n + i) * m, m);
        }
    }

    /** Screens everything held from scratch, on {@code options.threads()} threads. */
    public void runAll() {
        int nf = families.size();
        int nr = remainsIds.size();
        byFamily.ensureOwners(nf);
        byFamily.clear(nf);
        byRemains.ensureOwners(nr);
        byRemains.clear(nr);
        int blocks = (nf + Kernel.LANES - 1) / Kernel.LANES;
        int threads = Math.min(options.threads(), Math.max(1, blocks));
        FamilyProfile[] fam = families.toArray(FamilyProfile[]::new);
        AtomicInteger next = new AtomicInteger();
        AtomicLong above = new AtomicLong();
        TopK[] partial = new TopK[threads];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread[] workers = new Thread[threads];
        int markers = panel.size();
        int[] remainsSlots = slots;
        byte[] sexes = options.sexConsistent() ? remainsSex : new byte[nr];
        for (int t = 0; t < threads; t++) {
            TopK mine = new TopK(options.topK(), nr);
            partial[t] = mine;
            workers[t] = new Thread(() -> {
                double[] scratch = new double[panel.slots() * Kernel.LANES];
                byte[] laneSex = new byte[Kernel.LANES];
                int b;
                long myAbove = 0;
                while ((b = next.getAndIncrement()) < blocks) {
                    int from = b * Kernel.LANES;
                    int count = Math.min(Kernel.LANES, nf - from);
                    Kernel.interleave(panel, fam, from, count, scratch);
                    for (int lane = 0; lane < Kernel.LANES; lane++) {
                        laneSex[lane] = lane < count ? sexOf(fam[from + lane]) : 0;
                    }
                    myAbove += Kernel.pass(scratch, remainsSlots, sexes, laneSex, nr, markers, from, count, threshold,
                            mine, byFamily);
                }
                above.addAndGet(myAbove);
            }, "screening-" + t);
            workers[t].setUncaughtExceptionHandler((th, e) -> failure.compareAndSet(null, e));
            workers[t].start();
        }
        for (Thread w : workers) {
            try {
                w.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("screening interrupted", e);
            }
        }
        if (failure.get() != null) {
            throw new IllegalStateException("a screening worker failed", failure.get());
        }
        for (TopK p : partial) {
            byRemains.mergeFrom(p, nr);
        }
        pairsScreened += (long) nf * nr;
        pairsAboveThreshold = above.get();
    }

    /** Adds one family and screens it against every remains held. */
    public void addFamily(FamilyProfile f) {
        int fi = register(f);
        int nr = remainsIds.size();
        byFamily.ensureOwners(fi + 1);
        byRemains.ensureOwners(nr);
        int markers = panel.size();
        byte familySex = sexOf(f);
        for (int r = 0; r < nr; r++) {
            double s = Kernel.score(f, slots, r * markers, panel);
            if (s >= threshold && Kernel.sexesAgree(options.sexConsistent() ? remainsSex[r] : 0, familySex)) {
                byRemains.offer(r, fi, s);
                byFamily.offer(fi, r, s);
            }
        }
        pairsScreened += nr;
    }

    /** Adds one remains of unknown sex and screens it against every family held. */
    public void addRemains(Profile p) {
        addRemains(p, Sex.UNKNOWN);
    }

    /** Adds one remains and screens it against every family held. */
    public void addRemains(Profile p, Sex sex) {
        loadRemains(List.of(p), List.of(sex));
        int r = remainsIds.size() - 1;
        byRemains.ensureOwners(r + 1);
        byFamily.ensureOwners(families.size());
        int base = r * panel.size();
        for (int fi = 0; fi < families.size(); fi++) {
            double s = Kernel.score(families.get(fi), slots, base, panel);
            if (s >= threshold && Kernel.sexesAgree(options.sexConsistent() ? remainsSex[r] : 0, sexOf(families.get(fi)))) {
                byRemains.offer(r, fi, s);
                byFamily.offer(fi, r, s);
            }
        }
        pairsScreened += families.size();
    }

    private byte sexOf(FamilyProfile f) {
        return options.sexConsistent() ? code(f.sex()) : 0;
    }

    private static byte code(Sex sex) {
        return switch (sex) {
            case MALE -> 1;
            case FEMALE -> 2;
            default -> 0;
        };
    }

    private int register(FamilyProfile f) {
        if (f.log10Lr.length != panel.size()) {
            throw new IllegalArgumentException("family " + f.familyId() + " was built for another marker panel");
        }
        String key = f.familyId() + "\u0000" + f.missingPerson();
        if (familyIndex.putIfAbsent(key, families.size()) != null) {
            throw new KinshipInputException("family '" + f.familyId() + "' with missing person '" + f.missingPerson()
                    + "' is already held");
        }
        byFamily.ensureOwners(families.size() + 1);
        byFamily.count[families.size()] = 0;
        families.add(f);
        return families.size() - 1;
    }

    /** The best families for this remains, best first. */
    public List<Candidate> topFamilies(String remainsId) {
        Integer r = remainsIndex.get(remainsId);
        if (r == null) {
            throw new KinshipInputException("no remains '" + remainsId + "' in this screening");
        }
        List<Candidate> out = new ArrayList<>();
        if (r < byRemains.count.length) {
            for (int i = 0; i < byRemains.count[r]; i++) {
                int base = r * byRemains.k + i;
                out.add(candidate(r, byRemains.id[base], byRemains.score[base]));
            }
        }
        return out;
    }

    /** The best remains for this family's missing person, best first. */
    public List<Candidate> topRemains(String familyId, String missingPerson) {
        Integer f = familyIndex.get(familyId + "\u0000" + missingPerson);
        if (f == null) {
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
        Map<Long, Candidate> pairs = new LinkedHashMap<>();
        for (int r = 0; r < remainsIds.size() && r < byRemains.count.length; r++) {
            for (int i = 0; i < byRemains.count[r]; i++) {
                int base = r * byRemains.k + i;
                pairs.putIfAbsent(((long) r << 32) | byRemains.id[base], candidate(r, byRemains.id[base], byRemains.score[base]));
            }
        }
        for (int f = 0; f < families.size(); f++) {
            for (int i = 0; i < byFamily.count[f]; i++) {
                int base = f * byFamily.k + i;
                pairs.putIfAbsent(((long) byFamily.id[base] << 32) | f, candidate(byFamily.id[base], f, byFamily.score[base]));
            }
        }
        List<Candidate> out = new ArrayList<>(pairs.values());
        out.sort(Comparator.comparingDouble(Candidate::log10Lr).reversed()
                .thenComparing(c -> remainsIndex.get(c.remainsId()))
                .thenComparing(c -> familyIndex.get(c.familyId() + "\u0000" + c.missingPerson())));
        return out;
    }

    private Candidate candidate(int r, int f, double score) {
        FamilyProfile fam = families.get(f);
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
        return new Candidate(remainsIds.get(r), fam.familyId(), fam.missingPerson(), score, compared, inconsistent);
    }
}
