package org.homeward.app.identification.web;

import static org.homeward.app.web.Limits.SHORT_TEXT_LENGTH;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.app.genetics.LabImport;
import org.homeward.app.genetics.Lineage;
import org.homeward.app.web.UploadedFiles;
import org.homeward.formats.common.Strictness;
import org.homeward.kinship.lineage.MtRegion;
import org.springframework.web.multipart.MultipartFile;

/**
 * A laboratory's Y-STR or mtDNA results file for reference samples or for remains samples (a GeneMapper Y
 * export, a CODIS CMF file or a simple table), the lineage, the mtDNA region the laboratory declares and
 * how strictly it is read. The API's request and the page's form alike; {@link #into} hands it to the
 * registry's or the register's door, which take it in the same shape.
 */
record LineageResultsForm(MultipartFile file, @NotNull Lineage lineage, @Size(max = SHORT_TEXT_LENGTH) String region,
                          Strictness strictness) {

    static final String[] FIELDS = {"file", "lineage", "region", "strictness"};
    static final String DEFAULT_REGION = "HVS-I+HVS-II";

    /** A side's lab-file door for lineage results: the registry's reference samples or the register's remains samples. */
    @FunctionalInterface
    interface Door {
        LabImport accept(String fileName, byte[] content, Strictness strictness, Lineage lineage, MtRegion region);
    }

    static LineageResultsForm blank() {
        return new LineageResultsForm(null, null, DEFAULT_REGION, Strictness.STRICT);
    }

    /** Reads the file through the door: a missing file, an unreadable upload or a malformed region is refused at its field. */
    LabImport into(Door door) {
        byte[] content = UploadedFiles.content(file, "choose a Y-STR or mtDNA results file");
        return door.accept(file.getOriginalFilename(), content, strictness == null ? Strictness.STRICT : strictness, lineage,
                Lineage.region(region == null || region.isBlank() ? DEFAULT_REGION : region, "region"));
    }
}
