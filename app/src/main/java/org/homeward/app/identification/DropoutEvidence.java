package org.homeward.app.identification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.homeward.kinship.Chromosome;
import org.homeward.kinship.Hypothesis;
import org.homeward.kinship.InheritanceUnit;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.LrResult;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Observation;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.screen.ScreeningResult;

/** Which markers of a candidate whose remains have a dropout class owe their LR to the dropout model. */
final class DropoutEvidence {

    private DropoutEvidence() {
    }

    /**
     * The markers at which the class gives a positive LR although the remains' shown alleles are
     * impossible for the missing person without a dropped-out or dropped-in allele: the library's
     * clean pedigree likelihood, without mutation, is 0 there.
     */
    static Set<String> relyingMarkers(Pedigree pedigree, String missing, Map<String, Profile> references, Profile remains,
                                      List<Marker> markers, List<ScreeningResult.MarkerLr> classLrs) {
        Map<String, Marker> byName = new LinkedHashMap<>();
        markers.forEach(m -> byName.put(m.name(), m));
        Map<String, Map<String, Observation>> refs = new LinkedHashMap<>();
        references.forEach((person, profile) -> refs.put(person, observations(profile)));
        Map<String, Observation> shown = observations(remains);
        Set<String> out = new TreeSet<>();
        for (ScreeningResult.MarkerLr m : classLrs) {
            if (m.log10Lr() == Double.NEGATIVE_INFINITY || !byName.containsKey(m.marker())) {
                continue;
            }
            try {
                LrResult clean = Hypothesis.of(pedigree).missingPersonLr(missing,
                        List.of(InheritanceUnit.of(byName.get(m.marker()).withoutMutation(), Chromosome.AUTOSOMAL)), refs, shown, 0);
                if (clean.perMarker().getOrDefault(m.marker(), 1.0) == 0) {
                    out.add(m.marker());
                }
            } catch (KinshipInputException e) {
                // the references alone are impossible at this marker without mutation: the remains' alleles are not what decides it
            }
        }
        return out;
    }

    private static Map<String, Observation> observations(Profile p) {
        Map<String, Observation> out = new LinkedHashMap<>();
        p.genotypes().forEach((marker, pair) -> out.put(marker, Observation.pair(pair)));
        return out;
    }
}
