package org.homeward.kinship.dvi;

import java.util.List;

/**
 * The outcome of a DVI analysis.
 *
 * @param am          one conclusion per missing person, in the problem's order
 * @param pm          one conclusion per victim, in the problem's order
 * @param pairwise    the pairwise LRs and incompatibility counts of every evaluated pairing, before any step
 * @param jointTables the joint tables built for families with several missing persons left, in family order
 */
public record DviResult(List<AmConclusion> am, List<PmConclusion> pm, PairwiseMatrix pairwise, List<JointTable> jointTables) {

    public DviResult {
        am = List.copyOf(am);
        pm = List.copyOf(pm);
        jointTables = List.copyOf(jointTables);
    }

    /** The conclusion for the missing person. */
    public AmConclusion forMissing(String missing) {
        return am.stream().filter(c -> c.missing().equals(missing)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no missing person '" + missing + "' in the result"));
    }

    /** The conclusion for the victim. */
    public PmConclusion forVictim(String sample) {
        return pm.stream().filter(c -> c.sample().equals(sample)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no victim '" + sample + "' in the result"));
    }
}
