package org.homeward.app.frequencies.web;

import java.io.IOException;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.homeward.app.common.InputRefusedException;
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
        if (file == null || file.isEmpty()) {
            throw new InputRefusedException("file", "choose a frequency database file");
        }
        try {
            return file.getBytes();
        } catch (IOException unreadable) {
            throw new InputRefusedException("file", "the upload could not be read");
        }
    }

    String fileName() {
        return file == null ? null : file.getOriginalFilename();
    }
}
