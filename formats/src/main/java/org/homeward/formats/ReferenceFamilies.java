package org.homeward.formats;

import java.nio.file.Path;

import org.homeward.formats.common.ReadResult;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.common.TextFile;
import org.homeward.formats.familias.DviCase;
import org.homeward.formats.familias.FamiliasKinship;
import org.homeward.formats.familias.FamiliasReader;

/**
 * Loads reference families (pedigree, missing persons, typed relatives' profiles) and their markers
 * from a Familias DVI file. Kinship-case JSON files are recognised but read by the kinship-case reader.
 */
public final class ReferenceFamilies {

    private ReferenceFamilies() { }

    public static ReadResult<ReferenceFamilySet> load(Path path) {
        return load(path, Strictness.STRICT);
    }

    public static ReadResult<ReferenceFamilySet> load(Path path, Strictness strictness) {
        TextFile text = TextFile.read(path);
        FormatKind kind = Formats.detect(text);
        String name = path.toString();
        if (kind != FormatKind.FAMILIAS) {
            throw Loading.wrongKind(name, kind, "a Familias DVI file");
        }
        return Loading.then(FamiliasReader.parse(text, strictness), fam -> {
            ReadResult<DviCase> dvi = FamiliasKinship.dviCase(fam, name, strictness);
            return new ReadResult<>(new ReferenceFamilySet(dvi.value().markers(), dvi.value().families()), dvi.problems());
        });
    }
}
