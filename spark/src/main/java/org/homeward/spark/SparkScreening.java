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
import java.util.stream.IntStream;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.homeward.kinship.screen.Candidate;
import org.homeward.kinship.screen.Screening;
import org.homeward.kinship.screen.ScreeningJob;
import org.homeward.kinship.screen.ScreeningResult;

/**
 * The in-process screening ({@link Screening}) run in Spark executors, with the same candidates: the
 * same LRs bit for bit, the same ranking, ties broken the same way.
 *
 * <pre>{@code
 * ScreeningJob.Settings settings = screening.jobSettings(); // markers as fitted, θ, dropout class, minLr, K, sex rule
 * SparkScreening.Outcome outcome = SparkScreening.run(sparkContext, settings, families, remains, 0);
 * }</pre>
 *
 * <p>The larger side is partitioned in input order and the other broadcast: families partitioned and
 * remains broadcast when there are at least as many missing persons as remains, the reverse otherwise.
 * Both travel packed ({@link Wire}) as broadcast byte arrays, one per slice and one for the whole other
 * side; the settings (markers with θ and the remains' dropout class) are rebuilt once per executor
 * ({@link ExecutorSide}). Each task builds an in-process
 * {@link Screening} through its public API, loads the other side and then its slice into it a chunk at a
 * time (the family profiles are computed there, in the executor, on the task's cores), screens, and
 * sends back only its top-K lists, which the driver merges exactly ({@link CandidateMerge}). By default
 * there is one partition per core: the costs of a task beyond the kernel (its own table memo, coding the
 * whole other side) are then paid once per core.
 * When remains are partitioned, every task computes every family's profile, so use that layout (and
 * few partitions) only when the families are few.
 */
public final class SparkScreening {

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
    public static Outcome run(JavaSparkContext spark, ScreeningJob.Settings settings, List<Screening.Family> families,
                              List<Screening.Remains> remains, int partitions) {
        Job job = new Job(settings.toBytes());
        // Validate at the door, as the in-process engine would: settings, then every remains.
        settings.builder().threads(1).build().load(List.of(), remains);

        List<String[]> missing = new ArrayList<>();
        List<Screening.Refusal> duplicates = new ArrayList<>();
        List<Integer> duplicateOrdinals = new ArrayList<>();
        List<Wire.Shipped> shipped = ship(families, missing, duplicates, duplicateOrdinals);

        Layout layout = missing.size() >= remains.size() ? Layout.FAMILIES_PARTITIONED : Layout.REMAINS_PARTITIONED;
        int partitioned = layout == Layout.FAMILIES_PARTITIONED ? shipped.size() : remains.size();
        int slices = Math.max(1, Math.min(partitions > 0 ? partitions : spark.defaultParallelism(), partitioned));
        List<Integer> firstOrdinals = IntStream.range(0, slices).mapToObj(i -> (int) ((long) i * partitioned / slices)).toList();
        boolean familiesSliced = layout == Layout.FAMILIES_PARTITIONED;
        // The slices and the whole other side packed on the driver's cores at once (idle until the tasks start).
        List<byte[]> packed = IntStream.rangeClosed(0, slices).parallel().mapToObj(i -> {
            if (i == slices) {
                return familiesSliced ? Wire.packRemains(remains) : Wire.packFamilies(shipped);
            }
            int from = firstOrdinals.get(i);
            int to = (int) ((long) (i + 1) * partitioned / slices);
            return familiesSliced ? Wire.packFamilies(shipped.subList(from, to)) : Wire.packRemains(remains.subList(from, to));
        }).toList();
        // Each slice is broadcast too, not carried in its task: a task then stays a few KiB, which Spark
        // recommends, and in local mode the executor reads the driver's array without a copy; on a cluster
        // an executor fetches only the slices of its own tasks.
        Broadcast<byte[]> whole = spark.broadcast(packed.get(slices));
        List<Broadcast<byte[]>> sliced = packed.subList(0, slices).stream().map(spark::broadcast).toList();
        String token = UUID.randomUUID().toString();
        List<PartitionTops> parts = spark.parallelize(IntStream.range(0, slices).boxed().toList(), slices).map(i -> {
            ScreeningJob.Settings executorSettings = ExecutorSide.get(token, job::settings);
            byte[] slice = sliced.get(i).value();
            // When remains are sliced, every task profiles every family; the first reports the refusals.
            return familiesSliced ? Job.screen(executorSettings, slice, whole.value(), 0, true)
                    : Job.screen(executorSettings, whole.value(), slice, firstOrdinals.get(i), i == 0);
        }).collect();
        whole.destroy();
        sliced.forEach(Broadcast::destroy);
        ExecutorSide.release(token);
        return merge(settings.topK(), remains, missing, parts, duplicates, duplicateOrdinals, layout, parts.size());
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

    /** The settings as they travel to the executors (in the kinship codec's form), and what a task does with its slice. */
    private record Job(byte[] packedSettings) implements Serializable {

        /** Families or remains unpacked and loaded at a time in a task. */
        private static final int CHUNK = 4096;

        /** What a task keeps of a family it loaded, to map the results back to global ordinals. */
        private record Held(String id, List<String> missingPersons, int[] ordinals) { }

        ScreeningJob.Settings settings() {
            return ScreeningJob.Settings.fromBytes(packedSettings);
        }

        /**
         * Screens the packed families against the packed remains (the first of them at {@code firstRemains}
         * in input order) and returns both sides' top-K lists in global ordinals. Both are loaded a chunk at
         * a time, remains first: the same screening as loading them at once, without ever holding all their
         * objects.
         */
        static PartitionTops screen(ScreeningJob.Settings settings, byte[] families, byte[] remains, int firstRemains, boolean reportRefusals) {
            TaskContext task = TaskContext.get();
            // The in-process engine with exactly these settings (no fitting: the markers are already fitted).
            Screening screening = settings.builder().threads(task == null ? 1 : Math.max(1, task.cpus())).build();
            List<String> remainsIds = new ArrayList<>();
            Wire.unpackRemains(remains, CHUNK, chunk -> {
                screening.load(List.of(), chunk);
                chunk.forEach(r -> remainsIds.add(r.profile().id()));
            });
            Map<String, Integer> remainsOrdinal = new HashMap<>();
            for (int r = 0; r < remainsIds.size(); r++) {
                remainsOrdinal.put(remainsIds.get(r), firstRemains + r);
            }
            List<Screening.Refusal> refusals = new ArrayList<>();
            List<Held> held = new ArrayList<>();
            Map<String, Integer> familyOrdinal = new HashMap<>();
            Wire.unpackFamilies(families, CHUNK, chunk -> {
                refusals.addAll(screening.load(chunk.stream().map(Wire.Shipped::family).toList(), List.of()));
                for (Wire.Shipped s : chunk) {
                    held.add(new Held(s.family().id(), s.family().missingPersons(), s.ordinals()));
                    for (int i = 0; i < s.ordinals().length; i++) {
                        familyOrdinal.put(key(s.family().id(), s.family().missingPersons().get(i)), s.ordinals()[i]);
                    }
                }
            });
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
            for (int r = 0; r < remainsIds.size(); r++) {
                for (Candidate c : result.topFamilies(remainsIds.get(r))) {
                    tops.add(PartitionTops.BY_REMAINS, firstRemains + r, familyOrdinal.get(key(c.familyId(), c.missingPerson())),
                            c.log10Lr(), c.markersCompared(), c.inconsistentMarkers());
                }
            }
            for (Held f : held) {
                for (int i = 0; i < f.missingPersons().size(); i++) {
                    String mp = f.missingPersons().get(i);
                    if (notHeld.contains(key(f.id(), mp))) {
                        continue;
                    }
                    for (Candidate c : result.topRemains(f.id(), mp)) {
                        tops.add(PartitionTops.BY_FAMILY, Objects.requireNonNull(remainsOrdinal.get(c.remainsId())), f.ordinals()[i],
                                c.log10Lr(), c.markersCompared(), c.inconsistentMarkers());
                    }
                }
            }
            return tops;
        }
    }
}
