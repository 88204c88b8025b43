package org.homeward.app.security;

import java.util.Objects;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who is acting now, as the audit log and every "recorded by" column name them: the signed-in
 * person or the owner of the API token in use (their username), a named task run through
 * {@link SystemTasks} ({@code system:demo}, {@code system:watch}, {@code console:<os user>}),
 * {@code anonymous} in a request nobody is signed in to (a failed sign-in), and {@code system} for
 * anything else (start-up, outside every request and task).
 */
public record Actor(String name) {

    public static final Actor SYSTEM = new Actor("system");
    public static final Actor ANONYMOUS = new Actor("anonymous");

    public Actor {
        Objects.requireNonNull(name, "name");
    }

    public static Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken)) {
            return new Actor(authentication.getName());
        }
        return RequestContextHolder.getRequestAttributes() != null ? ANONYMOUS : SYSTEM;
    }

    /** Whether the credential acting now (a session, or a token within its scopes) holds {@code permission}. */
    public static boolean currentlyHolds(Permission permission) {
        return CurrentUser.holds(permission);
    }

    /** The API token acting now, or null for a browser session, a console task or nobody: what a break-glass grant belongs to. */
    public static Long currentApiToken() {
        return CurrentUser.find().map(HomewardPrincipal::tokenId).orElse(null);
    }

    @Override
    public String toString() {
        return name;
    }
}
