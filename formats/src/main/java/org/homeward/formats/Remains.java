package org.homeward.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.homeward.formats.codis.CmfReader;
import org.homeward.formats.codis.CmfSpecimen;
import org.homeward.formats.common.ProblemLog;
import org.homeward.formats.common.ReadResult;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.common.TextFile;
import org.homeward.formats.familias.DviCase;
import org.homeward.formats.familias.FamFile;
import org.homeward.formats.familias.FamPerson;
import org.homeward.formats.familias.FamiliasKinship;
import org.homeward.formats.familias.FamiliasReader;
import org.homeward.formats.genemapper.GeneMapperReader;
import org.homeward.formats.genemapper.GeneMapperSample;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;

/**
 * Loads remains profiles from a lab file of any supported kind: GeneMapper (wide or tall), CODIS CMF,
 * or Familias (the unidentified persons of a DVI file, else every typed person). Markers flagged as
 * off-ladder or mixed are left out of the profiles, with a warning.
 */
public final class Remains {

    private Remains() { }

    public static ReadResult<List<RemainsSample>> load(Path path) {
        return load(path, Strictness.STRICT);
    }

    public static ReadResult<List<RemainsSample>> load(Path path, Strictness strictness) {
        return load(path.toString(), TextFile.readBytes(path), strictness);
    }

    /** Loads an upload held in memory; problems name the file as {@code name}. */
    public static ReadResult<List<RemainsSample>> load(String name, byte[] content) {
        return load(name, content, Strictness.STRICT);
    }

    public static ReadResult<List<RemainsSample>> load(String name, byte[] content, Strictness strictness) {
        TextFile text = TextFile.decode(name, content);
        FormatKind kind = Formats.detect(text);
        return switch (kind) {
            case GENEMAPPER_WIDE, GENEMAPPER_TALL -> Loading.then(GeneMapperReader.parse(text, strictness),
                    export -> new ProblemLog(name, strictness).run(log -> {
                        List<RemainsSample> out = new ArrayList<>();
                        for (GeneMapperSample s : export.samples()) {
                            if (!s.flaggedMarkers().isEmpty()) {
                                log.warning(0, s.sampleName(), "markers " + String.join(", ", s.flaggedMarkers())
                                        + " are left out of the profile (off-ladder or mixture)");
                            }
                            out.add(new RemainsSample(s.toProfile(), s.sex()));
                        }
                        return out;
                    }));
            case CODIS_CMF -> Loading.then(CmfReader.parse(name, content, strictness),
                    cmf -> new ProblemLog(name, strictness).run(log -> {
                        List<RemainsSample> out = new ArrayList<>();
                        for (CmfSpecimen s : cmf.specimens()) {
                            if (!s.mixtureLoci().isEmpty()) {
                                log.warning(0, s.specimenId(), "mixture loci " + String.join(", ", s.mixtureLoci())
                                        + " are left out of the profile");
                            }
                            out.add(new RemainsSample(s.toProfile(), s.sex()));
                        }
                        return out;
                    }));
            case FAMILIAS -> Loading.then(FamiliasReader.parse(text, strictness), fam -> familias(fam, name, strictness));
            default -> throw Loading.wrongKind(name, kind, "GeneMapper, CODIS CMF or Familias profiles");
        };
    }

    private static ReadResult<List<RemainsSample>> familias(FamFile fam, String name, Strictness strictness) {
        if (fam.isDvi()) {
            ReadResult<DviCase> dvi = FamiliasKinship.dviCase(fam, name, strictness);
            return new ReadResult<>(dvi.value().victims().stream()
                    .map(v -> new RemainsSample(v.profile(), v.sex())).toList(), dvi.problems());
        }
        var kinship = FamiliasKinship.kinshipCase(fam, name, strictness);
        List<RemainsSample> out = new ArrayList<>();
        for (FamPerson p : fam.persons()) {
            Profile profile = kinship.value().profiles().get(p.name());
            if (profile != null) {
                out.add(new RemainsSample(profile, p.male() ? Sex.MALE : Sex.FEMALE));
            }
        }
        return new ReadResult<>(out, kinship.problems());
    }
}
