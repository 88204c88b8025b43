package org.homeward.kinship.screen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Marker;
import org.homeward.kinship.PairwiseLR;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Relationship;

/**
 * Finds remains that are the same person: a body sampled twice, or parts of one body that arrived in
 * different bags or transfers. Run before kinship screening so that one person is screened once.
 *
 * <p>Two profiles match when they agree at every marker typed in both (or differ at no more than
 * {@code maxMismatches}, for typing errors), share at least {@code minMarkers} typed markers, and
 * the direct-match LR over the agreeing markers, with θ as in NRC II 4.10, reaches {@code minLr}.
 * Matches are grouped transitively (union–find): each group is one putative person.
 */
public final class DirectMatcher {

    public record Options(double minLr, int minMarkers, int maxMismatches, double theta, int threads) {
        public Options {
            if (!(minLr >= 1) || minMarkers < 1 || maxMismatches < 0 || !(theta >= 0 && theta < 1) || threads < 1) {
                throw new KinshipInputException("direct matching needs minLr ≥ 1, minMarkers ≥ 1, maxMismatches ≥ 0, "
                        + "θ in [0, 1) and threads ≥ 1");
            }
        }

        public static Options defaults() {
            return new Options(1e6, 8, 0, 0, Runtime.getRuntime().availableProcessors());
        }
    }

    /** Two remains that are probably the same person. */
    public record Match(String first, String second, double log10Lr, int markersCompared, int mismatches) { }

    /** Remains grouped as one putative person, with the matches that joined them. */
    public record Group(List<String> remains, List<Match> matches) { }

    public record Result(List<Match> matches, List<Group> groups, long pairsCompared) { }

    private DirectMatcher() { }

    /** Matches the remains on these markers (each allele typed must be in its marker's table). */
    public static Result match(List<Marker> markerTables, List<Profile> remains, Options options) {
        MarkerPanel panel = new MarkerPanel(markerTables);
        int n = remains.size();
        int markers = panel.size();
        int[] slots = new int[n * markers];
        List<String> problems = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            try {
                System.arraycopy(panel.slotsOf(remains.get(r)), 0, slots, r * markers, markers);
            } catch (KinshipInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new KinshipInputException(problems);
        }
        double[] log10Match = new double[panel.slots()];
        for (int m = 0; m < markers; m++) {
            Marker marker = panel.marker(m);
            for (int g = 0; g < marker.genotypeCount(); g++) {
                log10Match[panel.offset(m) + g] = Math.log10(PairwiseLR.markerLr(marker, g, g, Relationship.SAME_PERSON, options.theta()));
            }
        }
        int[] missing = new int[markers];
        for (int m = 0; m < markers; m++) {
            missing[m] = panel.missingSlot(m);
        }
        double threshold = Math.log10(options.minLr());
        int threads = Math.min(options.threads(), Math.max(1, n));
        List<List<Match>> perThread = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            perThread.add(new ArrayList<>());
        }
        AtomicInteger nextRow = new AtomicInteger();
        Screening.onThreads(threads, "direct-match", t -> {
            List<Match> found = perThread.get(t);
            int i;
            while ((i = nextRow.getAndIncrement()) < n) {
                for (int j = i + 1; j < n; j++) {
                    compare(i, j, slots, markers, missing, log10Match, threshold, options, remains, found);
                }
            }
        });
        List<Match> matches = new ArrayList<>();
        perThread.forEach(matches::addAll);
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int r = 0; r < n; r++) {
            index.put(remains.get(r).id(), r);
        }
        matches.sort(Comparator.comparing((Match mt) -> index.get(mt.first())).thenComparing(mt -> index.get(mt.second())));
        return new Result(matches, group(matches, index, remains), (long) n * (n - 1) / 2);
    }

    /** One pair; the marker loop stops at the first mismatch beyond the allowance. */
    private static void compare(int i, int j, int[] slots, int markers, int[] missing, double[] log10Match,
                                double threshold, Options options, List<Profile> remains, List<Match> found) {
        int a = i * markers;
        int b = j * markers;
        int compared = 0;
        int mismatches = 0;
        double log10 = 0;
        for (int m = 0; m < markers; m++) {
            int x = slots[a + m];
            int y = slots[b + m];
            if (x == missing[m] || y == missing[m]) {
                continue;
            }
            compared++;
            if (x != y) {
                if (++mismatches > options.maxMismatches()) {
                    return;
                }
                continue;
            }
            log10 += log10Match[x];
        }
        if (compared >= options.minMarkers() && log10 >= threshold) {
            found.add(new Match(remains.get(i).id(), remains.get(j).id(), log10, compared, mismatches));
        }
    }

    private static List<Group> group(List<Match> matches, Map<String, Integer> index, List<Profile> remains) {
        int[] parent = new int[remains.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (Match m : matches) {
            int x = find(parent, index.get(m.first()));
            int y = find(parent, index.get(m.second()));
            if (x != y) {
                parent[Math.max(x, y)] = Math.min(x, y);
            }
        }
        Map<Integer, List<String>> members = new LinkedHashMap<>();
        Map<Integer, List<Match>> joined = new LinkedHashMap<>();
        for (int r = 0; r < remains.size(); r++) {
            members.computeIfAbsent(find(parent, r), k -> new ArrayList<>()).add(remains.get(r).id());
        }
        for (Match m : matches) {
            joined.computeIfAbsent(find(parent, index.get(m.first())), k -> new ArrayList<>()).add(m);
        }
        List<Group> groups = new ArrayList<>();
        members.forEach((root, ids) -> {
            if (ids.size() > 1) {
                groups.add(new Group(List.copyOf(ids), List.copyOf(joined.get(root))));
            }
        });
        return groups;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
