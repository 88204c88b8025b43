package org.homeward.app.identification.web;

import jakarta.validation.constraints.NotNull;

import org.homeward.app.genetics.Lineage;
import org.homeward.app.web.UploadedFiles;
import org.springframework.web.multipart.MultipartFile;

/** A laboratory's Y-STR or mtDNA haplotype database file to keep (its name and version are in its header). */
record HaplotypeDatabaseUploadForm(MultipartFile file, @NotNull Lineage lineage) {

    static final String[] FIELDS = {"file", "lineage"};

    static HaplotypeDatabaseUploadForm blank() {
        return new HaplotypeDatabaseUploadForm(null, null);
    }

    /** The uploaded bytes; a missing or empty file is refused at the field. */
    byte[] content() {
        return UploadedFiles.content(file, "choose a haplotype database file");
    }

    String fileName() {
        return file == null ? null : file.getOriginalFilename();
    }
}
