package org.homeward.spark;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.homeward.formats.ReferenceFamilies;
import org.homeward.formats.frequencies.FrequencyDatabases;
import org.homeward.kinship.Marker;
import org.homeward.kinship.screen.Candidate;
import org.homeward.kinship.screen.Screening;
import org.homeward.kinship.screen.ScreeningJob;
import org.homeward.kinship.sim.SimulatedFamily;
import org.homeward.kinship.sim.Simulator;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The whole screening, in process and on Spark, on the same simulated data (the markers and model of
 * {@code homeward bench screen}): from families and remains in memory to the candidates, family profiles
 * included. Checks that both give the same candidates and prints both times.
 */
@Command(name = "spark-bench", mixinStandardHelpOptions = true,
        description = "Time the in-process engine and the Spark engine on the same simulated families and remains.")
public final class SparkBench implements Callable<Integer> {

    @Option(names = "--families", defaultValue = "100000", description = "Families, one missing person each (default 100000).")
    int families;

    @Option(names = "--remains", defaultValue = "100000", description = "Remains; 70 % belong to a family (default 100000).")
    int remains;

    @Option(names = "--masters", split = ",", defaultValue = "local[2],local[1]", description = "Spark masters to time, in order (default local[2],local[1]).")
    List<String> masters;

    @Option(names = "--partitions", defaultValue = "0", description = "Slices of the partitioned side (default 0: the engine's choice).")
    int partitions;

    @Option(names = "--threads", defaultValue = "2", description = "Threads of the in-process engine (default 2).")
    int threads;

    @Option(names = "--threshold", defaultValue = "10000", description = "LR threshold (default 10000, as bench screen).")
    double threshold;

    @Option(names = "--markers", defaultValue = "21", description = "Markers of the common kit (default 21).")
    int markers;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(names = "--rounds", defaultValue = "1",
            description = "Times to repeat the in-process run and then each master, so that on a shared machine each Spark run is compared with an in-process run of the same minutes (default 1).")
    int rounds;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkBench()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        List<Marker> panel = Screening.newBuilder()
                .frequencies(FrequencyDatabases.europeanDefault().toMarkers(ReferenceFamilies.DEFAULT_FEMALE, ReferenceFamilies.DEFAULT_MALE))
                .markers(FrequencyDatabases.COMMON_KIT.subList(0, markers)).build().markers();
        Simulator sim = new Simulator(panel, seed);
        List<Screening.Family> fams = new ArrayList<>(families);
        List<Screening.Remains> rems = new ArrayList<>(remains);
        int related = Math.min(families, (int) Math.round(remains * 0.7));
        for (int f = 0; f < families; f++) {
            SimulatedFamily family = sim.family("F" + f);
            fams.add(new Screening.Family(family.id(), family.pedigree(), List.of(family.missingPerson()), family.references()));
            if (f < related) {
                rems.add(Screening.Remains.of(sim.degrade(family.truth(), "R" + f, sim.randomDegradation())));
            }
        }
        for (int r = related; r < remains; r++) {
            rems.add(Screening.Remains.of(sim.degrade(sim.unrelated("R" + r), "R" + r, sim.randomDegradation())));
        }
        System.out.printf(Locale.ROOT, "%,d families × %,d remains, %d markers, LR ≥ %s, top 10; %d cores, max heap %.1f GiB%n",
                families, remains, panel.size(), threshold, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (double) (1L << 30));

        ScreeningJob.Settings settings = new ScreeningJob.Settings(panel, 0, null, threshold, 10, true);
        for (int round = 1; round <= rounds; round++) {
            long cpuA = cpuNanos();
            long gcA = gcMillis();
            long jitA = jitMillis();
            long a = System.nanoTime();
            Screening screening = Screening.newBuilder().frequencies(panel).minLr(threshold).topK(10).threads(threads).build();
            screening.load(fams, List.of());
            long b = System.nanoTime();
            screening.load(List.of(), rems);
            List<Candidate> expected = screening.run().candidates();
            long c = System.nanoTime();
            double wall = (c - a) / 1e9;
            double cpu = (cpuNanos() - cpuA) / 1e9;
            double gc = (gcMillis() - gcA) / 1e3;
            double jit = (jitMillis() - jitA) / 1e3;
            System.out.printf(Locale.ROOT, "round %d in-process, %d threads: %.1f s (profiles %.1f s, screening %.1f s), %.1f s of CPU, GC pauses %.1f s, JIT %.1f s, %,d candidates (%s)%n",
                    round, threads, wall, (b - a) / 1e9, (c - b) / 1e9, cpu, gc, jit, expected.size(), uptime());
            screening = null;

            for (String master : masters) {
                long st = System.nanoTime();
                SparkSession spark = SparkSession.builder().master(master).appName("homeward-spark-bench")
                        .config("spark.ui.enabled", "false").getOrCreate();
                double start = (System.nanoTime() - st) / 1e9;
                long sparkCpuA = cpuNanos();
                long sparkGcA = gcMillis();
                long sparkJitA = jitMillis();
                long s = System.nanoTime();
                SparkScreening.Outcome outcome;
                long sparkCpuB;
                long sparkGcB;
                long sparkJitB;
                try {
                    outcome = SparkScreening.run(JavaSparkContext.fromSparkContext(spark.sparkContext()), settings, fams, rems, partitions);
                } finally {
                    st = System.nanoTime();
                    sparkCpuB = cpuNanos();
                    sparkGcB = gcMillis();
                    sparkJitB = jitMillis();
                    spark.close();
                }
                double stop = (System.nanoTime() - st) / 1e9;
                double sparkWall = (st - s) / 1e9;
                double sparkCpu = (sparkCpuB - sparkCpuA) / 1e9;
                System.out.printf(Locale.ROOT, "round %d spark %s, %d partition(s): %.1f s, %.1f s of CPU, GC pauses %.1f s, JIT %.1f s, %,d candidates, %s; "
                                + "÷ in-process: wall %.2f×, CPU %.2f× (session start %.1f s and stop %.1f s not counted, "
                                + "wall %.2f× with them; %s)%n",
                        round, master, outcome.partitions(), sparkWall, sparkCpu, (sparkGcB - sparkGcA) / 1e3, (sparkJitB - sparkJitA) / 1e3, outcome.candidates().size(),
                        outcome.candidates().equals(expected) ? "identical to in-process" : "DIFFERENT from in-process",
                        sparkWall / wall, sparkCpu / cpu, start, stop, (start + sparkWall + stop) / wall, uptime());
            }
        }
        return 0;
    }

    /** The load averages, to read each line's figures against. */
    private static String uptime() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "load " + f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) { // not Linux
            return "load " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }

    /** Time the collectors report having spent, pauses mostly (G1's concurrent work is not counted): where a run's CPU beyond its threads' work goes. */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /** Time the JIT compilers report having spent (their threads' CPU, beside the engine's own). */
    private static long jitMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    /** CPU time of the whole process (every thread, Spark's included): comparable between runs on a loaded machine, unlike wall time. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
