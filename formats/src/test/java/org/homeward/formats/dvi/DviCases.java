package org.homeward.formats.dvi;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.homeward.formats.SampleFiles;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.familias.DviCase;
import org.homeward.formats.familias.FamiliasCase;
import org.homeward.formats.familias.FamiliasKinship;
import org.homeward.formats.familias.FamiliasReader;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;
import org.homeward.kinship.dvi.DviProblem;

/** The shared Familias files as DVI problems (skipped when the shared folder is absent). */
final class DviCases {

    private DviCases() { }

    /** A DVI file read by the formats module and converted to the kinship-side problem. */
    static DviProblem dviFile(String name) {
        Path path = SampleFiles.shared("formats/familias/" + name);
        DviCase c = FamiliasKinship.dviCase(FamiliasReader.read(path).value(), path.toString(), Strictness.STRICT).value();
        return DviProblem.of(c.markers(),
                c.victims().stream().map(v -> new DviProblem.Victim(v.profile(), v.sex())).toList(),
                c.families().stream().map(f -> new DviProblem.Family(f.name(), f.pedigree(), f.missingPersons(), f.references())).toList());
    }

    /**
     * Ch4-table-4-4.fam recast as the DVI problem of EXPECTED.md: victims V1 and V2 (female), family
     * F1 = pedigree H7 with its victims taken out, so that M1 (H7's V2) is R1's daughter and M2
     * (H7's V1) is M1's daughter.
     */
    static DviProblem ch4() {
        Path path = SampleFiles.shared("formats/familias/Ch4-table-4-4.fam");
        FamiliasCase c = FamiliasKinship.kinshipCase(FamiliasReader.read(path).value(), path.toString(), Strictness.STRICT).value();
        Map<String, String> rename = Map.of("V2", "M1", "V1", "M2", "R", "R1");
        Pedigree h7 = c.pedigrees().get("H7").relabel(id -> rename.getOrDefault(id, id));
        Profile r = c.profiles().get("R");
        DviProblem.Family f1 = new DviProblem.Family("F1", h7, List.of("M1", "M2"), Map.of("R1", new Profile("R1", r.genotypes())));
        return DviProblem.of(c.markers(),
                List.of(new DviProblem.Victim(c.profiles().get("V1"), Sex.FEMALE), new DviProblem.Victim(c.profiles().get("V2"), Sex.FEMALE)),
                List.of(f1));
    }
}
