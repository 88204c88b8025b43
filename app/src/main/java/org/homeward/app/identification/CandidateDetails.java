package org.homeward.app.identification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.homeward.app.genetics.GeneticData;
import org.homeward.app.genetics.GeneticProfile;
import org.homeward.app.genetics.SampleLinks;
import org.homeward.app.identification.store.CandidateEvidenceStore;
import org.homeward.app.identification.store.IdentificationStore;
import org.homeward.app.identification.store.ReviewFlagStore;
import org.homeward.kinship.Sex;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * A candidate with everything an analyst needs beside it: pedigree, references, genotypes side by
 * side with each marker's LR, and the decisions on the pair and on either side of it. The profiles
 * are read in one audited read; a reference is paired with its pedigree person only as
 * {@link SampleLinks} allows. Called inside {@link Identification}'s transaction and permission check.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CandidateDetails {

    private final IdentificationStore store;
    private final ReviewFlagStore reviewFlags;
    private final GeneticData genetics;
    private final SampleLinks sampleLinks;
    private final CandidateEvidenceStore evidence;

    CandidateDetail of(CandidateMatch c) {
        long id = c.id();
        Map<String, String> refs = store.references(id);
        // The pedigree's persons are the family's relatives: each reference is paired with its person only as SampleLinks allows.
        Set<String> pairable = new HashSet<>();
        refs.values().stream().filter(sampleLinks::mayPair).forEach(pairable::add);
        Set<String> withdrawn = genetics.withdrawnAmong(refs.values());
        List<CandidateDetail.Reference> references = new ArrayList<>();
        refs.forEach((person, code) -> references.add(new CandidateDetail.Reference(pairable.contains(code) ? person : null, code,
                withdrawn.contains(code))));
        List<CandidateDetail.PedigreePerson> pedigree = new ArrayList<>();
        for (String line : IdentificationStore.lines(store.pedigree(id))) {
            String[] f = line.split("\t", -1);
            pedigree.add(new CandidateDetail.PedigreePerson(f[0], Sex.valueOf(f[1]), f[2].equals("-") ? null : f[2],
                    f[3].equals("-") ? null : f[3], f[0].equals(c.missingPedigreeId()),
                    pairable.contains(refs.get(f[0])) ? refs.get(f[0]) : null));
        }
        List<String> codes = new ArrayList<>(List.of(c.sampleCode()));
        references.forEach(r -> codes.add(r.sampleCode()));
        Map<String, GeneticProfile> read = new HashMap<>();
        genetics.profiles(codes).forEach(p -> read.put(p.sampleCode(), p));
        Map<String, String> remains = KinshipInputs.genotypes(Optional.ofNullable(read.get(c.sampleCode())));
        List<Map<String, String>> referenceGenotypes = references.stream()
                .map(r -> KinshipInputs.genotypes(Optional.ofNullable(read.get(r.sampleCode())))).toList();
        Map<String, double[]> lrs = new HashMap<>(store.markers(id));
        Optional<CandidateX> x = evidence.x(id);
        x.ifPresent(part -> part.units().forEach(u -> lrs.put(u.marker(), new double[] {u.log10Lr(), 0})));
        Set<String> markers = new TreeSet<>(lrs.keySet());
        markers.addAll(remains.keySet());
        referenceGenotypes.forEach(g -> markers.addAll(g.keySet()));
        List<CandidateDetail.MarkerRow> rows = new ArrayList<>();
        for (String marker : markers) {
            double[] lr = lrs.get(marker);
            rows.add(new CandidateDetail.MarkerRow(marker, remains.get(marker),
                    referenceGenotypes.stream().map(g -> g.get(marker)).toList(), lr == null ? null : lr[0], lr != null && lr[1] != 0));
        }
        List<Decision> decisions = store.decisionsOfPair(c.sampleCode(), c.familyId(), c.missingPersonId());
        Decision pending = decisions.isEmpty() || decisions.get(decisions.size() - 1).kind() != DecisionKind.PROPOSED ? null
                : decisions.get(decisions.size() - 1);
        List<Decision> others = store.confirmationsTouching(c.sampleCode(), c.missingPersonId()).stream()
                .filter(d -> !(d.sampleCode().equals(c.sampleCode()) && d.missingPersonId().equals(c.missingPersonId()))).toList();
        return new CandidateDetail(c, pedigree, references, rows, store.conflicts(c), store.latestDvi(c.familyId()), decisions, pending,
                others, reviewFlags.ofPair(c.sampleCode(), c.familyId(), c.missingPersonId()), evidence.lineage(id).orElse(null),
                evidence.dropout(id).orElse(null), x.orElse(null));
    }
}
