package org.homeward.app.identification;

import org.homeward.app.registry.FamilyId;
import org.homeward.app.remains.EstablishedBy;
import org.homeward.kinship.Posterior;
import org.homeward.kinship.Sex;

/**
 * A remains sample × missing person pair a run reported, with its LR (log10; −∞ is an exclusion),
 * the markers compared and those inconsistent without mutation, the prior stated for it and the
 * posterior probability of identity, and where its case stands.
 *
 * @param remainsSex             the remains' sex screening used ({@link RemainsSex#sex()})
 * @param remainsSexSource       where it came from; null for candidates computed before the source was recorded
 * @param remainsSexContradicted whether amelogenin contradicted the examined sex
 * @param settled                what closed the case undecided ({@link CaseStatus#SETTLED_OTHERWISE}); null otherwise
 */
public record CandidateMatch(long id, long runId, String sampleCode, String bodyNumber, Sex remainsSex,
                             RemainsSex.Source remainsSexSource, boolean remainsSexContradicted, String familyId,
                             String missingPersonId, String missingPedigreeId, double log10Lr, int markersCompared,
                             int inconsistentMarkers, double prior, double posterior, CaseStatus status, Settled settled) {

    /**
     * The decision that settled the remains otherwise while this candidate awaited one: an identification of the
     * same remains (on another pair) or a re-association of them, and the person they were found to be.
     */
    public record Settled(EstablishedBy by, long decisionId, String missingPersonId) {
    }

    /** The registry family the pair was screened in (screening keys families by the registry's number). */
    public FamilyId registryFamily() {
        return new FamilyId(Long.parseLong(familyId));
    }

    /** The ENFSI verbal equivalent of the LR. */
    public Posterior.Verbal verbal() {
        return Posterior.verbal(log10Lr);
    }

    /** True when the LR favours identity. */
    public boolean supportsIdentity() {
        return Posterior.supportsIdentity(log10Lr);
    }
}
