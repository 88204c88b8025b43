package org.homeward.kinship.sim;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import org.homeward.kinship.DropoutModel;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Profile;
import org.homeward.kinship.screen.Candidate;
import org.homeward.kinship.screen.Screening;
import org.homeward.kinship.screen.ScreeningResult;

/**
 * The whole-run screening benchmark: simulate families and remains, build the family profiles,
 * screen every remains against every family, and check the result against the simulation's truth.
 * Seven in ten remains belong to a simulated family (one remains per family at most); the others are
 * unrelated, like soldiers of the other side mixed into a transfer.
 */
public final class ScreeningRun {

    /**
     * What to run; {@code prune}: the kernel's exact bound pruning (same results); {@code rounds} timed
     * screenings of the same profiles after {@code warmups} untimed ones (the JIT compiles the kernel in
     * those); {@code theta} the co-ancestry coefficient of the family tables; {@code dropout} the
     * remains' sample quality class (every remains of it, and simulated with its dropout), or null for
     * clean typings.
     */
    public record Settings(int families, int remains, int threads, long seed, double threshold, int topK, boolean prune,
                           int rounds, int warmups, double theta, DropoutModel dropout) { }

    /** One screening of every pair: wall clock and the whole process's CPU, in nanoseconds. */
    public record Round(long nanos, long cpuNanos) { }

    /**
     * What was measured. Times in nanoseconds (wall clock; the CPU times are the whole process's, every
     * thread, JIT and GC included: on a shared machine they show the work when the wall clock shows
     * the queue); memory in bytes.
     */
    public record Report(Settings settings, int markers, long pairs, long simulateNanos, long profileNanos,
                         long profileCpuNanos, List<Round> warmups, List<Round> rounds, long peakHeapBytes, long tableBytes,
                         int distinctTables, int trueRemains, int trueFoundAtThreshold, int trueRankedFirst,
                         long pairsAboveThreshold, long falsePairsAboveThreshold) {

        /** The timed round of median wall clock (of an even number, the faster middle one). */
        public Round median() {
            return sorted().get((rounds.size() - 1) / 2);
        }

        /** The timed round of least wall clock. */
        public Round best() {
            return sorted().get(0);
        }

        private List<Round> sorted() {
            return rounds.stream().sorted(Comparator.comparingLong(Round::nanos)).toList();
        }

        public double pairsPerSecond(Round round) {
            return pairs / (round.nanos() / 1e9);
        }

        public double nanosPerPair(Round round) {
            return (double) round.nanos() / pairs;
        }

        /** Bytes per family: the shared tables divided among the families, plus each family's own references to them. */
        public double bytesPerFamily() {
            return (double) tableBytes / settings.families() + 2 * (16 + 4.0 * markers) + 48;
        }
    }

    private ScreeningRun() { }

    /**
     * Runs the benchmark on the named markers of {@code frequencies} (alleles, frequencies and mutation
     * models). {@code progress} receives the number of families loaded so far (for a progress bar); it
     * may be a no-op.
     *
     * @throws org.homeward.kinship.KinshipInputException for settings the screening refuses (a marker
     *                                                    without frequencies, a bad threshold, …)
     */
    public static Report run(List<Marker> frequencies, List<String> markerNames, Settings settings, LongConsumer progress) {
        Screening.Builder builder = Screening.newBuilder().frequencies(frequencies).markers(markerNames).minLr(settings.threshold())
                .topK(settings.topK()).threads(settings.threads()).exactPruning(settings.prune()).theta(settings.theta());
        Screening screening = (settings.dropout() == null ? builder : builder.dropout(settings.dropout())).build();
        List<Marker> markers = screening.markers();
        resetPeaks();
        Simulator sim = new Simulator(markers, settings.seed());
        int families = settings.families();
        int trueRemains = Math.min(families, (int) Math.round(settings.remains() * 0.7));
        SplittableRandom pick = new SplittableRandom(settings.seed() ^ 0x9E3779B97F4A7C15L);
        int[] chosen = distinct(pick, families, trueRemains);
        Map<Integer, Integer> remainsOfFamily = new HashMap<>();
        for (int r = 0; r < trueRemains; r++) {
            remainsOfFamily.put(chosen[r], r);
        }

        // Families are simulated and loaded a chunk at a time, so that only their profiles (and the true
        // profiles of the families whose remains arrive) stay in memory.
        Profile[] truths = new Profile[trueRemains];
        long simulateNanos = 0;
        long profileNanos = 0;
        long profileCpuNanos = 0;
        for (int from = 0; from < families; from += CHUNK) {
            long a = System.nanoTime();
            List<Screening.Family> chunk = new ArrayList<>(CHUNK);
            for (int f = from; f < Math.min(families, from + CHUNK); f++) {
                SimulatedFamily family = sim.family("F" + f);
                chunk.add(new Screening.Family(family.id(), family.pedigree(), List.of(family.missingPerson()), family.references()));
                Integer r = remainsOfFamily.get(f);
                if (r != null) {
                    truths[r] = family.truth();
                }
            }
            long b = System.nanoTime();
            long bCpu = processCpuNanos();
            List<Screening.Refusal> refused = screening.load(chunk, List.of());
            if (!refused.isEmpty()) {
                throw new IllegalStateException("simulated family refused: " + refused.get(0));
            }
            profileNanos += System.nanoTime() - b;
            profileCpuNanos += processCpuNanos() - bCpu;
            simulateNanos += b - a;
            progress.accept(Math.min(families, from + CHUNK));
        }

        long t0 = System.nanoTime();
        int[] familyOfRemains = new int[settings.remains()];
        List<Screening.Remains> remains = new ArrayList<>(settings.remains());
        for (int r = 0; r < settings.remains(); r++) {
            familyOfRemains[r] = r < trueRemains ? chosen[r] : -1;
            Profile profile = sim.degrade(r < trueRemains ? truths[r] : sim.unrelated("R" + r), "R" + r, sim.randomDegradation());
            remains.add(Screening.Remains.of(settings.dropout() == null ? profile : sim.dropAlleles(profile, settings.dropout())));
        }
        simulateNanos += System.nanoTime() - t0;

        screening.load(List.of(), remains);
        List<Round> warmups = new ArrayList<>();
        List<Round> rounds = new ArrayList<>();
        ScreeningResult result = null;
        for (int i = 0; i < settings.warmups() + settings.rounds(); i++) {
            long t3 = System.nanoTime();
            long t3Cpu = processCpuNanos();
            result = screening.run();
            Round round = new Round(System.nanoTime() - t3, processCpuNanos() - t3Cpu);
            (i < settings.warmups() ? warmups : rounds).add(round);
        }

        double log10Threshold = Math.log10(settings.threshold());
        int found = 0;
        int first = 0;
        for (int r = 0; r < trueRemains; r++) {
            String family = "F" + familyOfRemains[r];
            List<Candidate> top = result.topFamilies("R" + r);
            for (Candidate c : top) {
                if (c.familyId().equals(family) && c.log10Lr() >= log10Threshold) {
                    found++;
                    break;
                }
            }
            if (!top.isEmpty() && top.get(0).familyId().equals(family)) {
                first++;
            }
        }
        long above = result.pairsAboveThreshold();
        return new Report(settings, markers.size(), (long) families * settings.remains(), simulateNanos, profileNanos,
                profileCpuNanos, warmups, rounds, peakHeap(), screening.tableBytes(), screening.distinctTables(), trueRemains, found, first,
                above, above - found);
    }

    /** Families simulated and profiled together; small enough to keep their simulation data transient. */
    private static final int CHUNK = 2000;

    private static int[] distinct(SplittableRandom rnd, int range, int count) {
        Map<Integer, Integer> swaps = new HashMap<>();
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            int j = i + rnd.nextInt(range - i);
            int vi = swaps.getOrDefault(i, i);
            int vj = swaps.getOrDefault(j, j);
            swaps.put(j, vi);
            out[i] = vj;
        }
        return out;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
