package org.homeward.app.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Accounts and signed-in requests for the security tests. */
final class SecurityTestSupport {

    static final String PASSWORD = "a long enough passphrase 7";
    private static final AtomicInteger serial = new AtomicInteger();

    private SecurityTestSupport() {
    }

    /** A new account with {@link #PASSWORD}, created as the console would. */
    static UserAccount newUser(UserAccounts accounts, String prefix, Role... roles) {
        String username = prefix + "-" + serial.incrementAndGet() + "-" + System.nanoTime() % 100000;
        Set<Role> set = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        return SystemTasks.callAs("test", () -> accounts.createWithPassword(username, "Test " + username, set, PASSWORD));
    }

    /** A request signed in (as after a form sign-in) as {@code account}. */
    static RequestPostProcessor signedInAs(UserAccount account) {
        HomewardPrincipal principal = new HomewardPrincipal(account.id(), account.username(), account.displayName(), account.roles(),
                account.version(), null);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                HomewardPrincipal.authorities(account.permissions())));
    }
}
