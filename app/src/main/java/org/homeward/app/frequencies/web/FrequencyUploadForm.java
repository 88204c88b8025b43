package org.homeward.app.frequencies.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.homeward.app.web.UploadedFiles;
import org.springframework.web.multipart.MultipartFile;

/**
 * A laboratory's frequency database to keep: its name (each upload of a name is its next version),
 * the file, and whether identification should use it from now on.
 */
record FrequencyUploadForm(@NotBlank @Size(max = 200) String name, MultipartFile file, Boolean use) {

    static final String[] FIELDS = {"name", "file", "use"};

    static FrequencyUploadForm blank() {
        return new FrequencyUploadForm(null, null, false);
    }

    /** Whether identification is to use it (an unticked box sends nothing). */
    boolean useIt() {
        return Boolean.TRUE.equals(use);
    }

    /** The uploaded bytes; a missing or empty file is refused at the field. */
    byte[] content() {
        return UploadedFiles.content(file, "choose a frequency database file");
    }

    String fileName() {
        return file == null ? null : file.getOriginalFilename();
    }
}
