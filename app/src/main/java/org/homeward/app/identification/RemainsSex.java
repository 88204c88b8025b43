package org.homeward.app.identification;

import java.util.Objects;

import org.homeward.kinship.Sex;

/**
 * The sex of remains as identification uses it: the examination's when the examination determined
 * one, otherwise the one amelogenin shows. The examination wins a contradiction because it is the
 * anthropologist's finding on the body, while amelogenin can fail (a deletion of AMELY makes a male
 * type as X only); the contradiction is shown, not resolved silently.
 *
 * @param examined   the sex determined at examination, {@link Sex#UNKNOWN} when none was
 * @param amelogenin the sex amelogenin shows, {@link Sex#UNKNOWN} when it was not typed or is unclear
 */
public record RemainsSex(Sex examined, Sex amelogenin) {

    /** Where the sex used came from. */
    public enum Source {
        EXAMINATION,
        AMELOGENIN,
        UNKNOWN
    }

    public RemainsSex {
        Objects.requireNonNull(examined, "examined");
        Objects.requireNonNull(amelogenin, "amelogenin");
    }

    /** The sex screening and reports use. */
    public Sex sex() {
        return examined != Sex.UNKNOWN ? examined : amelogenin;
    }

    public Source source() {
        if (examined != Sex.UNKNOWN) {
            return Source.EXAMINATION;
        }
        return amelogenin != Sex.UNKNOWN ? Source.AMELOGENIN : Source.UNKNOWN;
    }

    /** True when the examination and amelogenin both determined a sex and they differ. */
    public boolean contradicted() {
        return examined != Sex.UNKNOWN && amelogenin != Sex.UNKNOWN && examined != amelogenin;
    }

    /**
     * The sex of a remains sample from what is known of it: amelogenin as stored in the profile (a lab
     * system's direct upload), else the register's lab result (a lab file's amelogenin is kept there,
     * not in the profile). The examined sex wins a contradiction: it is the anthropologist's finding,
     * and amelogenin can fail by AMELY deletion.
     */
    static RemainsSex of(RemainsSampleSource.RemainsSample registered, Sex typedInProfile) {
        return registered == null ? new RemainsSex(Sex.UNKNOWN, typedInProfile)
                : new RemainsSex(registered.examinedSex(), typedInProfile != Sex.UNKNOWN ? typedInProfile : registered.amelogeninSex());
    }
}
