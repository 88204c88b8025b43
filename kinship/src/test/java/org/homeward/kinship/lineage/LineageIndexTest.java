package org.homeward.kinship.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The indexes find exactly what comparing the remains with every family finds. */
class LineageIndexTest {

    private static final List<String> LOCI = List.of("DYS19", "DYS385", "DYS439");

    @Test
    void yIndexAgreesWithComparingEveryFamily() {
        Random random = new Random(18);
        YLineageIndex<Integer> index = new YLineageIndex<>(LOCI);
        List<YHaplotype> families = new ArrayList<>();
        for (int f = 0; f < 400; f++) {
            YHaplotype h = randomY(random, f % 50 == 0);
            families.add(h);
            index.add(f, h);
        }
        int found = 0;
        for (int r = 0; r < 300; r++) {
            YHaplotype remains = r % 3 == 0 ? families.get(random.nextInt(families.size())) : randomY(random, r % 40 == 0);
            Set<Integer> same = new HashSet<>();
            Set<Integer> near = new HashSet<>();
            for (int f = 0; f < families.size(); f++) {
                int steps = stepsOverShared(families.get(f), remains);
                (steps == 0 ? same : steps == 1 ? near : new HashSet<Integer>()).add(f);
            }
            LineageHits<Integer> hits = index.lookUp(remains);
            assertThat(hits.same()).as("remains %s", remains).isEqualTo(same);
            assertThat(hits.oneStep()).as("remains %s", remains).isEqualTo(near);
            found += same.size() + near.size();
        }
        assertThat(found).isGreaterThan(100);
    }

    @Test
    void mtIndexAgreesWithComparingEveryFamily() {
        Random random = new Random(1818);
        MtRegion region = MtRegion.parse("HVS-I+HVS-II");
        MtLineageIndex<Integer> index = new MtLineageIndex<>(region);
        List<MtHaplotype> families = new ArrayList<>();
        for (int f = 0; f < 400; f++) {
            MtHaplotype h = randomMt(random, region);
            families.add(h);
            index.add(f, h);
        }
        int found = 0;
        for (int r = 0; r < 300; r++) {
            MtHaplotype remains = randomMt(random, r % 10 == 0 ? MtRegion.parse("HVS-I") : region);
            Set<Integer> same = new HashSet<>();
            Set<Integer> near = new HashSet<>();
            for (int f = 0; f < families.size(); f++) {
                switch (MtComparison.of(families.get(f), remains).verdict()) {
                    case CANNOT_EXCLUDE -> same.add(f);
                    case INCONCLUSIVE -> near.add(f);
                    case EXCLUSION -> { }
                }
            }
            LineageHits<Integer> hits = index.lookUp(remains);
            assertThat(hits.same()).as("remains %s", remains).isEqualTo(same);
            assertThat(hits.oneStep()).as("remains %s", remains).isEqualTo(near);
            found += same.size() + near.size();
        }
        assertThat(found).isGreaterThan(100);
    }

    private static YHaplotype randomY(Random random, boolean partial) {
        Map<String, List<YAllele>> map = new TreeMap<>();
        map.put("DYS19", List.of(new YAllele(14 + random.nextInt(3), 0)));
        map.put("DYS385", List.of(new YAllele(11 + random.nextInt(3), 0), new YAllele(13 + random.nextInt(3), 0)));
        if (!partial) {
            map.put("DYS439", List.of(new YAllele(11 + random.nextInt(2), random.nextInt(20) == 0 ? 2 : 0)));
        }
        return new YHaplotype(map);
    }

    private static int stepsOverShared(YHaplotype a, YHaplotype b) {
        int steps = 0;
        for (String locus : LOCI) {
            List<YAllele> x = a.alleles().get(locus);
            List<YAllele> y = b.alleles().get(locus);
            if (x != null && y != null) {
                for (int i = 0; i < x.size(); i++) {
                    steps += x.get(i).partial() != y.get(i).partial() ? 2 : Math.abs(x.get(i).repeats() - y.get(i).repeats());
                }
            }
        }
        return steps;
    }

    private static final String[] SITES = {"16093C", "16129A", "16223T", "16311C", "73G", "152C", "263G", "315.1C", "16093Y", "152Y", "309.1C"};

    private static MtHaplotype randomMt(Random random, MtRegion region) {
        List<String> variants = new ArrayList<>();
        Set<String> positions = new HashSet<>();
        for (String site : SITES) {
            String position = site.replaceAll("[A-Z]$", "");
            boolean rare = site.endsWith("Y");
            if (random.nextInt(rare ? 12 : 3) == 0 && positions.add(position)
                    && region.contains(Integer.parseInt(position.replaceAll("\\..*", "")))) {
                variants.add(site);
            }
        }
        return MtHaplotype.parse(region, String.join(" ", variants));
    }
}
