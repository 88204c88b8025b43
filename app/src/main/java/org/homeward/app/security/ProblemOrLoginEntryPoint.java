package org.homeward.app.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * What an anonymous request for something protected gets: a browser asking for a page is sent to
 * the sign-in page; anything else (the API, scripts) gets 401 as a problem detail, never a redirect.
 */
final class ProblemOrLoginEntryPoint implements AuthenticationEntryPoint {

    private final LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        if (wantsPage(request)) {
            login.commence(request, response, failure);
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        problem(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                "Sign in, or send a personal API token as Authorization: Bearer TOKEN.");
    }

    /** Pages get the 403 error page; programs a 403 problem detail. */
    static void forbidden(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (wantsPage(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } else {
            problem(request, response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "You are not allowed to do this.");
        }
    }

    /** An RFC 9457 problem written directly, so it does not depend on an error dispatch. */
    static void problem(HttpServletRequest request, HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"instance\":" + jsonString(request.getRequestURI()) + "}");
        response.getWriter().flush();
    }

    private static String jsonString(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    static boolean wantsPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || BearerTokenFilter.hasBearerToken(request)) {
            return false;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null) {
            return false;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            return types.stream().anyMatch(type -> !type.isWildcardType() && type.isCompatibleWith(MediaType.TEXT_HTML));
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }
}
