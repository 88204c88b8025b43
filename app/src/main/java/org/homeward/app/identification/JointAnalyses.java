package org.homeward.app.identification;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.homeward.app.identification.ReferenceFamilySource.Family;
import org.homeward.app.identification.ReferenceFamilySource.MissingPerson;
import org.homeward.app.identification.ScreeningOutcome.Found;
import org.homeward.app.identification.ScreeningOutcome.Snapshot;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Profile;
import org.homeward.kinship.dvi.DviAnalysis;
import org.homeward.kinship.dvi.DviOptions;
import org.homeward.kinship.dvi.DviProblem;
import org.homeward.kinship.dvi.DviResult;

/** The joint (DVI) analyses a screening run makes beside its candidates. */
final class JointAnalyses {

    private JointAnalyses() {
    }

    /**
     * The joint analysis of every family with several missing persons that has candidates with
     * several distinct remains in this run: those remains against that family, with the run's markers,
     * each remains under its dropout class's model (clean when it has none), and the X-STRs the family's
     * references are typed at ({@link XScreening#familyMarkers}: one marker per linkage group). A family the
     * engine refuses is noted and left out.
     *
     * @param xMarkers the X markers of the database in use, by name (empty: no X evidence)
     */
    static Map<String, DviResult> of(Snapshot s, ClassScreenings screenings, ClassScreenings.Results result, List<Found> found,
                                     List<String> notes, boolean ignoreSex, Map<String, Marker> xMarkers, double rareAlleleFrequency) {
        List<Marker> markers = screenings.markers();
        Map<String, Set<String>> remainsByFamily = new LinkedHashMap<>();
        for (Found f : found) {
            if (f.candidate().log10Lr() > 0) {
                remainsByFamily.computeIfAbsent(f.candidate().familyId(), k -> new LinkedHashSet<>()).add(f.candidate().remainsId());
            }
        }
        Map<String, DviResult> out = new LinkedHashMap<>();
        remainsByFamily.forEach((familyId, codes) -> {
            Family family = s.families().get(familyId);
            if (family.missingPersons().size() < 2 || codes.size() < 2) {
                return;
            }
            // Candidates of the family from earlier runs stay in the screening's top lists: take those too.
            Set<String> all = new LinkedHashSet<>(codes);
            for (MissingPerson mp : family.missingPersons()) {
                result.topRemains(familyId, mp.pedigreeId()).stream().filter(c -> c.log10Lr() > 0)
                        .forEach(c -> all.add(c.remainsId()));
            }
            try {
                Map<String, Profile> refsX = new LinkedHashMap<>();
                family.referenceSamples().forEach((person, code) -> Optional.ofNullable(s.xProfiles().get(code))
                        .ifPresent(p -> refsX.put(person, p)));
                List<Marker> x = XScreening.familyMarkers(xMarkers, family.pedigree(), refsX,
                        all.stream().map(s.xProfiles()::get).filter(Objects::nonNull).toList(), rareAlleleFrequency);
                List<DviProblem.Victim> victims = all.stream().map(code -> new DviProblem.Victim(
                        XScreening.withX(s.remains().get(code), s.xProfiles().get(code), x),
                        s.remainsSex().get(code).sex(), screenings.model(s.dropoutClass(code)).orElse(null))).toList();
                Map<String, Profile> refs = new LinkedHashMap<>();
                family.referenceSamples().forEach((person, code) -> refs.put(person,
                        XScreening.withX(s.references().get(code), refsX.get(person), x)));
                DviProblem problem = DviProblem.of(markers, x, victims, List.of(new DviProblem.Family(familyId,
                        family.pedigree(), family.missingPersons().stream().map(MissingPerson::pedigreeId).toList(), refs)), List.of());
                out.put(familyId, DviAnalysis.run(problem, DviOptions.defaults().withIgnoreSex(ignoreSex)));
            } catch (KinshipInputException e) {
                notes.add("family " + familyId + ": joint analysis not made: " + String.join("; ", e.problems()));
            }
        });
        return out;
    }
}
