package org.homeward.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.homeward.kinship.Profile;
import org.homeward.kinship.screen.Screening;
import org.homeward.kinship.sim.SimulatedFamily;
import org.homeward.kinship.sim.Simulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The screening kernel alone: 2,000 families × 2,000 remains, 21 markers. Scores are per pair
 * (operations per invocation = families × remains), so the result reads directly as ns per pair (with
 * pruning: per pair of the whole matrix, the effective cost).
 * Run: {@code java -jar bench/target/benchmarks.jar ScreeningKernel}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "--add-modules=jdk.incubator.vector"})
public class ScreeningKernelBenchmark {

    static final int FAMILIES = 2000;
    static final int REMAINS = 2000;

    @Param({"1", "2"})
    int threads;

    /** The full kernel, or exact bound pruning at the threshold (same results). */
    @Param({"false", "true"})
    boolean pruned;

    Screening screening;

    @Setup
    public void setUp() {
        var markers = BenchData.markers(21, 1);
        Simulator sim = new Simulator(markers, 1);
        List<Screening.Family> families = new ArrayList<>();
        List<Profile> truths = new ArrayList<>();
        for (int f = 0; f < FAMILIES; f++) {
            SimulatedFamily fam = sim.family("F" + f);
            truths.add(fam.truth());
            families.add(new Screening.Family(fam.id(), fam.pedigree(), List.of(fam.missingPerson()), fam.references()));
        }
        List<Screening.Remains> remains = new ArrayList<>();
        for (int r = 0; r < REMAINS; r++) {
            remains.add(Screening.Remains.of(r % 2 == 0 ? sim.degrade(truths.get(r), "R" + r, sim.randomDegradation())
                    : sim.unrelated("R" + r)));
        }
        screening = Screening.newBuilder().frequencies(markers).minLr(10_000).topK(10).threads(threads)
                .exactPruning(pruned).build();
        screening.load(families, remains);
    }

    @Benchmark
    @OperationsPerInvocation(FAMILIES * REMAINS)
    public long screenAllPairs() {
        return screening.run().pairsAboveThreshold();
    }
}
