package org.homeward.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.homeward.kinship.Marker;
import org.homeward.kinship.screen.Screening;
import org.homeward.kinship.sim.ReferenceConfiguration;
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
 * Building screening profiles (the missing person's log10 LR table at 21 markers with stepwise
 * mutation) for 200 distinct simulated families of one configuration, into a fresh screening each
 * time, on one thread: what loading families costs, sharing between equal inputs included. Scores
 * are per family. Run: {@code java -jar bench/target/benchmarks.jar FamilyProfile}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FamilyProfileBenchmark {

    static final int FAMILIES = 200;

    @Param({"ONE_PARENT", "BOTH_PARENTS", "ONE_SIBLING", "TWO_SIBLINGS", "CHILD_AND_OTHER_PARENT", "HALF_SIBLING",
            "GRANDPARENTS"})
    ReferenceConfiguration configuration;

    List<Marker> markers;
    List<Screening.Family> families;

    @Setup
    public void setUp() {
        markers = BenchData.markers(21, 1);
        Simulator sim = new Simulator(markers, 3);
        families = new ArrayList<>();
        for (int f = 0; f < FAMILIES; f++) {
            SimulatedFamily fam = sim.family("F" + f, configuration);
            families.add(new Screening.Family(fam.id(), fam.pedigree(), List.of(fam.missingPerson()), fam.references()));
        }
    }

    @Benchmark
    @OperationsPerInvocation(FAMILIES)
    public int buildProfiles() {
        Screening screening = Screening.newBuilder().frequencies(markers).threads(1).build();
        return screening.load(families, List.of()).size();
    }
}
