package org.homeward.app.registry;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

import org.homeward.app.security.Permission;
import org.homeward.app.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs test code as a named person holding the permissions of the given roles. */
final class RegistryTestSupport {

    private RegistryTestSupport() {
    }

    static <T> T as(String name, Set<Role> roles, Supplier<T> task) {
        EnumSet<Permission> permissions = EnumSet.noneOf(Permission.class);
        roles.forEach(role -> permissions.addAll(role.permissions()));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
                permissions.stream().map(p -> new SimpleGrantedAuthority(p.name())).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return task.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static void run(String name, Set<Role> roles, Runnable task) {
        as(name, roles, () -> {
            task.run();
            return null;
        });
    }
}
