package org.homeward.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Profile;
import org.homeward.kinship.screen.Screening;
import org.homeward.kinship.sim.ReferenceConfiguration;
import org.homeward.kinship.sim.SimulatedFamily;
import org.homeward.kinship.sim.Simulator;

/**
 * Per-item CPU costs on one thread, read from the thread's CPU clock, so that they hold on a machine
 * shared with other work (where JMH's wall-clock figures measure the queue): the distribution of
 * family profile building over a simulated mix of families, the same for families that share
 * nothing, and the kernel per pair, full and pruned. Everything runs on the calling thread
 * ({@code threads(1)}). Run: {@code java -Xmx2g -Xms2g -XX:+AlwaysPreTouch -cp bench/target/benchmarks.jar
 * org.homeward.bench.ThreadCpuRun [kernel]} (with {@code kernel}: the kernel only). The heap is touched
 * before the start because the thread's CPU clock counts the kernel's time too: without it, the first
 * touch of each page the growing heap hands out (zeroed by the kernel, page by page) was charged to
 * whichever families were being built then, and made one shape "alone" cost six times the others in
 * one run and another shape in the next.
 */
public final class ThreadCpuRun {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ThreadCpuRun() { }

    public static void main(String[] args) {
        List<Marker> markers = BenchData.markers(21, 1);
        if (args.length > 0 && args[0].equals("kernel")) {
            kernel(markers, false);
            kernel(markers, true);
            return;
        }
        profiles(markers, 3000, 11); // warm-up
        long[] mixed = profiles(markers, 20_000, 1);
        print("profile, simulated mix (shared)", mixed);
        for (ReferenceConfiguration c : ReferenceConfiguration.values()) {
            print("profile, " + c + " alone", alone(markers, c, 300));
        }
        kernel(markers, false);
        kernel(markers, true);
    }

    /** CPU ns per family, families of a uniform mix of configurations loaded one at a time into one screening. */
    private static long[] profiles(List<Marker> markers, int families, long seed) {
        Simulator sim = new Simulator(markers, seed);
        Screening screening = Screening.newBuilder().frequencies(markers).threads(1).build();
        long[] ns = new long[families];
        for (int f = 0; f < families; f++) {
            Screening.Family family = family(sim.family("F" + f));
            long a = CPU.getCurrentThreadCpuTime();
            screening.load(List.of(family), List.of());
            ns[f] = CPU.getCurrentThreadCpuTime() - a;
        }
        return ns;
    }

    /** CPU ns per family of one configuration, each into a fresh screening: nothing shared with another family. */
    private static long[] alone(List<Marker> markers, ReferenceConfiguration configuration, int families) {
        Simulator sim = new Simulator(markers, 5);
        long[] ns = new long[families];
        for (int f = 0; f < families; f++) {
            Screening.Family family = family(sim.family("F" + f, configuration));
            Screening screening = Screening.newBuilder().frequencies(markers).threads(1).build();
            long a = CPU.getCurrentThreadCpuTime();
            screening.load(List.of(family), List.of());
            ns[f] = CPU.getCurrentThreadCpuTime() - a;
        }
        return ns;
    }

    /** The kernel on 2,000 families × 2,000 remains as {@link ScreeningKernelBenchmark}, CPU ns per pair. */
    private static void kernel(List<Marker> markers, boolean pruned) {
        Simulator sim = new Simulator(markers, 1);
        List<Screening.Family> families = new ArrayList<>();
        List<Profile> truths = new ArrayList<>();
        int n = ScreeningKernelBenchmark.FAMILIES;
        for (int f = 0; f < n; f++) {
            SimulatedFamily fam = sim.family("F" + f);
            truths.add(fam.truth());
            families.add(family(fam));
        }
        List<Screening.Remains> remains = new ArrayList<>();
        for (int r = 0; r < ScreeningKernelBenchmark.REMAINS; r++) {
            remains.add(Screening.Remains.of(r % 2 == 0 ? sim.degrade(truths.get(r), "R" + r, sim.randomDegradation())
                    : sim.unrelated("R" + r)));
        }
        Screening.Builder b = Screening.newBuilder().frequencies(markers).minLr(10_000).topK(10).threads(1);
        Screening screening = (pruned ? b.exactPruning(true) : b).build();
        screening.load(families, remains);
        long[] ns = new long[30]; // the JIT settles the kernel's loops only after about ten runs at this size
        long above = 0;
        for (int i = 0; i < ns.length; i++) {
            long a = CPU.getCurrentThreadCpuTime();
            above = screening.run().pairsAboveThreshold();
            ns[i] = CPU.getCurrentThreadCpuTime() - a;
        }
        long[] measured = Arrays.copyOfRange(ns, 20, ns.length);
        Arrays.sort(measured);
        double pairs = (double) n * ScreeningKernelBenchmark.REMAINS;
        System.out.printf(Locale.ROOT, "kernel %-6s 1 thread: %.2f ns per pair (min %.2f, median of %d runs after 20 warm-up), "
                        + "%.3g pairs/s per core, %d pairs at or above LR 10,000%n", pruned ? "pruned" : "full",
                measured[measured.length / 2] / pairs, measured[0] / pairs, measured.length,
                pairs * 1e9 / measured[measured.length / 2], above);
    }

    private static Screening.Family family(SimulatedFamily f) {
        return new Screening.Family(f.id(), f.pedigree(), List.of(f.missingPerson()), f.references());
    }

    private static void print(String what, long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        System.out.printf(Locale.ROOT, "%-45s n=%d  median %.1f µs  mean %.1f µs  p90 %.1f µs  p99 %.1f µs  max %.1f µs%n",
                what, s.length, s[s.length / 2] / 1e3, Arrays.stream(s).average().orElse(0) / 1e3,
                s[(int) (s.length * 0.9)] / 1e3, s[(int) (s.length * 0.99)] / 1e3, s[s.length - 1] / 1e3);
    }
}
