package org.homeward.kinship.lineage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.homeward.kinship.KinshipInputException;

/**
 * The stretches of the mtDNA control region a haplotype was read over: ranges of rCRS positions,
 * inclusive. Named ranges: HVS-I 16024–16365, HVS-II 73–340, HVS-III 438–574 and the whole control
 * region CR (16024–16569 and 1–576). An insertion after position p belongs to the region when p does.
 */
public record MtRegion(List<Range> ranges) {

    /** Positions {@code first} to {@code last} inclusive. */
    public record Range(int first, int last) {
        public Range {
            if (first < 1 || last > MtVariant.RCRS_LENGTH || first > last) {
                throw new KinshipInputException("mtDNA range " + first + "-" + last + " is not a range of rCRS positions");
            }
        }

        @Override
        public String toString() {
            return first + "-" + last;
        }
    }

    private static final Map<String, List<Range>> NAMED = Map.of(
            "HVS-I", List.of(new Range(16024, 16365)),
            "HVS-II", List.of(new Range(73, 340)),
            "HVS-III", List.of(new Range(438, 574)),
            "CR", List.of(new Range(16024, 16569), new Range(1, 576)));

    public MtRegion {
        ranges = List.copyOf(ranges);
        if (ranges.isEmpty()) {
            throw new KinshipInputException("an mtDNA region needs at least one range");
        }
    }

    /**
     * Reads a region as named ranges and position ranges joined by '+' or ';': "HVS-I+HVS-II", "CR",
     * "16024-16365;73-340".
     */
    public static MtRegion parse(String text) {
        List<Range> ranges = new ArrayList<>();
        for (String part : text.split("[+;]")) {
            String p = part.strip().toUpperCase(Locale.ROOT).replace("HVS1", "HVS-I").replace("HVS2", "HVS-II")
                    .replace("HVS3", "HVS-III").replace("CONTROL REGION", "CR");
            List<Range> named = NAMED.get(p);
            if (named != null) {
                ranges.addAll(named);
            } else if (p.matches("\\d{1,5}-\\d{1,5}")) {
                String[] ends = p.split("-");
                ranges.add(new Range(Integer.parseInt(ends[0]), Integer.parseInt(ends[1])));
            } else {
                throw new KinshipInputException("'" + part.strip() + "' is not an mtDNA region (HVS-I, HVS-II, HVS-III, CR or first-last)");
            }
        }
        return new MtRegion(ranges);
    }

    public boolean contains(int position) {
        return ranges.stream().anyMatch(r -> r.first() <= position && position <= r.last());
    }

    /** Whether every position of {@code other} is in this region. */
    public boolean covers(MtRegion other) {
        return other.ranges.stream().allMatch(r -> IntStream.rangeClosed(r.first(), r.last()).allMatch(this::contains));
    }

    @Override
    public String toString() {
        return ranges.stream().map(Range::toString).collect(Collectors.joining(";"));
    }
}
