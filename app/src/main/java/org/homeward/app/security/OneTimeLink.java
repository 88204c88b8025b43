package org.homeward.app.security;

import java.time.Instant;

/**
 * A one-time link to create the first administrator ({@code /setup/TOKEN}) or to set a password
 * ({@code /password/TOKEN}). The token is shown once and stored only as its hash.
 */
public record OneTimeLink(String path, Instant expiresAt) {

    /** The link under {@code baseUrl} (such as {@code http://localhost:8080}). */
    public String url(String baseUrl) {
        return (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl) + path;
    }
}
