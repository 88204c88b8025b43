package org.homeward.kinship.screen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import org.homeward.kinship.AllelePair;
import org.homeward.kinship.DropoutModel;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Marker;
import org.homeward.kinship.MutationModel;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.RareAllelePolicy;
import org.homeward.kinship.Sex;

/**
 * Every remains against every family's missing person, with the exact engine's numbers.
 *
 * <pre>{@code
 * Screening screening = Screening.newBuilder()
 *         .frequencies(markers)              // allele frequencies (and mutation models) per marker
 *         .mutationModels(female, male)      // optional: these models at every marker
 *         .fitTo(profiles)                   // optional: only the markers typed in them, rare alleles added
 *         .rareAlleles(RareAllelePolicy.minimumFrequency(0.001))
 *         .minLr(10_000).topK(10).threads(4)
 *         .exactPruning(true)                // optional: skip pairs that cannot reach minLr (same results)
 *         .build();                          // every setting checked, every problem reported at once
 * List<Screening.Refusal> refused = screening.load(families, remains);
 * ScreeningResult all = screening.run();                     // everything held, on every thread
 * ScreeningResult more = screening.add(newFamilies, newRemains); // only the newcomers
 * }</pre>
 *
 * <p>A screening holds the families' profiles (per marker, the exact log10 LR of every genotype the
 * remains could have, tables shared between families with equal inputs) and the remains' genotypes,
 * and for each remains its best families and for each family its best remains. {@link #run()} screens
 * everything (eight families per pass of the kernel); {@link #add} screens only the newcomers against
 * everything held. The two give identical results: scores are summed in the same order and ties are
 * broken by insertion order. Each call returns an immutable {@link ScreeningResult}; screening goes on
 * without changing it. Not thread-safe: one caller at a time (the work itself runs on the configured
 * threads).
 */
public final class Screening {

    /** A family to screen: its pedigree, the missing persons in it, and the typed relatives' profiles by pedigree id. */
    public record Family(String id, Pedigree pedigree, List<String> missingPersons, Map<String, Profile> references) {
        public Family {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(pedigree, "pedigree");
            missingPersons = List.copyOf(missingPersons);
            references = Collections.unmodifiableMap(new LinkedHashMap<>(references));
        }
    }

    /** Remains to screen: the profile and the sex they show (e.g. by amelogenin), {@link Sex#UNKNOWN} if none. */
    public record Remains(Profile profile, Sex sex) {
        public Remains {
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(sex, "sex");
        }

        public static Remains of(Profile profile) {
            return new Remains(profile, Sex.UNKNOWN);
        }
    }

    /** A missing person that could not be screened, with every problem found (each a complete sentence). */
    public record Refusal(String familyId, String missingPerson, List<String> problems) { }

    private final MarkerPanel panel;
    private final ScreeningOptions options;
    private final double threshold;
    /**
     * The threshold mode's layout, or null (full pass): one per screening, so each distinct table's lane
     * values are rounded once, not at every run (families are only ever added, so none goes stale).
     */
    private final ThresholdKernel pruning;
    private final List<String> notes;
    private final TableInterner interner = new TableInterner();
    /** The remains' sample quality class and its tables, or null for clean typings. */
    private final DropoutModel dropout;
    private final DropoutTables dropoutTables;
    /** The co-ancestry coefficient in the families' tables (0: none). */
    private final double theta;
    /** The clean screening whose held profiles a dropout class's tables are made from ({@link #forDropoutClass}), or null. */
    private final Screening source;
    private final List<FamilyProfile> families = new ArrayList<>();
    private final Map<String, Integer> familyIndex = new ConcurrentHashMap<>();
    private final List<String> remainsIds = new ArrayList<>();
    private final Map<String, Integer> remainsIndex = new ConcurrentHashMap<>();
    private int[] slots = new int[0];
    private byte[] remainsSex = new byte[0];
    private TopK byRemains;
    private TopK byFamily;
    /** True while a result shares the top-K lists: the next change copies them first. */
    private boolean published;

    private Screening(MarkerPanel panel, ScreeningOptions options, List<String> notes, DropoutModel dropout, double theta,
                      Screening source) {
        this.panel = panel;
        this.theta = theta;
        this.source = source;
        this.dropout = dropout;
        this.dropoutTables = dropout == null ? null : new DropoutTables(panel, dropout, theta);
        this.options = options;
        this.threshold = options.log10Threshold();
        this.pruning = options.pruned() ? ThresholdKernel.plan(panel, threshold) : null;
        this.notes = List.copyOf(notes);
        this.byRemains = new TopK(options.topK(), 16);
        this.byFamily = new TopK(options.topK(), 16);
    }

    public static Builder newBuilder() {
        return new Builder();
    }

    /**
     * How the full pass runs in this JVM, for reports of speed: on the vector unit, or in scalar code
     * (the JVM was started without {@code --add-modules=jdk.incubator.vector}, or the CPU lacks 256-bit
     * vectors). The results are the same either way.
     */
    public static String kernel() {
        return Kernel.VECTOR ? "vector unit, two 256-bit vectors per eight families"
                : "scalar (no vector API in this JVM: --add-modules=jdk.incubator.vector, or no 256-bit vectors)";
    }

    /**
     * A screening of remains of one dropout class beside this clean one: the same markers, θ and
     * settings, and each family's class tables made from the clean profile this screening holds for
     * it (the exact engine is not run again; a family not held here is computed as usual). Load and
     * add the same families here first, then there.
     *
     * @throws IllegalStateException when this screening is itself of a dropout class
     */
    public Screening forDropoutClass(DropoutModel model) {
        if (dropoutTables != null) {
            throw new IllegalStateException("a dropout class's screening is made beside the clean screening, not another class's");
        }
        return new Screening(panel, options, notes, Objects.requireNonNull(model, "model"), theta, this);
    }

    /** The markers screened, in order, with the frequencies and mutation models used. */
    public List<Marker> markers() {
        return panel.markers();
    }

    /**
     * What another process needs to build this screening anew ({@link ScreeningJob.Settings#builder()}):
     * its markers as fitted, θ, its dropout class, the LR threshold, K and the sex rule. A screening built
     * from them and given the same families and remains in the same order finds the same candidates.
     */
    public ScreeningJob.Settings jobSettings() {
        return new ScreeningJob.Settings(panel.markers(), theta, dropout, options.minLr(), options.topK(), options.sexConsistent());
    }

    /** What fitting the markers to the profiles changed (one note per marker given rare alleles). */
    public List<String> notes() {
        return notes;
    }

    /** True when the profile is typed only at screened markers and only with alleles in their tables. */
    public boolean accepts(Profile profile) {
        for (Map.Entry<String, AllelePair> g : profile.genotypes().entrySet()) {
            int m = panel.indexOf(g.getKey());
            if (m < 0) {
                return false;
            }
            Marker marker = panel.marker(m);
            if (marker.alleleIndex(g.getValue().first()) < 0 || marker.alleleIndex(g.getValue().second()) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Number of distinct per-marker LR tables held (families with equal inputs share them). */
    public int distinctTables() {
        return interner.distinctTables();
    }

    /** Bytes held by the distinct tables and incompatibility bitsets. */
    public long tableBytes() {
        return interner.tableBytes();
    }

    /**
     * Holds families and remains without screening them ({@link #run()} after loading). The families'
     * profiles are computed with the exact engine on the configured threads.
     *
     * @return the missing persons that could not be screened (not held), e.g. references impossible on the pedigree
     * @throws KinshipInputException listing every remains that cannot be held (allele outside its marker's
     *                               table, id already held); then nothing is held
     */
    public List<Refusal> load(Collection<Family> toAdd, Collection<Remains> remains) {
        int[] coded = code(remains);
        List<Refusal> refused = new ArrayList<>();
        List<FamilyProfile> profiles = profile(toAdd, refused);
        unpublish();
        for (FamilyProfile f : profiles) {
            register(f, refused);
        }
        hold(remains, coded);
        return refused;
    }

    /**
     * The model version of this screening's profiles: a fingerprint of the markers, alleles,
     * frequencies and mutation matrices. A stored profile is valid exactly when stored under this key.
     */
    public long modelKey() {
        return theta == 0 ? panel.modelKey() : panel.modelKey() * 31 + Double.hashCode(theta);
    }

    /**
     * The held profile of that missing person in stored form, to persist it across restarts (with
     * {@link #modelKey()}, and replaced whenever the family's pedigree or references change); empty
     * when not held.
     */
    public Optional<byte[]> storedProfile(String familyId, String missingPerson) {
        Integer fi = familyIndex.get(key(familyId, missingPerson));
        return fi == null ? Optional.empty() : Optional.of(families.get(fi).toBytes(modelKey()));
    }

    /**
     * Holds families from their stored profiles ({@link #storedProfile}) instead of computing them;
     * {@link #run()} afterwards, as after {@link #load}.
     *
     * @return the missing persons already held (not held again)
     * @throws KinshipInputException listing every stored profile that does not fit (another model, damaged
     *                               bytes); then nothing is held
     */
    public List<Refusal> loadStored(Collection<byte[]> stored) {
        List<FamilyProfile> profiles = new ArrayList<>(stored.size());
        List<String> problems = new ArrayList<>();
        for (byte[] bytes : stored) {
            try {
                profiles.add(FamilyProfile.fromBytes(bytes, modelKey(), panel, interner));
            } catch (KinshipInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new KinshipInputException(problems);
        }
        List<Refusal> refused = new ArrayList<>();
        unpublish();
        for (FamilyProfile f : profiles) {
            register(f, refused);
        }
        return refused;
    }

    /**
     * Screens everything held from scratch. Forgets which inputs gave which tables afterwards (the
     * tables stay shared): families added later are computed afresh, and memory holds only the tables.
     */
    public ScreeningResult run() {
        int nf = families.size();
        int nr = remainsIds.size();
        if (published) {
            byRemains = new TopK(options.topK(), nr);
            byFamily = new TopK(options.topK(), nf);
            published = false;
        }
        byFamily.ensureOwners(nf);
        byFamily.clear(nf);
        byRemains.ensureOwners(nr);
        byRemains.clear(nr);
        FamilyProfile[] fam = families.toArray(FamilyProfile[]::new);
        byte[] familySex = new byte[nf];
        for (int f = 0; f < nf; f++) {
            familySex[f] = sexOf(fam[f]);
        }
        byte[] sexes = options.sexConsistent() ? remainsSex : new byte[nr];
        long above = AllPairs.screen(panel, fam, familySex, slots, sexes, nr, options, pruning, threshold, byRemains,
                byFamily);
        interner.forgetInputs();
        return publish((long) nf * nr, above, List.of());
    }

    /**
     * Publishes what {@link #run()} would have, from the candidates of the same screening done elsewhere
     * (e.g. {@link ScreeningJob} on Spark: this screening's {@link #jobSettings()}, families and remains).
     * Exact: the candidates are the union of every remains' and every family's top K, so each owner's
     * true top K are among them and are the best of all its pairs; offered afresh, they rebuild every
     * list as the full pass would (ties by insertion order, as there). Each candidate is checked against
     * this screening first: its remains and missing person held, its LR this screening's to the bit, at
     * or above the threshold, sexes agreeing. Afterwards this screening is as after {@link #run()}.
     *
     * @param pairsScreened       as the screening elsewhere counted them
     * @param pairsAboveThreshold as the screening elsewhere counted them
     * @throws KinshipInputException listing the candidates that this screening would not have reported
     *                               (then nothing changes)
     */
    public ScreeningResult resultOf(Collection<Candidate> candidates, long pairsScreened, long pairsAboveThreshold) {
        int markers = panel.size();
        List<String> problems = new ArrayList<>();
        long[] pairs = new long[candidates.size()];
        double[] lrs = new double[candidates.size()];
        int n = 0;
        for (Candidate c : candidates) {
            Integer r = remainsIndex.get(c.remainsId());
            Integer f = familyIndex.get(key(c.familyId(), c.missingPerson()));
            if (r == null || f == null) {
                problems.add(describe(c) + ": " + (r == null ? "no such remains" : "no such missing person") + " in this screening");
                continue;
            }
            double s = Kernel.score(families.get(f), slots, r * markers, panel);
            if (Double.doubleToRawLongBits(s) != Double.doubleToRawLongBits(c.log10Lr())) {
                problems.add(describe(c) + ": log10 LR " + c.log10Lr() + " where this screening has " + s + " (another model?)");
            } else if (!(s >= threshold) || !Kernel.sexesAgree(options.sexConsistent() ? remainsSex[r] : 0, sexOf(families.get(f)))) {
                problems.add(describe(c) + ": below the threshold or of the other sex, never reported");
            }
            lrs[n] = s;
            pairs[n++] = ((long) r << 32) | f;
        }
        long[] sorted = Arrays.copyOf(pairs, n);
        Arrays.sort(sorted);
        for (int i = 1; i < n; i++) {
            if (sorted[i] == sorted[i - 1]) {
                problems.add("candidate " + remainsIds.get((int) (sorted[i] >>> 32)) + " / " + families.get((int) sorted[i]).familyId()
                        + " is listed twice");
            }
        }
        if (!problems.isEmpty()) {
            if (problems.size() > 10) {
                int more = problems.size() - 10;
                problems.subList(10, problems.size()).clear();
                problems.add("… and " + more + " more");
            }
            throw new KinshipInputException(problems);
        }
        int nf = families.size();
        int nr = remainsIds.size();
        byRemains = new TopK(options.topK(), nr);
        byFamily = new TopK(options.topK(), nf);
        for (int i = 0; i < n; i++) { // scored once, above; the lists do not depend on the order offered
            int r = (int) (pairs[i] >>> 32);
            int f = (int) pairs[i];
            byRemains.offer(r, f, lrs[i]);
            byFamily.offer(f, r, lrs[i]);
        }
        published = false;
        interner.forgetInputs();
        return publish(pairsScreened, pairsAboveThreshold, List.of());
    }

    /** A candidate as {@link #resultOf}'s problems name it (made only for those). */
    private static String describe(Candidate c) {
        return "candidate " + c.remainsId() + " / family " + c.familyId() + ", missing person " + c.missingPerson();
    }

    /**
     * Holds the newcomers and screens only them: each new family against the remains held, then each
     * new remains against every family held. The result equals that of loading everything and running.
     *
     * @throws KinshipInputException as {@link #load} does, before anything is held
     */
    public ScreeningResult add(Collection<Family> toAdd, Collection<Remains> remains) {
        int[] coded = code(remains);
        List<Refusal> refused = new ArrayList<>();
        List<FamilyProfile> profiles = profile(toAdd, refused);
        unpublish();
        int markers = panel.size();
        long pairs = 0;
        long above = 0;
        for (FamilyProfile f : profiles) {
            int fi = register(f, refused);
            if (fi < 0) {
                continue;
            }
            int nr = remainsIds.size();
            byRemains.ensureOwners(nr);
            byte familySex = sexOf(f);
            for (int r = 0; r < nr; r++) {
                double s = Kernel.score(f, slots, r * markers, panel);
                if (s >= threshold && Kernel.sexesAgree(options.sexConsistent() ? remainsSex[r] : 0, familySex)) {
                    byRemains.offer(r, fi, s);
                    byFamily.offer(fi, r, s);
                    above++;
                }
            }
            pairs += nr;
        }
        int first = remainsIds.size();
        hold(remains, coded);
        int nf = families.size();
        byRemains.ensureOwners(remainsIds.size());
        for (int r = first; r < remainsIds.size(); r++) {
            int base = r * markers;
            byte sex = options.sexConsistent() ? remainsSex[r] : 0;
            for (int fi = 0; fi < nf; fi++) {
                FamilyProfile f = families.get(fi);
                double s = Kernel.score(f, slots, base, panel);
                if (s >= threshold && Kernel.sexesAgree(sex, sexOf(f))) {
                    byRemains.offer(r, fi, s);
                    byFamily.offer(fi, r, s);
                    above++;
                }
            }
            pairs += nf;
        }
        return publish(pairs, above, refused);
    }

    /** The remains' slots, all checked before any is held. */
    private int[] code(Collection<Remains> remains) {
        int m = panel.size();
        int[] coded = new int[remains.size() * m];
        List<String> problems = new ArrayList<>();
        Set<String> batch = new HashSet<>();
        int i = 0;
        for (Remains r : remains) {
            String id = r.profile().id();
            if (remainsIndex.containsKey(id) || !batch.add(id)) {
                problems.add("remains '" + id + "' are already held");
            }
            try {
                System.arraycopy(panel.slotsOf(r.profile()), 0, coded, i * m, m);
            } catch (KinshipInputException e) {
                problems.addAll(e.problems());
            }
            i++;
        }
        if (!problems.isEmpty()) {
            throw new KinshipInputException(problems);
        }
        return coded;
    }

    private void hold(Collection<Remains> remains, int[] coded) {
        int n = remainsIds.size();
        slots = Arrays.copyOf(slots, slots.length + coded.length);
        System.arraycopy(coded, 0, slots, n * panel.size(), coded.length);
        remainsSex = Arrays.copyOf(remainsSex, n + remains.size());
        for (Remains r : remains) {
            remainsSex[n] = code(r.sex());
            remainsIndex.put(r.profile().id(), n);
            remainsIds.add(r.profile().id());
            n++;
        }
    }

    /** Every missing person's profile, computed on the configured threads; refusals in family order. */
    private List<FamilyProfile> profile(Collection<Family> toAdd, List<Refusal> refused) {
        List<Family> owner = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Family f : toAdd) {
            for (String mp : f.missingPersons()) {
                owner.add(f);
                missing.add(mp);
            }
        }
        int n = owner.size();
        FamilyProfile[] built = new FamilyProfile[n];
        Refusal[] refusals = new Refusal[n];
        AtomicInteger next = new AtomicInteger();
        onThreads(Math.min(options.threads(), Math.max(1, n)), "family-profiles", t -> {
            int j;
            while ((j = next.getAndIncrement()) < n) {
                Family f = owner.get(j);
                try {
                    Integer held = source == null ? null : source.familyIndex.get(key(f.id(), missing.get(j)));
                    built[j] = held != null ? source.families.get(held)
                            : FamilyProfile.build(f.id(), f.pedigree(), missing.get(j), panel, f.references(), interner, theta);
                    if (dropoutTables != null) {
                        built[j] = dropoutTables.apply(built[j], f);
                    }
                } catch (KinshipInputException e) {
                    refusals[j] = new Refusal(f.id(), missing.get(j), e.problems());
                }
            }
        });
        List<FamilyProfile> out = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            if (built[j] != null) {
                out.add(built[j]);
            } else {
                refused.add(refusals[j]);
            }
        }
        return out;
    }

    /** Holds the family; its index, or −1 (and a refusal) when that missing person is already held. */
    private int register(FamilyProfile f, List<Refusal> refused) {
        String key = key(f.familyId(), f.missingPerson());
        if (familyIndex.containsKey(key)) {
            refused.add(new Refusal(f.familyId(), f.missingPerson(), List.of("family '" + f.familyId()
                    + "' with missing person '" + f.missingPerson() + "' is already held")));
            return -1;
        }
        int fi = families.size();
        byFamily.ensureOwners(fi + 1);
        byFamily.count[fi] = 0;
        families.add(f);
        familyIndex.put(key, fi);
        return fi;
    }

    /** Before changing the top-K lists: a published result keeps the ones it holds. */
    private void unpublish() {
        if (published) {
            byRemains = byRemains.copy();
            byFamily = byFamily.copy();
            published = false;
        }
    }

    private ScreeningResult publish(long pairs, long above, List<Refusal> refused) {
        published = true;
        return new ScreeningResult(panel, families.toArray(FamilyProfile[]::new), remainsIds.toArray(String[]::new),
                familyIndex, remainsIndex, slots, byRemains, byFamily, pairs, above, refused);
    }

    static String key(String familyId, String missingPerson) {
        return familyId + '\u0000' + missingPerson;
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

    /** Runs {@code work(t)} for t = 0 … threads−1 on as many threads (one: on this one) and waits; a worker's failure is rethrown. */
    static void onThreads(int threads, String name, IntConsumer work) {
        if (threads == 1) {
            work.accept(0);
            return;
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int me = t;
            workers[t] = new Thread(() -> work.accept(me), name + "-" + t);
            workers[t].setUncaughtExceptionHandler((th, e) -> failure.compareAndSet(null, e));
            workers[t].start();
        }
        for (Thread w : workers) {
            try {
                w.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(name + " interrupted", e);
            }
        }
        if (failure.get() != null) {
            throw new IllegalStateException("a " + name + " worker failed", failure.get());
        }
    }

    /**
     * The settings of a screening. Nothing is checked until {@link #build()}, which reports every
     * problem at once.
     */
    public static final class Builder {
        private List<Marker> frequencies;
        private List<String> markerNames;
        private MutationModel femaleMutation;
        private MutationModel maleMutation;
        private List<Profile> fitTo;
        private RareAllelePolicy rareAlleles = RareAllelePolicy.STRICT;
        private double minLr = 1;
        private int topK = 10;
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean sexConsistent = true;
        private boolean exactPruning;
        private DropoutModel dropout;
        private double theta;

        private Builder() { }

        /** Required: the markers' allele frequencies (with their mutation models, unless {@link #mutationModels} replaces them). */
        public Builder frequencies(Collection<Marker> markers) {
            this.frequencies = List.copyOf(markers);
            return this;
        }

        /** The markers to screen, by name and in this order (default: every marker of the frequencies). */
        public Builder markers(List<String> names) {
            this.markerNames = List.copyOf(names);
            return this;
        }

        /** These mutation models at every screened marker, instead of the frequencies' own. */
        public Builder mutationModels(MutationModel female, MutationModel male) {
            this.femaleMutation = Objects.requireNonNull(female, "female");
            this.maleMutation = Objects.requireNonNull(male, "male");
            return this;
        }

        /**
         * Fits the markers to the profiles that will be screened (remains and references): only the
         * markers typed in at least one of them are screened (all, when none is), and alleles they
         * carry that a marker's table lacks are added by the {@linkplain #rareAlleles rare-allele policy}.
         */
        public Builder fitTo(Collection<Profile> profiles) {
            this.fitTo = List.copyOf(profiles);
            return this;
        }

        /** What to do with alleles of the {@linkplain #fitTo fitted} profiles missing from a table (default: refuse them). */
        public Builder rareAlleles(RareAllelePolicy policy) {
            this.rareAlleles = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Pairs are reported with an LR at or above this (a finite number ≥ 0; default 1). */
        public Builder minLr(double lr) {
            this.minLr = lr;
            return this;
        }

        /** The best families kept per remains and remains per family (1–1000; default 10). */
        public Builder topK(int k) {
            this.topK = k;
            return this;
        }

        /** Worker threads (1–1024; default: every core). */
        public Builder threads(int count) {
            this.threads = count;
            return this;
        }

        /** When true (the default), remains of known sex are never paired with a missing person of the other sex. */
        public Builder sexConsistent(boolean on) {
            this.sexConsistent = on;
            return this;
        }

        /**
         * When true, the kernel first bounds every pair's LR from above in a few bits (each marker's log10
         * LR rounded up) and computes the exact LR only of the pairs whose bound reaches {@link #minLr}
         * (default false). The results are the same (every pair at or above the threshold is found, with
         * its exact LR); only the work differs. Needs an LR threshold above 1.
         */
        public Builder exactPruning(boolean on) {
            this.exactPruning = on;
            return this;
        }

        /**
         * Every remains screened is a sample of this quality class: its alleles may have dropped out or
         * in by this model (the families' tables are made for the class once; one screening per class,
         * see also {@link Screening#forDropoutClass}).
         */
        public Builder dropout(DropoutModel model) {
            this.dropout = Objects.requireNonNull(model, "model");
            return this;
        }

        /**
         * The co-ancestry coefficient θ in [0, 1) (default 0): each family's LR tables are the extended
         * model's, every founder allele of a hypothesis drawn from one θ-corrected urn (see
         * {@code ThetaTables}); the kernel is unchanged. Costs more per family; a family too large for
         * the urn's exact table is refused with the reason. With a {@link #dropout} class, the remains'
         * true genotypes are summed over, their alleles drawn from the same urn (see {@code DropoutTables}).
         */
        public Builder theta(double coefficient) {
            this.theta = coefficient;
            return this;
        }

        /** @throws KinshipInputException listing every problem with the settings */
        public Screening build() {
            List<String> problems = new ArrayList<>();
            if (!(minLr >= 0) || Double.isInfinite(minLr)) {
                problems.add("the LR threshold must be a finite number ≥ 0, got " + minLr);
            }
            if (exactPruning && !(minLr > 1)) {
                problems.add("exact pruning needs an LR threshold above 1 (minLr), got " + minLr);
            }
            if (topK < 1 || topK > 1000) {
                problems.add("top-K must be between 1 and 1000, got " + topK);
            }
            if (threads < 1 || threads > 1024) {
                problems.add("threads must be between 1 and 1024, got " + threads);
            }
            if (!(theta >= 0 && theta < 1)) {
                problems.add("θ must be in [0, 1), got " + theta);
            }
            List<Marker> markers = typed(withModels(chosen(problems), problems));
            RareAllelePolicy.Adjusted adjusted = new RareAllelePolicy.Adjusted(markers, List.of());
            if (fitTo != null) {
                try {
                    adjusted = rareAlleles.apply(markers, fitTo);
                } catch (KinshipInputException e) {
                    problems.addAll(e.problems());
                }
            }
            if (adjusted.markers().isEmpty() && problems.isEmpty()) {
                problems.add("a screening needs at least one marker");
            }
            if (!problems.isEmpty()) {
                throw new KinshipInputException(problems);
            }
            return new Screening(new MarkerPanel(adjusted.markers()), new ScreeningOptions(minLr, topK, threads, sexConsistent, exactPruning),
                    adjusted.notes(), dropout, theta, null);
        }

        /** The frequencies' markers that were asked for, in order. */
        private List<Marker> chosen(List<String> problems) {
            if (frequencies == null) {
                problems.add("no allele frequencies: frequencies(…) is required");
                return List.of();
            }
            Map<String, Marker> byName = new LinkedHashMap<>();
            for (Marker m : frequencies) {
                if (byName.putIfAbsent(m.name(), m) != null) {
                    problems.add("marker " + m.name() + " has two frequency tables");
                }
            }
            if (markerNames == null) {
                return List.copyOf(byName.values());
            }
            if (markerNames.isEmpty()) {
                problems.add("the list of markers to screen is empty");
            }
            List<Marker> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String name : markerNames) {
                Marker m = byName.get(name);
                if (m == null) {
                    problems.add("marker " + name + " has no frequency table");
                } else if (!seen.add(name)) {
                    problems.add("marker " + name + " is listed twice");
                } else {
                    out.add(m);
                }
            }
            return out;
        }

        private List<Marker> withModels(List<Marker> markers, List<String> problems) {
            if (femaleMutation == null) {
                return markers;
            }
            List<Marker> out = new ArrayList<>(markers.size());
            for (Marker m : markers) {
                Marker.Builder b = Marker.builder(m.name()).femaleMutation(femaleMutation).maleMutation(maleMutation);
                for (int i = 0; i < m.alleleCount(); i++) {
                    b.allele(m.allele(i), m.frequency(i));
                }
                try {
                    out.add(b.build());
                } catch (KinshipInputException e) {
                    problems.addAll(e.problems());
                }
            }
            return out;
        }

        /** The markers typed in at least one fitted profile (all, when none is). */
        private List<Marker> typed(List<Marker> markers) {
            if (fitTo == null) {
                return markers;
            }
            List<Marker> typed = markers.stream().filter(m -> fitTo.stream().anyMatch(p -> p.genotype(m.name()) != null)).toList();
            return typed.isEmpty() ? markers : typed;
        }
    }
}
