package org.homeward.app.web;

import java.io.IOException;

import org.homeward.app.common.InputRefusedException;
import org.springframework.web.multipart.MultipartFile;

/** The bytes of a form's uploaded file, the one way: a missing, empty or unreadable upload is refused at the field {@code file}. */
public final class UploadedFiles {

    private UploadedFiles() {
    }

    /** The file's bytes; {@code choose} says what to upload when none was. */
    public static byte[] content(MultipartFile file, String choose) {
        if (file == null || file.isEmpty()) {
            throw new InputRefusedException("file", choose);
        }
        try {
            return file.getBytes();
        } catch (IOException unreadable) {
            throw new InputRefusedException("file", "the upload could not be read");
        }
    }
}
