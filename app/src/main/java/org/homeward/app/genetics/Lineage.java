package org.homeward.app.genetics;

import org.homeward.app.common.InputRefusedException;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.lineage.MtRegion;

/** The lineage markers a sample may carry beside its autosomal profile: Y-STRs (paternal line) and mtDNA (maternal line). */
public enum Lineage {
    Y_STR, MTDNA;

    /** The mtDNA region a laboratory declares for an import ("HVS-I+HVS-II", "CR", "16024-16365;73-340"), refused on {@code field}. */
    public static MtRegion region(String text, String field) {
        try {
            return MtRegion.parse(text);
        } catch (KinshipInputException e) {
            throw new InputRefusedException(field, e.getMessage());
        }
    }
}
