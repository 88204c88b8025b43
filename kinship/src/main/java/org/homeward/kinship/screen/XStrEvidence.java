package org.homeward.kinship.screen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

import org.homeward.kinship.AllelePair;
import org.homeward.kinship.Chromosome;
import org.homeward.kinship.Hypothesis;
import org.homeward.kinship.InheritanceUnit;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.LrResult;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Observation;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;

/**
 * The X-STR part of a screening candidate, pair by pair after the screening (the kernel is not touched):
 * the exact X-linked LR of the remains as the missing person ({@link Hypothesis#missingPersonLr} with
 * {@link Chromosome#X} units: a man carries one X, a father passes his to every daughter and none to a son),
 * one marker per linkage group of Investigator Argus X-12 ({@link #LINKAGE_GROUPS}), the groups taken as
 * independent. The one computation behind the application's candidates and {@code homeward screen}.
 *
 * <p>Argus X-12's twelve markers lie in four clusters of three tightly linked markers, so markers of a
 * cluster are not independent. Per cluster one marker is used: the first of the cluster's order (most
 * polymorphic first) that the frequencies hold and the remains and a relative of known sex are typed at.
 * The choice follows only what is typed, never the LR. θ is not applied to X.
 */
public final class XStrEvidence {

    /** Argus X-12's linkage groups, each in the order its markers are tried: the most polymorphic first. */
    public static final Map<String, List<String>> LINKAGE_GROUPS = Map.of(
            "LG1", List.of("DXS10135", "DXS10148", "DXS8378"),
            "LG2", List.of("DXS10074", "DXS10079", "DXS7132"),
            "LG3", List.of("DXS10101", "DXS10103", "HPRTB"),
            "LG4", List.of("DXS10146", "DXS10134", "DXS7423"));

    /**
     * The X part of one pair.
     *
     * @param log10Lr   log10 of the X LR (−∞ when an X marker excludes)
     * @param units     the markers used, one per linkage group, with their LRs
     * @param relatives the pedigree ids of the relatives typed at those markers
     */
    public record Result(double log10Lr, List<Unit> units, List<String> relatives) {
        public Result {
            units = List.copyOf(units);
            relatives = List.copyOf(relatives);
        }
    }

    /** One marker standing for its linkage group, and its LR. */
    public record Unit(String linkageGroup, String marker, double lr) { }

    private XStrEvidence() {
    }

    /**
     * Per linkage group (in group order) the first of its markers, in the group's order, that {@code markers}
     * holds and {@code typed} accepts, mapped to its group.
     */
    public static Map<String, String> oneMarkerPerGroup(Map<String, Marker> markers, Predicate<String> typed) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String group : new TreeSet<>(LINKAGE_GROUPS.keySet())) {
            LINKAGE_GROUPS.get(group).stream().filter(name -> markers.containsKey(name) && typed.test(name)).findFirst()
                    .ifPresent(name -> out.put(name, group));
        }
        return out;
    }

    /** The marker with the alleles seen that it lacks added at the rare-allele frequency. */
    public static Marker withRare(Marker marker, List<String> seen, double frequency) {
        List<String> rare = seen.stream().distinct().filter(a -> marker.alleleIndex(a) < 0).toList();
        return rare.isEmpty() ? marker : marker.withRareAlleles(rare, frequency);
    }

    /**
     * The X part of one pair, or empty when no linkage group has a marker typed in the remains and a relative of known
     * sex, or the remains' sex is unknown or not the missing person's. An allele the frequencies lack is added at the
     * rare-allele frequency.
     *
     * @param relatives the typed relatives' X genotypes by pedigree id (a man's one allele written twice)
     * @param remainsX  the remains' X genotypes
     * @param markers   the X markers with frequencies and mutation models, by name
     * @throws KinshipInputException when the genotypes contradict the sexes (a man with two alleles) or the pedigree
     */
    public static Optional<Result> of(Pedigree pedigree, String missing, Map<String, Profile> relatives, Profile remainsX,
                                      Sex remainsSex, Map<String, Marker> markers, double rareAlleleFrequency) {
        if (remainsSex == Sex.UNKNOWN || remainsSex != pedigree.sex(pedigree.require(missing))) {
            return Optional.empty();
        }
        List<InheritanceUnit> units = new ArrayList<>();
        Map<String, Map<String, Observation>> references = new LinkedHashMap<>();
        Map<String, Observation> remains = new LinkedHashMap<>();
        TreeSet<String> used = new TreeSet<>();
        // a relative of unknown sex cannot be placed on X: one allele or two
        Function<String, List<String>> typedAt = name -> relatives.entrySet().stream()
                .filter(e -> e.getValue().genotypes().containsKey(name) && pedigree.sex(pedigree.require(e.getKey())) != Sex.UNKNOWN)
                .map(Map.Entry::getKey).toList();
        Map<String, String> groupOf = oneMarkerPerGroup(markers, name -> remainsX.genotypes().containsKey(name) && !typedAt.apply(name).isEmpty());
        for (String name : groupOf.keySet()) {
            AllelePair shown = remainsX.genotypes().get(name);
            List<String> seen = new ArrayList<>(List.of(shown.first(), shown.second()));
            remains.put(name, observation("the remains", remainsSex, name, shown));
            for (String person : typedAt.apply(name)) {
                AllelePair g = relatives.get(person).genotypes().get(name);
                seen.add(g.first());
                seen.add(g.second());
                references.computeIfAbsent(person, p -> new LinkedHashMap<>())
                        .put(name, observation("relative " + person, pedigree.sex(pedigree.require(person)), name, g));
                used.add(person);
            }
            units.add(InheritanceUnit.of(withRare(markers.get(name), seen, rareAlleleFrequency), Chromosome.X));
        }
        if (units.isEmpty()) {
            return Optional.empty();
        }
        LrResult lr = Hypothesis.of(pedigree).missingPersonLr(missing, units, references, remains, 0);
        List<Unit> parts = new ArrayList<>();
        groupOf.forEach((name, group) -> parts.add(new Unit(group, name, lr.perMarker().get(name))));
        return Optional.of(new Result(lr.log10Lr(), parts, List.copyOf(used)));
    }

    /** A man's X genotype is one allele (written twice); two different alleles contradict his sex. */
    private static Observation observation(String who, Sex sex, String marker, AllelePair g) {
        if (sex == Sex.MALE) {
            if (!g.first().equals(g.second())) {
                throw new KinshipInputException(who + " is a man but shows two alleles (" + g.first() + ", " + g.second()
                        + ") at the X-linked marker " + marker);
            }
            return Observation.hemizygous(g.first());
        }
        return Observation.pair(g.first(), g.second());
    }
}
