package org.homeward.app.security;

import java.util.Optional;

import org.homeward.app.audit.AuditEvent;
import org.homeward.app.security.UserStore.StoredUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Sign-in with username and password, throttled ({@link LoginThrottle}) and audited: every
 * success, failure and refusal is an audit entry. An unknown username costs the same password
 * hashing time as a known one.
 */
@Component
class PasswordAuthentication implements AuthenticationProvider {

    private final UserStore users;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final String dummyHash;

    PasswordAuthentication(UserStore users, PasswordEncoder passwords, LoginThrottle throttle, ApplicationEventPublisher events) {
        this.users = users;
        this.passwords = passwords;
        this.throttle = throttle;
        this.events = events;
        this.dummyHash = passwords.encode("not a password of anyone " + Secrets.newSecret(""));
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = UserAccounts.normalize(attempt.getName());
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";

        Optional<LoginThrottle.Lock> lock = throttle.lock(username, address);
        if (lock.isPresent()) {
            events.publishEvent(event("login.refused", username).with("reason", "too many failed attempts").as("anonymous"));
            throw new SignInLockedException(lock.get());
        }
        Optional<StoredUser> found = username.isEmpty() || username.length() > 64 ? Optional.empty() : users.findByUsername(username);
        String hash = found.map(StoredUser::passwordHash).orElse(null);
        boolean matches = passwords.matches(password, hash != null ? hash : dummyHash) && hash != null;
        if (!matches) {
            throttle.failed(username, address);
            events.publishEvent(event("login.failed", username).with("reason", found.isPresent() ? "wrong password" : "unknown user")
                    .as("anonymous"));
            throw new BadCredentialsException("Wrong username or password");
        }
        StoredUser user = found.get();
        if (!user.enabled()) {
            events.publishEvent(event("login.refused", username).with("reason", "account disabled").as("anonymous"));
            throw new DisabledException("Account disabled");
        }
        throttle.succeeded(username);
        events.publishEvent(AuditEvent.of("login.succeeded", UserAccounts.subject(user.id())).with("username", username).as(username));
        HomewardPrincipal principal = new HomewardPrincipal(user.id(), user.username(), user.displayName(), user.roles(),
                user.version(), null);
        UsernamePasswordAuthenticationToken authenticated = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                HomewardPrincipal.authorities(Role.permissionsOf(user.roles())));
        authenticated.setDetails(attempt.getDetails());
        return authenticated;
    }

    /** A sign-in refused by a lock; the sign-in page says which lock (the account's or the address's) and until when. */
    static final class SignInLockedException extends LockedException {

        private static final long serialVersionUID = 1L;

        private final transient LoginThrottle.Lock lock;

        SignInLockedException(LoginThrottle.Lock lock) {
            super("Too many failed sign-in attempts (" + lock.kind() + ")");
            this.lock = lock;
        }

        LoginThrottle.Lock lock() {
            return lock;
        }
    }

    private static AuditEvent event(String action, String username) {
        return AuditEvent.of(action, null).with("username", username.length() > 64 ? username.substring(0, 64) : username);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
