package org.homeward.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.homeward.formats.frequencies.FrequencyDatabases;
import org.homeward.kinship.DropoutModel;
import org.homeward.kinship.Marker;
import org.homeward.kinship.MutationModel;
import org.homeward.kinship.screen.Screening;
import org.homeward.kinship.sim.ScreeningRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code homeward bench …}: whole-run benchmarks. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Whole-run benchmarks.",
        subcommands = BenchCommand.Screen.class, synopsisSubcommandLabel = "COMMAND")
final class BenchCommand extends CommandGroup {

    /** The time per pair of the best open pairwise tool, measured on this kind of machine (issue 4). */
    static final double PAIRWISE_MS_LOW = 3.5;
    static final double PAIRWISE_MS_HIGH = 5.7;

    @Command(name = "screen", mixinStandardHelpOptions = true,
            description = {"Simulate families and remains, screen every remains against every family, and report",
                    "throughput, memory and a sanity check against the simulation's truth.",
                    "Markers: the bundled European database, stepwise mutation (female 0.001, male 0.003, range 0.1,",
                    "rate2 1e-6). Run with JAVA_OPTS=-Xmx2g to check the memory target."})
    static final class Screen implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--families", required = true, description = "Number of families (one missing person each).")
        int families;

        @Option(names = "--remains", required = true, description = "Number of remains; 7 in 10 belong to a family.")
        int remains;

        @Option(names = "--markers", defaultValue = "21", description = "Number of STR markers (1–24, default 21).")
        int markers;

        @Option(names = "--threads", description = "Worker threads (default: all cores).")
        Integer threads;

        @Option(names = "--seed", defaultValue = "1", description = "Simulation seed (default 1).")
        long seed;

        @Option(names = "--threshold", defaultValue = "10000", description = "LR threshold for candidates (default 10000).")
        double threshold;

        @Option(names = "--prune", description = "Exact bound pruning: score exactly only the pairs whose rounded-up bound reaches the threshold (same results, less work).")
        boolean prune;

        @Option(names = "--rounds", defaultValue = "1",
                description = "Timed screenings of the same profiles (default 1); each is reported, then their median and best.")
        int rounds;

        @Option(names = "--warmup-rounds", defaultValue = "1",
                description = "Untimed screenings before them, while the JIT compiles the kernel (default 1, reported apart).")
        int warmupRounds;

        @Option(names = "--theta", defaultValue = "0", description = "Co-ancestry coefficient θ of the family tables, in [0, 1) (default 0).")
        double theta;

        @Option(names = "--dropout", description = "Every remains a sample of one dropout class: heterozygote allele dropout P "
                + "(homozygote P²), in [0, 1); the simulated remains show that dropout (default: clean typings).")
        Double dropout;

        @Option(names = "--drop-in", defaultValue = "0", description = "With --dropout: the class's drop-in probability, in [0, 1) (default 0).")
        double dropIn;

        @Override
        public Integer call() {
            if (families < 1 || remains < 1) {
                throw new CommandFailedException("--families and --remains must be at least 1");
            }
            if (markers < 1 || markers > FrequencyDatabases.COMMON_KIT.size()) {
                throw new CommandFailedException("--markers must be between 1 and " + FrequencyDatabases.COMMON_KIT.size());
            }
            int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            if (t < 1) {
                throw new CommandFailedException("--threads must be at least 1");
            }
            if (rounds < 1 || warmupRounds < 0) {
                throw new CommandFailedException("--rounds must be at least 1 and --warmup-rounds at least 0");
            }
            if (dropout == null && dropIn != 0) {
                throw new CommandFailedException("--drop-in needs --dropout");
            }
            List<Marker> frequencies = FrequencyDatabases.europeanDefault()
                    .toMarkers(MutationModel.stepwise(0.001, 0.1, 1e-6), MutationModel.stepwise(0.003, 0.1, 1e-6));
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Progress progress = new Progress(err, "building family profiles", families);
            ScreeningRun.Report r = FileInputs.kinship(() -> ScreeningRun.run(frequencies, FrequencyDatabases.COMMON_KIT.subList(0, markers),
                    new ScreeningRun.Settings(families, remains, t, seed, threshold, 10, prune, rounds, warmupRounds, theta,
                            dropout == null ? null : DropoutModel.of(dropout, dropIn)), progress::update));
            progress.finish();
            print(out, r, t);
            return 0;
        }

        private static void print(PrintWriter out, ScreeningRun.Report r, int threads) {
            Runtime rt = Runtime.getRuntime();
            out.printf(Locale.ROOT, "machine            %d cores, Java %s, max heap %.2f GiB%n", rt.availableProcessors(),
                    System.getProperty("java.version"), rt.maxMemory() / (1024.0 * 1024 * 1024));
            out.printf(Locale.ROOT, "kernel             %s%n", Screening.kernel());
            ScreeningRun.Settings s = r.settings();
            out.printf(Locale.ROOT, "run                %,d families × %,d remains, %d markers, %d threads, seed %d%s%s%s%n",
                    s.families(), s.remains(), r.markers(), threads, s.seed(), s.prune() ? ", exact pruning" : "",
                    s.theta() == 0 ? "" : ", θ " + s.theta(), s.dropout() == null ? ""
                            : String.format(Locale.ROOT, ", every remains with dropout %s (homozygote %s, drop-in %s)",
                                    s.dropout().dropout(), (float) s.dropout().homozygousDropout(), s.dropout().dropIn()));
            out.printf(Locale.ROOT, "pairs screened     %,d%n", r.pairs());
            for (int i = 0; i < r.warmups().size(); i++) {
                print(out, "warm-up " + (i + 1), r.warmups().get(i), r);
            }
            for (int i = 0; i < r.rounds().size(); i++) {
                print(out, "round " + (i + 1), r.rounds().get(i), r);
            }
            ScreeningRun.Round median = r.median();
            ScreeningRun.Round best = r.best();
            String of = r.rounds().size() == 1 ? "one round" : "median of " + r.rounds().size() + " rounds";
            out.printf(Locale.ROOT, "screening time     %.3f s (process CPU %.3f s), %s after %d warm-up; best %.3f s%n",
                    median.nanos() / 1e9, median.cpuNanos() / 1e9, of, r.warmups().size(), best.nanos() / 1e9);
            out.printf(Locale.ROOT, "pairs per second   %.3g (%s; best %.3g)%n", r.pairsPerSecond(median), of, r.pairsPerSecond(best));
            out.printf(Locale.ROOT, "ns per pair        %.2f (%s; best %.2f)%n", r.nanosPerPair(median), of, r.nanosPerPair(best));
            out.printf(Locale.ROOT, "vs pairwise tool   %.2g to %.2g times faster (%.1f–%.1f ms per pair)%n",
                    PAIRWISE_MS_LOW * 1e6 / r.nanosPerPair(median), PAIRWISE_MS_HIGH * 1e6 / r.nanosPerPair(median),
                    PAIRWISE_MS_LOW, PAIRWISE_MS_HIGH);
            out.printf(Locale.ROOT, "profile building   %.1f s (%.1f µs per family; process CPU %.1f s; once per family, then incremental)%n",
                    r.profileNanos() / 1e9, r.profileNanos() / 1e3 / r.settings().families(), r.profileCpuNanos() / 1e9);
            out.printf(Locale.ROOT, "simulation         %.1f s%n", r.simulateNanos() / 1e9);
            out.printf(Locale.ROOT, "peak heap          %.1f MiB%n", r.peakHeapBytes() / (1024.0 * 1024));
            out.printf(Locale.ROOT, "bytes per family   %.0f (%,d distinct marker tables shared by all families)%n",
                    r.bytesPerFamily(), r.distinctTables());
            out.printf(Locale.ROOT, "sanity             %d of %d true pairs found at LR ≥ %s (%.1f%%), %d ranked first; "
                            + "%d false pairs at or above it%n",
                    r.trueFoundAtThreshold(), r.trueRemains(), format(r.settings().threshold()),
                    100.0 * r.trueFoundAtThreshold() / Math.max(1, r.trueRemains()), r.trueRankedFirst(),
                    r.falsePairsAboveThreshold());
            out.flush();
        }

        private static void print(PrintWriter out, String name, ScreeningRun.Round round, ScreeningRun.Report r) {
            out.printf(Locale.ROOT, "%-18s %.3f s (process CPU %.3f s), %.3g pairs per second%n", name, round.nanos() / 1e9,
                    round.cpuNanos() / 1e9, r.pairsPerSecond(round));
        }

        private static String format(double v) {
            return v == Math.rint(v) ? String.format(Locale.ROOT, "%,.0f", v) : String.valueOf(v);
        }
    }
}
