package org.homeward.app.security;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Where each role starts its day after signing in: its work, not its account. A person sent to
 * sign in from a page goes back to that page; someone with several roles starts at the first
 * role's work in {@link Role}'s order.
 */
final class RoleHomes extends SavedRequestAwareAuthenticationSuccessHandler {

    /** Every role's first page: the coordinator's receipts, the analyst's review queue and runs, the liaison officer's overdue steps, the auditor's chain status. */
    static final Map<Role, String> HOMES = Map.of(
            Role.ADMINISTRATOR, "/admin/users",
            Role.COORDINATOR, "/remains",
            Role.FORENSIC_ANALYST, "/identification",
            Role.FAMILY_LIAISON, "/families/notifications",
            Role.SUPERVISOR, "/families/notifications",
            Role.AUDITOR, "/audit/verification",
            Role.OBSERVER, "/statistics");

    static String homeOf(Set<Role> roles) {
        for (Role role : Role.values()) {
            if (roles.contains(role)) {
                return HOMES.get(role);
            }
        }
        return "/account";
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        return authentication.getPrincipal() instanceof HomewardPrincipal principal ? homeOf(principal.roles()) : "/account";
    }
}
