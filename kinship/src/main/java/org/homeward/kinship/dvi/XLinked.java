package org.homeward.kinship.dvi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.kinship.AllelePair;
import org.homeward.kinship.Chromosome;
import org.homeward.kinship.Hypothesis;
import org.homeward.kinship.InheritanceUnit;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Observation;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;

/**
 * The X-linked markers of a DVI problem, with the pedigree engine's X likelihoods (a man carries one X
 * allele, written twice in a profile; a father passes his to every daughter and none to a son). Each
 * marker is one independent unit.
 *
 * <p>A sample's X genotypes are used where its sex is known, is the sex of the pedigree place it takes,
 * and it is typed clean: a victim of unknown sex, or under a dropout model, contributes no X evidence,
 * and a victim placed as a missing person of another or unknown sex (only with sex ignored) counts on X
 * as an unrelated person of its own sex. References of unknown sex are left out on X.
 */
final class XLinked {

    static final XLinked NONE = new XLinked(List.of());

    private final List<Marker> markers;
    private final List<InheritanceUnit> units;
    /** The same units without mutation: the Mendelian check. */
    private final List<InheritanceUnit> mendelian;

    XLinked(List<Marker> markers) {
        this.markers = List.copyOf(markers);
        this.units = markers.stream().map(m -> InheritanceUnit.of(m, Chromosome.X)).toList();
        this.mendelian = markers.stream().map(m -> InheritanceUnit.of(m.withoutMutation(), Chromosome.X)).toList();
    }

    List<Marker> markers() {
        return markers;
    }

    boolean isEmpty() {
        return markers.isEmpty();
    }

    /** Whether a sample of this sex (under a dropout model or not) has its X genotypes used in a place of {@code placeSex}. */
    static boolean usable(Sex sampleSex, Sex placeSex, boolean underDropout) {
        return sampleSex != Sex.UNKNOWN && sampleSex == placeSex && !underDropout;
    }

    /** The profile as placed in a pedigree place of {@code placeSex}: its X genotypes removed unless {@link #usable}. */
    Profile forPlace(Profile profile, Sex sampleSex, Sex placeSex, boolean underDropout) {
        return usable(sampleSex, placeSex, underDropout) ? profile : autosomal(profile);
    }

    /** The profiles without their X genotypes: what the autosomal engine reads. */
    Map<String, Profile> autosomal(Map<String, Profile> profiles) {
        Map<String, Profile> out = new LinkedHashMap<>();
        profiles.forEach((person, p) -> out.put(person, autosomal(p)));
        return out;
    }

    private Profile autosomal(Profile profile) {
        if (markers.stream().noneMatch(m -> profile.genotypes().containsKey(m.name()))) {
            return profile;
        }
        Map<String, AllelePair> kept = new LinkedHashMap<>(profile.genotypes());
        markers.forEach(m -> kept.remove(m.name()));
        return new Profile(profile.id(), kept);
    }

    /** The typed persons' X observations on the pedigree by person, then marker; persons of unknown sex left out. */
    Map<String, Map<String, Observation>> observations(Pedigree pedigree, Map<String, Profile> typed) {
        Map<String, Map<String, Observation>> out = new LinkedHashMap<>();
        typed.forEach((person, profile) -> {
            Sex sex = pedigree.sex(pedigree.require(person));
            Map<String, Observation> own = observations(profile, sex, "'" + person + "'");
            if (sex != Sex.UNKNOWN && !own.isEmpty()) {
                out.put(person, own);
            }
        });
        return out;
    }

    /**
     * A sample's X observations as a person of {@code sex}: a man's one allele (shown as a homozygote).
     *
     * @throws KinshipInputException when a man shows two different alleles
     */
    Map<String, Observation> observations(Profile profile, Sex sex, String who) {
        Map<String, Observation> out = new LinkedHashMap<>();
        for (Marker m : markers) {
            AllelePair g = profile.genotype(m.name());
            if (g == null) {
                continue;
            }
            if (sex == Sex.MALE && !g.first().equals(g.second())) {
                throw new KinshipInputException(who + " is a man but shows two alleles (" + g.first() + ", " + g.second()
                        + ") at the X-linked marker " + m.name());
            }
            out.put(m.name(), sex == Sex.MALE ? Observation.hemizygous(g.first()) : Observation.pair(g));
        }
        return out;
    }

    /** Natural log of the typed persons' X genotypes on the pedigree (mutation included). */
    double logLikelihood(Pedigree pedigree, Map<String, Profile> typed) {
        Map<String, Map<String, Observation>> observed = observations(pedigree, typed);
        Hypothesis h = Hypothesis.of(pedigree);
        double sum = 0;
        for (InheritanceUnit u : units) {
            sum += h.logLikelihood(u, observed, 0);
        }
        return sum;
    }

    /** Natural log of an unrelated person's X genotypes: f(a) per marker for a man, the Hardy–Weinberg frequency for a woman. */
    double logUnrelated(Profile profile, Sex sex) {
        double sum = 0;
        for (Map.Entry<String, Observation> e : observations(profile, sex, "'" + profile.id() + "'").entrySet()) {
            sum += Math.log(unrelated(marker(e.getKey()), e.getValue()));
        }
        return sum;
    }

    /** The X names the references of one missing person impossible at, mutation included (for the problem's check). */
    List<String> impossible(Pedigree pedigree, Map<String, Profile> references) {
        Map<String, Map<String, Observation>> observed = observations(pedigree, references);
        Hypothesis h = Hypothesis.of(pedigree);
        List<String> out = new ArrayList<>();
        for (InheritanceUnit u : units) {
            if (h.logLikelihood(u, observed, 0) == Double.NEGATIVE_INFINITY) {
                out.add(u.name());
            }
        }
        return out;
    }

    /**
     * log10 of the X part of the identification LR ({@link Hypothesis#missingPersonLr}): the remains as the
     * missing person against an unrelated person of the missing person's sex; 0 when the remains are not
     * usable in that place.
     */
    double log10Lr(Pedigree pedigree, String missing, Map<String, Profile> references, DviProblem.Victim remains) {
        Sex place = pedigree.sex(pedigree.require(missing));
        if (isEmpty() || !usable(remains.sex(), place, remains.dropout() != null)) {
            return 0;
        }
        return Hypothesis.of(pedigree).missingPersonLr(missing, units, observations(pedigree, references),
                observations(remains.profile(), place, "victim '" + remains.id() + "'"), 0).log10Lr();
    }

    /**
     * X markers at which the remains cannot be the missing person without a mutation; as for autosomal
     * markers, one at which the references themselves need a mutation counts for every remains.
     */
    int incompatibleMarkers(Pedigree pedigree, String missing, Map<String, Profile> references, DviProblem.Victim remains) {
        if (isEmpty()) {
            return 0;
        }
        Sex place = pedigree.sex(pedigree.require(missing));
        Map<String, Map<String, Observation>> observed = observations(pedigree, references);
        Map<String, Observation> shown = usable(remains.sex(), place, remains.dropout() != null)
                ? observations(remains.profile(), place, "victim '" + remains.id() + "'") : Map.of();
        Map<String, Map<String, Observation>> placed = new LinkedHashMap<>(observed);
        placed.put(missing, shown);
        Hypothesis h = Hypothesis.of(pedigree);
        int count = 0;
        for (InheritanceUnit u : mendelian) {
            if (h.logLikelihood(u, observed, 0) == Double.NEGATIVE_INFINITY
                    || shown.containsKey(u.name()) && h.logLikelihood(u, placed, 0) == Double.NEGATIVE_INFINITY) {
                count++;
            }
        }
        return count;
    }

    /**
     * The missing person's X genotype distribution at one marker given the typed persons (by pedigree id), mutation
     * included, over {@link #genotypes}: exact, each possible genotype placed in turn.
     */
    double[] distribution(Pedigree pedigree, String missing, Map<String, Map<String, Observation>> typed, Marker marker) {
        Sex sex = pedigree.sex(pedigree.require(missing));
        InheritanceUnit unit = InheritanceUnit.of(marker, Chromosome.X);
        Hypothesis h = Hypothesis.of(pedigree);
        double base = h.logLikelihood(unit, typed, 0);
        List<Observation> genotypes = genotypes(marker, sex);
        double[] p = new double[genotypes.size()];
        Map<String, Map<String, Observation>> placed = new LinkedHashMap<>(typed);
        for (int g = 0; g < p.length; g++) {
            placed.put(missing, Map.of(marker.name(), genotypes.get(g)));
            p[g] = Math.exp(h.logLikelihood(unit, placed, 0) - base);
        }
        return p;
    }

    /** Every X genotype of a person of {@code sex} at the marker: its alleles for a man, its genotypes in index order for a woman. */
    static List<Observation> genotypes(Marker marker, Sex sex) {
        List<Observation> out = new ArrayList<>();
        if (sex == Sex.MALE) {
            for (int a = 0; a < marker.alleleCount(); a++) {
                out.add(Observation.hemizygous(marker.allele(a)));
            }
        } else {
            for (int g = 0; g < marker.genotypeCount(); g++) {
                out.add(Observation.pair(marker.allele(Marker.lowerAllele(g)), marker.allele(Marker.upperAllele(g))));
            }
        }
        return out;
    }

    /** An unrelated person's probability of showing the observation: f(a) for a man, the Hardy–Weinberg frequency for a woman. */
    static double unrelated(Marker marker, Observation o) {
        if (o.kind() == Observation.Kind.HEMIZYGOUS) {
            return marker.frequency(marker.alleleIndex(o.allele()));
        }
        return marker.genotypeFrequency(marker.genotypeIndex(o.allele(), o.other()));
    }

    private Marker marker(String name) {
        return markers.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }
}
