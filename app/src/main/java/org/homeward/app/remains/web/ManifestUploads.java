package org.homeward.app.remains.web;

import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpSession;

/** The manifest a person uploaded and is previewing, kept in their session under a token until they register it. */
final class ManifestUploads implements Serializable {

    private static final String ATTRIBUTE = ManifestUploads.class.getName();

    record Upload(String fileName, byte[] content) implements Serializable {
    }

    private final Map<String, Upload> uploads = new ConcurrentHashMap<>();

    static ManifestUploads of(HttpSession session) {
        Object held = session.getAttribute(ATTRIBUTE);
        if (held instanceof ManifestUploads uploads) {
            return uploads;
        }
        ManifestUploads uploads = new ManifestUploads();
        session.setAttribute(ATTRIBUTE, uploads);
        return uploads;
    }

    /** Keeps the upload, replacing any earlier one (one preview at a time); returns its token. */
    String keep(String fileName, byte[] content) {
        String token = UUID.randomUUID().toString();
        uploads.clear();
        uploads.put(token, new Upload(fileName, content));
        return token;
    }

    /** The upload of the token, or null when it is gone (registered, replaced or the session ended). */
    Upload get(String token) {
        return token == null ? null : uploads.get(token);
    }

    void forget(String token) {
        uploads.remove(token);
    }
}
