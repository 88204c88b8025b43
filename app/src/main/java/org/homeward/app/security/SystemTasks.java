package org.homeward.app.security;

import java.util.EnumSet;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs trusted work that no person started through the web (a command on the console, demo data at
 * start-up, a scheduled job) as a named actor holding every permission, so facades that declare
 * {@link RequiresPermission} accept it and {@link Actor} names it ({@code "console:root"},
 * {@code "system:demo"}). Never use it while handling a request: there, the signed-in person acts.
 */
public final class SystemTasks {

    /** Loading the demonstration data ({@code serve --demo}). */
    public static final String DEMO = "system:demo";

    /** Identification's screening of what changed, asked for by the change (a new profile, a changed family). */
    public static final String SCREENING = "system:screening";

    /** Writing the signed checkpoints of every chain's head, hourly and at every backup. */
    public static final String CHECKPOINTS = "system:checkpoints";

    /** Reading queue sizes and verifying the chains for the operational metrics. */
    public static final String OPERATIONS = "system:operations";

    private SystemTasks() {
    }

    public static <T> T callAs(String actor, Supplier<T> task) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null,
                HomewardPrincipal.authorities(EnumSet.allOf(Permission.class))));
        SecurityContextHolder.setContext(context);
        try {
            return task.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAs(String actor, Runnable task) {
        callAs(actor, () -> {
            task.run();
            return null;
        });
    }

    /** The actor name for commands typed on this machine's console: {@code console:<operating system user>}. */
    public static String consoleActor() {
        return "console:" + System.getProperty("user.name", "unknown");
    }
}
