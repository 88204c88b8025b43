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
 * Each task builds an in-process {@link Screening} through its public API (the family profiles are
 * computed there, in the executor, on the task's cores), screens its slice against the whole other
 * side, and sends back only its top-K lists, which the driver merges exactly ({@link CandidateMerge}).
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
     * @param partitions slices of the partitioned side; 0 for twice the default parallelism (families
     *                   partitioned) or the default parallelism (remains partitioned)
     * @throws org.homeward.kinship.KinshipInputException for settings or remains the in-process engine
     *                                                    refuses, checked in the driver before any task runs
     */
    public static Outcome run(JavaSparkContext spark, Settings settings, List<Screening.Family> families,
                              List<Screening.Remains> remains, int partitions) {
        Job job = Job.of(settings);
        // Validate at the door, as the in-process engine would: settings, then every remains.
        job.screening(1).load(List.of(), remains);

        List<String[]> missing = new ArrayList<>();
        List<Screening.Refusal> duplicates = new ArrayList<>();
        List<Integer> duplicateOrdinals = new ArrayList<>();
        List<Wire.FamilyData> shipped = ship(families, missing, duplicates, duplicateOrdinals);
        List<Wire.RemainsData> remainsData = new ArrayList<>(remains.size());
        for (int r = 0; r < remains.size(); r++) {
            remainsData.add(Wire.RemainsData.of(r, remains.get(r)));
        }

        Layout layout = missing.size() >= remains.size() ? Layout.FAMILIES_PARTITIONED : Layout.REMAINS_PARTITIONED;
        int slices = partitions > 0 ? partitions
                : layout == Layout.FAMILIES_PARTITIONED ? 2 * spark.defaultParallelism() : spark.defaultParallelism();
        List<PartitionTops> parts;
        if (layout == Layout.FAMILIES_PARTITIONED) {
            Broadcast<List<Wire.RemainsData>> all = spark.broadcast(remainsData);
            parts = spark.parallelize(shipped, Math.max(1, Math.min(slices, shipped.size())))
                    .mapPartitionsWithIndex((index, slice) -> {
                        List<Wire.FamilyData> mine = new ArrayList<>();
                        slice.forEachRemaining(mine::add);
                        return List.of(job.screen(mine, all.value(), true)).iterator();
                    }, true).collect();
            all.destroy();
        } else {
            Broadcast<List<Wire.FamilyData>> all = spark.broadcast(shipped);
            parts = spark.parallelize(remainsData, Math.max(1, Math.min(slices, remainsData.size())))
                    .mapPartitionsWithIndex((index, slice) -> {
                        List<Wire.RemainsData> mine = new ArrayList<>();
                        slice.forEachRemaining(mine::add);
                        // Every task profiles every family; the first reports the refusals.
                        return List.of(job.screen(all.value(), mine, index == 0)).iterator();
                    }, true).collect();
            all.destroy();
        }
        return merge(settings.topK(), remains, missing, parts, duplicates, duplicateOrdinals, layout, parts.size());
    }

    /**
     * The families as they travel, each missing person numbered in input order; a missing person
     * listed again is refused here, as the in-process engine refuses holding one twice.
     */
    private static List<Wire.FamilyData> ship(List<Screening.Family> families, List<String[]> missing,
                                              List<Screening.Refusal> duplicates, List<Integer> duplicateOrdinals) {
        Set<String> seen = new HashSet<>();
        List<Wire.FamilyData> out = new ArrayList<>(families.size());
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
                out.add(Wire.FamilyData.of(f, kept, ordinals.stream().mapToInt(Integer::intValue).toArray()));
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

        /** The in-process engine with exactly these settings (no fitting: the markers are already fitted). */
        Screening screening(int threads) {
            return Screening.newBuilder().frequencies(markers.stream().map(Wire.MarkerData::toMarker).toList())
                    .minLr(minLr).topK(topK).sexConsistent(sexConsistent).threads(threads).build();
        }

        /** Screens these families against these remains and returns both sides' top-K lists in global ordinals. */
        PartitionTops screen(List<Wire.FamilyData> families, List<Wire.RemainsData> remains, boolean reportRefusals) {
            TaskContext task = TaskContext.get();
            Screening screening = screening(task == null ? 1 : Math.max(1, task.cpus()));
            Map<String, Integer> familyOrdinal = new HashMap<>();
            List<Screening.Family> toLoad = new ArrayList<>(families.size());
            for (Wire.FamilyData f : families) {
                toLoad.add(f.toFamily());
                for (int i = 0; i < f.missingPersons().size(); i++) {
                    familyOrdinal.put(key(f.id(), f.missingPersons().get(i)), f.ordinals()[i]);
                }
            }
            Map<String, Integer> remainsOrdinal = new HashMap<>();
            List<Screening.Remains> remainsToLoad = new ArrayList<>(remains.size());
            for (Wire.RemainsData r : remains) {
                remainsToLoad.add(r.toRemains());
                remainsOrdinal.put(r.profile().id(), r.ordinal());
            }
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
            for (Wire.RemainsData r : remains) {
                for (Candidate c : result.topFamilies(r.profile().id())) {
                    tops.add(PartitionTops.BY_REMAINS, r.ordinal(), familyOrdinal.get(key(c.familyId(), c.missingPerson())),
                            c.log10Lr(), c.markersCompared(), c.inconsistentMarkers());
                }
            }
            for (Wire.FamilyData f : families) {
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
