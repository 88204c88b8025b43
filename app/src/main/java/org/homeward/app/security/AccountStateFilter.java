package org.homeward.app.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Ends a browser session whose account changed since sign-in: disabled, roles changed, or a new
 * password. The person is signed out and signs in again with the account as it is now.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class AccountStateFilter extends OncePerRequestFilter {

    private final UserStore users;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof HomewardPrincipal principal
                && principal.tokenId() == null) {
            Optional<int[]> state = users.state(principal.userId());
            boolean current = state.isPresent() && state.get()[0] == 1 && state.get()[1] == principal.version();
            if (!current) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
        }
        chain.doFilter(request, response);
    }
}
