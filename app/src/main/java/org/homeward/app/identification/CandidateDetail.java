package org.homeward.app.identification;

import java.util.List;

import org.homeward.kinship.Sex;

/**
 * What an analyst reviews: the candidate, the family's pedigree, the profiles side by side marker
 * by marker with the per-marker LR, the competing candidates (the same remains with another family,
 * the same missing person with other remains), the family's joint (DVI) conclusions, and every
 * decision taken on the pair.
 *
 * @param pendingProposal the proposal awaiting a second analyst, if any
 * @param reviewFlags     the pair's confirmations flagged for a supervisor's review (a reference's consent withdrawn since)
 * @param lineage         the autosomal, Y-STR and mtDNA parts of the LR, when lineage markers took part (else null)
 * @param dropout         the dropout model of the LR, when the remains sample had a dropout class (else null)
 * @param x               the X-STR part of the LR, when X-STRs took part (else null)
 */
public record CandidateDetail(CandidateMatch candidate, List<PedigreePerson> pedigree, List<Reference> references,
                              List<MarkerRow> markers, List<CandidateMatch> conflicts, List<DviConclusion> dvi,
                              List<Decision> decisions, Decision pendingProposal, List<Decision> otherIdentifications,
                              List<ReviewFlag> reviewFlags, CandidateLineage lineage, CandidateDropout dropout,
                              CandidateX x) {

    /** The kinds of evidence a candidate's LR may combine, in the order shown. */
    public enum EvidenceKind { AUTOSOMAL, LINEAGE, X }

    /** One kind of evidence: its log10 LR, or null when it was not typed on both sides (no evidence, never shown as LR 1). */
    public record EvidencePart(EvidenceKind kind, Double log10Lr) {
        public boolean typed() {
            return log10Lr != null;
        }
    }

    /**
     * The candidate's evidence kind by kind: autosomal, lineage (Y-STR × mtDNA) and X-STR. The candidate's LR is the
     * product of the parts typed, assuming them independent given each hypothesis.
     */
    public List<EvidencePart> evidenceParts() {
        boolean autosomal = lineage != null ? lineage.autosomalTyped() : x == null || x.beforeTyped();
        double autosomalLog10 = lineage != null ? lineage.autosomalLog10Lr() : x != null ? x.beforeLog10Lr() : candidate.log10Lr();
        return List.of(new EvidencePart(EvidenceKind.AUTOSOMAL, autosomal ? autosomalLog10 : null),
                new EvidencePart(EvidenceKind.LINEAGE, lineage == null ? null : Math.log10(lineage.lineageLr())),
                new EvidencePart(EvidenceKind.X, x == null ? null : x.xLog10Lr()));
    }

    /** A person of the reference pedigree; {@code father} and {@code mother} are null for founders. */
    public record PedigreePerson(String id, Sex sex, String father, String mother, boolean missing, String sampleCode) {
    }

    /** A typed relative: their pedigree id and sample code; a withdrawn one's genotypes are never shown. */
    public record Reference(String pedigreeId, String sampleCode, boolean withdrawn) {
    }

    /**
     * One marker: the remains' genotype ("14/16", or null when not typed), each reference's (in
     * {@link #references()} order, null when not typed or withdrawn), the LR at this marker (null when the
     * remains were not typed) and whether the remains are incompatible there without mutation.
     */
    public record MarkerRow(String marker, String remains, List<String> references, Double log10Lr, boolean inconsistent) {
    }
}
