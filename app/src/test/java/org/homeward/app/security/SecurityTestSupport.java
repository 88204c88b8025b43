package org.homeward.app.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Accounts and signed-in requests for the security tests (and genetics', which build on security). */
public final class SecurityTestSupport {

    static final String PASSWORD = "a long enough passphrase 7";
    private static final AtomicInteger serial = new AtomicInteger();

    private SecurityTestSupport() {
    }

    /** A new account with {@link #PASSWORD}, created as the console would. */
    public static UserAccount newUser(UserAccounts accounts, String prefix, Role... roles) {
        String username = prefix + "-" + serial.incrementAndGet() + "-" + System.nanoTime() % 100000;
        Set<Role> set = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        return SystemTasks.callAs("test", () -> accounts.createWithPassword(username, "Test " + username, set, PASSWORD));
    }

    /** Runs {@code action} signed in as {@code account}, outside any request. */
    public static <T> T as(UserAccount account, java.util.function.Supplier<T> action) {
        HomewardPrincipal principal = new HomewardPrincipal(account.id(), account.username(), account.displayName(), account.roles(),
                account.version(), null);
        org.springframework.security.core.context.SecurityContext previous =
                org.springframework.security.core.context.SecurityContextHolder.getContext();
        org.springframework.security.core.context.SecurityContext context =
                org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                HomewardPrincipal.authorities(account.permissions())));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }

    /** A request signed in as {@code account} holding every role and so every permission (the hostile-input suite's user). */
    public static RequestPostProcessor signedInWithEveryPermission(UserAccount account) {
        HomewardPrincipal principal = new HomewardPrincipal(account.id(), account.username(), account.displayName(),
                EnumSet.allOf(Role.class), account.version(), null);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                HomewardPrincipal.authorities(EnumSet.allOf(Permission.class))));
    }

    /** A request signed in (as after a form sign-in) as {@code account}. */
    public static RequestPostProcessor signedInAs(UserAccount account) {
        HomewardPrincipal principal = new HomewardPrincipal(account.id(), account.username(), account.displayName(), account.roles(),
                account.version(), null);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                HomewardPrincipal.authorities(account.permissions())));
    }
}
