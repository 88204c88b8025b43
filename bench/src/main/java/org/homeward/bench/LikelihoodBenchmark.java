package org.homeward.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.ReferenceFamily;
import org.homeward.kinship.sim.ReferenceConfiguration;
import org.homeward.kinship.sim.SimulatedFamily;
import org.homeward.kinship.sim.Simulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The exact engine: preparing one family (the missing person's genotype distribution at 21 markers
 * with stepwise mutation), the fixed part of every identification. Run:
 * {@code java -jar bench/target/benchmarks.jar Likelihood}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LikelihoodBenchmark {

    @Param({"ONE_PARENT", "BOTH_PARENTS", "TWO_SIBLINGS", "CHILD_AND_OTHER_PARENT", "GRANDPARENTS"})
    ReferenceConfiguration configuration;

    List<Marker> markers;
    Pedigree pedigree;
    Map<String, Profile> references;

    @Setup
    public void setUp() {
        markers = BenchData.markers(21, 1);
        SimulatedFamily f = new Simulator(markers, 3).family("F", configuration);
        pedigree = f.pedigree();
        references = f.references();
    }

    @Benchmark
    public ReferenceFamily prepareFamily() {
        return ReferenceFamily.prepare(pedigree, "MP", markers, references);
    }
}
