package org.homeward.archfixture.delta;

import jakarta.servlet.http.HttpServletRequest;

/** A domain class reading the HTTP request: a violation (the web belongs in {@code web}). */
public final class DeltaRequest {

    private DeltaRequest() {
    }

    public static String who(HttpServletRequest request) {
        return request.getRemoteUser();
    }
}
