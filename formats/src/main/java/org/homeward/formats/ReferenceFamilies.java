package org.homeward.formats;

import java.nio.file.Path;
import java.util.List;
import org.homeward.formats.common.Problem;
import org.homeward.formats.common.Severity;
import org.homeward.formats.familytable.FamilyTableReader;
import org.homeward.formats.frequencies.FrequencyDatabases;
import org.homeward.kinship.Marker;
import org.homeward.kinship.MutationModel;

import org.homeward.formats.common.ReadResult;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.common.TextFile;
import org.homeward.formats.familias.DviCase;
import org.homeward.formats.familias.FamiliasKinship;
import org.homeward.formats.familias.FamiliasReader;

/**
 * Loads reference families (pedigree, missing persons, typed relatives' profiles) and their markers
 * from a Familias DVI file or a family table ({@link FamilyTableReader}). Kinship-case JSON files are recognised but read by the kinship-case reader.
 */
public final class ReferenceFamilies {

    private ReferenceFamilies() { }

    public static ReadResult<ReferenceFamilySet> load(Path path) {
        return load(path, Strictness.STRICT);
    }

    public static ReadResult<ReferenceFamilySet> load(Path path, Strictness strictness) {
        return load(path.toString(), TextFile.readBytes(path), strictness);
    }

    /** Loads an upload held in memory; problems name the file as {@code name}. */
    public static ReadResult<ReferenceFamilySet> load(String name, byte[] content) {
        return load(name, content, Strictness.STRICT);
    }

    public static ReadResult<ReferenceFamilySet> load(String name, byte[] content, Strictness strictness) {
        TextFile text = TextFile.decode(name, content);
        FormatKind kind = Formats.detect(text);
        if (kind == FormatKind.FAMILY_TABLE) {
            return Loading.then(FamilyTableReader.parse(text, strictness), families -> {
                // A family table carries no frequencies: the bundled European database, with the stepwise
                // model used throughout Homeward's defaults, stated as a warning so the user sees it.
                List<Marker> markers = FrequencyDatabases.europeanDefault().toMarkers(DEFAULT_FEMALE, DEFAULT_MALE);
                Problem note = new Problem(name, 0, "", "a family table has no frequencies: using the bundled European "
                        + "database with stepwise mutation (female " + DEFAULT_FEMALE.rate() + ", male " + DEFAULT_MALE.rate()
                        + ", range 0.1, rate2 1e-6)", Severity.WARNING);
                return new ReadResult<>(new ReferenceFamilySet(markers, families), List.of(note));
            });
        }
        if (kind != FormatKind.FAMILIAS) {
            throw Loading.wrongKind(name, kind, "a Familias DVI file or a family table");
        }
        return Loading.then(FamiliasReader.parse(text, strictness), fam -> {
            ReadResult<DviCase> dvi = FamiliasKinship.dviCase(fam, name, strictness);
            return new ReadResult<>(new ReferenceFamilySet(dvi.value().markers(), dvi.value().families()), dvi.problems());
        });
    }

    /** The stepwise mutation models assumed for reference families read without a database. */
    public static final MutationModel DEFAULT_FEMALE = MutationModel.stepwise(0.001, 0.1, 1e-6);
    public static final MutationModel DEFAULT_MALE = MutationModel.stepwise(0.003, 0.1, 1e-6);
}
