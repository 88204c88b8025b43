package org.homeward.formats.codis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.homeward.formats.common.UserException;
import org.homeward.formats.markers.MarkerNames;
import org.homeward.kinship.AllelePair;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;

/**
 * Builds CMF records from kinship profiles, for {@link CmfWriter}. Reading the written file back and
 * taking {@link CmfSpecimen#toProfile()} gives the same profile; the sex, when known, is written as
 * amelogenin (X,X or X,Y) and read back by {@link CmfSpecimen#sex()}.
 */
public final class CmfBuilder {

    /** The CODIS specimen category of unidentified human remains. */
    public static final String UNIDENTIFIED_REMAINS = "Unidentified Human (Remains)";

    private CmfBuilder() { }

    /**
     * A specimen with one locus per typed marker, in the profile's order, under its canonical name,
     * homozygotes as one allele.
     *
     * @throws UserException when the id is blank or longer than CODIS allows, or a marker name is not known
     */
    public static CmfSpecimen specimen(Profile profile, Sex sex, String category) {
        List<String> problems = new ArrayList<>();
        String id = profile.id();
        if (id == null || id.isBlank()) {
            problems.add("a profile has no id");
        } else if (id.length() > CmfReader.MAX_SPECIMEN_ID) {
            problems.add("specimen id '" + id + "' is longer than the " + CmfReader.MAX_SPECIMEN_ID + " characters CODIS allows");
        }
        List<CmfLocus> loci = new ArrayList<>();
        for (Map.Entry<String, AllelePair> g : profile.genotypes().entrySet()) {
            if (!MarkerNames.isKnown(g.getKey())) {
                problems.add("profile " + id + ": marker " + g.getKey() + " has no CODIS name");
            }
            AllelePair p = g.getValue();
            loci.add(new CmfLocus(MarkerNames.canonical(g.getKey()).orElse(g.getKey()), "", "", p.isHomozygous() ? List.of(p.first()) : List.of(p.first(), p.second())));
        }
        if (sex == Sex.MALE || sex == Sex.FEMALE) {
            loci.add(new CmfLocus(MarkerNames.AMELOGENIN, "", "", sex == Sex.MALE ? List.of("X", "Y") : List.of("X")));
        }
        if (!problems.isEmpty()) {
            throw new UserException(String.join("; ", problems));
        }
        return new CmfSpecimen("", "", "", id, category, "", loci);
    }

    /** A CMF 3.2 import file (in the CODIS namespace) from this lab holding these specimens. */
    public static CmfFile importFile(String lab, String submitDateTime, List<CmfSpecimen> specimens) {
        return new CmfFile("3.2", "Import", lab, lab, "homeward", submitDateTime, "", "", specimens, true);
    }
}
