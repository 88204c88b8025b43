package org.homeward.app.remains.web;

import java.io.Serializable;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The manifest a person uploaded and is previewing, kept in their session under a token until they
 * register it; one at a time. Every change is a {@code setAttribute} or {@code removeAttribute}, so
 * that a session kept in the database (any instance may serve the next request) stores it.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
final class ManifestUploads {

    private static final String ATTRIBUTE = ManifestUploads.class.getName();

    record Upload(String token, String fileName, byte[] content) implements Serializable {
    }

    private final HttpSession session;

    static ManifestUploads of(HttpSession session) {
        return new ManifestUploads(session);
    }

    /** Keeps the upload, replacing any earlier one; returns its token. */
    String keep(String fileName, byte[] content) {
        String token = UUID.randomUUID().toString();
        session.setAttribute(ATTRIBUTE, new Upload(token, fileName, content));
        return token;
    }

    /** The upload of the token, or null when it is gone (registered, replaced or the session ended). */
    Upload get(String token) {
        return session.getAttribute(ATTRIBUTE) instanceof Upload upload && upload.token().equals(token) ? upload : null;
    }

    void forget(String token) {
        if (get(token) != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
