package org.homeward.app.security;

import java.util.Collection;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/** A request authenticated by a personal API token; its authorities are the token's live scopes. */
final class BearerTokenAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final HomewardPrincipal principal;

    BearerTokenAuthentication(HomewardPrincipal principal, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.principal = principal;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public HomewardPrincipal getPrincipal() {
        return principal;
    }
}
