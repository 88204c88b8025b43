package org.homeward.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.homeward.kinship.Marker;
import org.homeward.kinship.screen.Candidate;
import org.homeward.kinship.screen.Screening;
import org.homeward.kinship.screen.ScreeningResult;

/**
 * The in-process screening ({@link Screening}) run in Spark executors, with the same candidates: the
 * same LRs bit for bit, the same ranking, ties broken the same way.
 *
 * <pre>{@code
 * SparkScreening.Settings settings = new SparkScreening.Settings(screening.markers(), minLr, topK, sexConsistent);
 * SparkScreening.Outcome outcome = SparkScreening.run(sparkContext, settings, families, remains, 0);
 * }</pre>
 *
 * <p>The larger side is partitioned in input order and the other broadcast: families partitioned and
 * remains broadcast when there are at least as many missing persons as remains, the reverse otherwise.
 * Both travel packed ({@link Wire}): one byte array per partition, and one broadcast array that each
 * executor unpacks once for all its tasks, with the markers ({@link ExecutorSide}). Each task builds an
 * in-process {@link Screening} through its public API (the family profiles are computed there, in the
 * executor, on the task's cores), screens its slice against the whole other side, and sends back only
 * its top-K lists, which the driver merges exactly ({@link CandidateMerge}). By default there is one
 * partition per core: the costs of a task beyond the kernel (its own table memo, unpacking its slice)
 * are then paid once per core.
 * When remains are partitioned, every task computes every family's profile, so use that layout (and
 * few partitions) only when the families are few.
 */
public final class SparkScreening {

    /**
     * What the in-process builder would be given: the markers to screen (already fitted, e.g.
     * {@link Screening#markers()} of a screening built with {@code fitTo}), the LR threshold, the list
     * length and whether sexes must agree.
     */
    public record Settings(List<Marker> markers, double minLr, int topK, boolean sexConsistent) {
        public Settings {
            markers = List.copyOf(markers);
        }
    }

    public enum Layout { FAMILIES_PARTITIONED, REMAINS_PARTITIONED }

    /** The candidates (as {@code ScreeningResult.candidates()} gives them), the pair counts and the refused missing persons in input order. */
    public record Outcome(List<Candidate> candidates, long pairsScreened, long pairsAboveThreshold,
                          List<Screening.Refusal> refusals, Layout layout, int partitions) { }

    private SparkScreening() { }

    /**
     * Screens every remains against every family's missing persons on the cluster behind {@code spark}.
     *
     * @param partitions slices of the partitioned side; 0 for the default parallelism (the cores of a
     *                   local master): one task per core, so the per-task costs are paid once per core
     * @throws org.homeward.kinship.KinshipInputException for settings or remains the in-process engine
     *                                                    refuses, checked in the driver before any task runs
     */
    public static Outcome run(JavaSparkContext spark, Settings settings, List<Screening.Family> families,
                              List<Screening.Remains> remains, int partitions) {
        Job job = Job.of(settings);
        // Validate at the door, as the in-process engine would: settings, then every remains.
        job.screening(job.toMarkers(), 1).load(List.of(), remains);

        List<String[]> missing = new ArrayList<>();
        List<Screening.Refusal> duplicates = new ArrayList<>();
        List<Integer> duplicateOrdinals = new ArrayList<>();
        List<Wire.Shipped> shipped = ship(families, missing, duplicates, duplicateOrdinals);

        Layout layout = missing.size() >= remains.size() ? Layout.FAMILIES_PARTITIONED : Layout.REMAINS_PARTITIONED;
        int partitioned = layout == Layout.FAMILIES_PARTITIONED ? shipped.size() : remains.size();
        int slices = Math.max(1, Math.min(partitions > 0 ? partitions : spark.defaultParallelism(), partitioned));
        // One packed slice per partition, packed on the driver's cores at once (idle until the tasks start);
        // the other side packed once, broadcast, and unpacked once per executor.
        List<Integer> firstOrdinals = IntStream.range(0, slices).mapToObj(i -> (int) ((long) i * partitioned / slices)).toList();
        List<byte[]> packedSlices = IntStream.range(0, slices).parallel().mapToObj(i -> {
            int from = firstOrdinals.get(i);
            int to = (int) ((long) (i + 1) * partitioned / slices);
            return layout == Layout.FAMILIES_PARTITIONED ? Wire.packFamilies(shipped.subList(from, to)) : Wire.packRemains(remains.subList(from, to));
        }).toList();
        String token = UUID.randomUUID().toString();
        List<PartitionTops> parts;
        if (layout == Layout.FAMILIES_PARTITIONED) {
            Broadcast<byte[]> all = spark.broadcast(Wire.packRemains(remains));
            parts = spark.parallelize(packedSlices, slices).map(slice -> {
                Shared<RemainsSide> shared = job.shared(token, () -> RemainsSide.of(0, Wire.unpackRemains(all.value())));
                return job.screen(shared.markers(), FamilySide.of(Wire.unpackFamilies(slice)), shared.side(), true);
            }).collect();
            all.destroy();
        } else {
            Broadcast<byte[]> all = spark.broadcast(Wire.packFamilies(shipped));
            parts = spark.parallelize(firstOrdinals, slices).zip(spark.parallelize(packedSlices, slices)).map(slice -> {
                Shared<FamilySide> shared = job.shared(token, () -> FamilySide.of(Wire.unpackFamilies(all.value())));
                // Every task profiles every family; the first reports the refusals.
                return job.screen(shared.markers(), shared.side(), RemainsSide.of(slice._1(), Wire.unpackRemains(slice._2())),
                        slice._1() == 0);
            }).collect();
            all.destroy();
        }
        ExecutorSide.release(token);
        return merge(settings.topK(), remains, missing, parts, duplicates, duplicateOrdinals, layout, parts.size());
    }

    /** What a run's tasks share in one executor: the markers and the broadcast side. */
    private record Shared<S>(List<Marker> markers, S side) { }

    /** Families with their missing persons' ordinals, by family id and missing person. */
    private record FamilySide(List<Wire.Shipped> families, Map<String, Integer> ordinals) {
        static FamilySide of(List<Wire.Shipped> families) {
            Map<String, Integer> ordinals = new HashMap<>();
            for (Wire.Shipped s : families) {
                for (int i = 0; i < s.ordinals().length; i++) {
                    ordinals.put(key(s.family().id(), s.family().missingPersons().get(i)), s.ordinals()[i]);
                }
            }
            return new FamilySide(families, ordinals);
        }
    }

    /** A contiguous run of remains from {@code first} in input order, with each one's ordinal by id. */
    private record RemainsSide(int first, List<Screening.Remains> remains, Map<String, Integer> ordinals) {
        static RemainsSide of(int first, List<Screening.Remains> remains) {
            Map<String, Integer> ordinals = new HashMap<>();
            for (int i = 0; i < remains.size(); i++) {
                ordinals.put(remains.get(i).profile().id(), first + i);
            }
            return new RemainsSide(first, remains, ordinals);
        }
    }

    /**
     * The families as they travel, each missing person numbered in input order; a missing person
     * listed again is refused here, as the in-process engine refuses holding one twice.
     */
    private static List<Wire.Shipped> ship(List<Screening.Family> families, List<String[]> missing,
                                           List<Screening.Refusal> duplicates, List<Integer> duplicateOrdinals) {
        Set<String> seen = new HashSet<>();
        List<Wire.Shipped> out = new ArrayList<>(families.size());
        int ordinal = 0;
        for (Screening.Family f : families) {
            List<String> kept = new ArrayList<>();
            List<Integer> ordinals = new ArrayList<>();
            for (String mp : f.missingPersons()) {
                if (seen.add(key(f.id(), mp))) {
                    kept.add(mp);
                    ordinals.add(ordinal);
                } else {
                    duplicates.add(new Screening.Refusal(f.id(), mp,
                            List.of("family '" + f.id() + "' with missing person '" + mp + "' is already held")));
                    duplicateOrdinals.add(ordinal);
                }
                missing.add(new String[] {f.id(), mp});
                ordinal++;
            }
            if (!kept.isEmpty()) {
                out.add(new Wire.Shipped(kept.size() == f.missingPersons().size() ? f : new Screening.Family(f.id(), f.pedigree(), kept, f.references()),
                        ordinals.stream().mapToInt(Integer::intValue).toArray()));
            }
        }
        return out;
    }

    private static Outcome merge(int topK, List<Screening.Remains> remains, List<String[]> missing, List<PartitionTops> parts,
                                 List<Screening.Refusal> duplicates, List<Integer> duplicateOrdinals, Layout layout, int partitions) {
        CandidateMerge merge = new CandidateMerge(topK, remains.size(), missing.size());
        long pairs = 0;
        long above = 0;
        List<PartitionTops.Refused> refused = new ArrayList<>();
        for (int i = 0; i < duplicates.size(); i++) {
            Screening.Refusal d = duplicates.get(i);
            refused.add(new PartitionTops.Refused(duplicateOrdinals.get(i), d.familyId(), d.missingPerson(), d.problems()));
        }
        for (PartitionTops p : parts) {
            merge.add(p);
            pairs += p.pairsScreened;
            above += p.pairsAboveThreshold;
            refused.addAll(p.refused);
        }
        refused.sort(Comparator.comparingInt(PartitionTops.Refused::ordinal));
        List<Candidate> candidates = new ArrayList<>();
        for (CandidateMerge.Pair p : merge.pairs()) {
            String[] f = missing.get(p.family());
            candidates.add(new Candidate(remains.get(p.remains()).profile().id(), f[0], f[1], p.log10Lr(), p.markersCompared(),
                    p.inconsistentMarkers()));
        }
        List<Screening.Refusal> refusals = refused.stream()
                .map(r -> new Screening.Refusal(r.familyId(), r.missingPerson(), r.problems())).toList();
        return new Outcome(List.copyOf(candidates), pairs, above, refusals, layout, partitions);
    }

    static String key(String familyId, String missingPerson) {
        return familyId + '\u0000' + missingPerson;
    }

    /** The settings as they travel to the executors, and what a task does with its slice. */
    private record Job(List<Wire.MarkerData> markers, double minLr, int topK, boolean sexConsistent) implements Serializable {

        static Job of(Settings s) {
            return new Job(s.markers().stream().map(Wire.MarkerData::of).toList(), s.minLr(), s.topK(), s.sexConsistent());
        }

        List<Marker> toMarkers() {
            return markers.stream().map(Wire.MarkerData::toMarker).toList();
        }

        /** The markers and the broadcast side of this run in this executor, made by its first task. */
        <S> Shared<S> shared(String token, Supplier<S> side) {
            return ExecutorSide.get(token, () -> new Shared<>(toMarkers(), side.get()));
        }

        /** The in-process engine with exactly these settings (no fitting: the markers are already fitted). */
        Screening screening(List<Marker> markers, int threads) {
            return Screening.newBuilder().frequencies(markers)
                    .minLr(minLr).topK(topK).sexConsistent(sexConsistent).threads(threads).build();
        }

        /** Screens these families against these remains and returns both sides' top-K lists in global ordinals. */
        PartitionTops screen(List<Marker> markers, FamilySide families, RemainsSide remains, boolean reportRefusals) {
            TaskContext task = TaskContext.get();
            Screening screening = screening(markers, task == null ? 1 : Math.max(1, task.cpus()));
            Map<String, Integer> familyOrdinal = families.ordinals();
            Map<String, Integer> remainsOrdinal = remains.ordinals();
            List<Screening.Family> toLoad = families.families().stream().map(Wire.Shipped::family).toList();
            List<Screening.Remains> remainsToLoad = remains.remains();
            List<Screening.Refusal> refusals = screening.load(toLoad, remainsToLoad);
            ScreeningResult result = screening.run();

            PartitionTops tops = new PartitionTops();
            tops.pairsScreened = result.pairsScreened();
            tops.pairsAboveThreshold = result.pairsAboveThreshold();
            Set<String> notHeld = new HashSet<>();
            for (Screening.Refusal r : refusals) {
                notHeld.add(key(r.familyId(), r.missingPerson()));
                if (reportRefusals) {
                    tops.refused.add(new PartitionTops.Refused(familyOrdinal.get(key(r.familyId(), r.missingPerson())),
                            r.familyId(), r.missingPerson(), List.copyOf(r.problems())));
                }
            }
            for (int r = 0; r < remainsToLoad.size(); r++) {
                for (Candidate c : result.topFamilies(remainsToLoad.get(r).profile().id())) {
                    tops.add(PartitionTops.BY_REMAINS, remains.first() + r, familyOrdinal.get(key(c.familyId(), c.missingPerson())),
                            c.log10Lr(), c.markersCompared(), c.inconsistentMarkers());
                }
            }
            for (Wire.Shipped s : families.families()) {
                Screening.Family f = s.family();
                for (int i = 0; i < f.missingPersons().size(); i++) {
                    String mp = f.missingPersons().get(i);
                    if (notHeld.contains(key(f.id(), mp))) {
                        continue;
                    }
                    for (Candidate c : result.topRemains(f.id(), mp)) {
                        tops.add(PartitionTops.BY_FAMILY, Objects.requireNonNull(remainsOrdinal.get(c.remainsId())), s.ordinals()[i],
                                c.log10Lr(), c.markersCompared(), c.inconsistentMarkers());
                    }
                }
            }
            return tops;
        }
    }
}
