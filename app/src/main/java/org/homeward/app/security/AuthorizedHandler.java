package org.homeward.app.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.method.HandlerMethod;

/**
 * The controller method that {@link EndpointAccess} authorised a request for, kept on the request so
 * that filters after security can read what the method declares without mapping the request again.
 */
public final class AuthorizedHandler {

    private static final String ATTRIBUTE = AuthorizedHandler.class.getName();

    private AuthorizedHandler() {
    }

    static void remember(HttpServletRequest request, HandlerMethod handler) {
        request.setAttribute(ATTRIBUTE, handler);
    }

    /** The authorised controller method, if the request reached one of Homeward's and was granted. */
    public static Optional<HandlerMethod> of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof HandlerMethod handler ? Optional.of(handler) : Optional.empty();
    }
}
