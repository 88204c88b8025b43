package org.homeward.app.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who is signed in: the account as it was at sign-in ({@code version} tells when it has changed
 * since) and, for API requests, the token used ({@code tokenId}, null for a browser session).
 */
record HomewardPrincipal(long userId, String username, String displayName, Set<Role> roles, int version, Long tokenId)
        implements AuthenticatedPrincipal, Serializable {

    HomewardPrincipal {
        roles = Set.copyOf(roles);
    }

    @Override
    public String getName() {
        return username;
    }

    static List<GrantedAuthority> authorities(Collection<Permission> permissions) {
        return permissions.stream().map(permission -> (GrantedAuthority) new SimpleGrantedAuthority(permission.name())).toList();
    }
}
