package org.homeward.app.security;

import java.io.PrintStream;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * What the web server prints on the console when it is ready: with {@code --demo}, one account per
 * role with a new random password (shown only here); and, while no administrator exists, a
 * one-time link to create the first one. Printed to standard output, never to the log: these are
 * secrets.
 */
@Component
class FirstStart {

    private final UserAccounts accounts;
    private final SecurityProperties properties;
    private final boolean demo;
    private final PrintStream console;

    FirstStart(UserAccounts accounts, SecurityProperties properties, @Value("${homeward.demo:false}") boolean demo) {
        this.accounts = accounts;
        this.properties = properties;
        this.demo = demo;
        this.console = System.out;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            String base = baseUrl(properties.publicUrl(), web.getWebServer().getPort());
            if (demo) {
                printDemoAccounts(base);
            }
            accounts.setupLinkIfNoAdministrator().ifPresent(link -> {
                console.println();
                console.println("No administrator exists yet. Create the first one with this one-time link (valid until "
                        + link.expiresAt() + "):");
                console.println("  " + link.url(base));
                console.println();
                console.flush();
            });
        }
    }

    private void printDemoAccounts(String base) {
        StringBuilder out = new StringBuilder();
        out.append(System.lineSeparator())
                .append("Demonstration accounts (sign in at ").append(base).append("/login; the passwords are shown only now")
                .append(" and change at every start with --demo):").append(System.lineSeparator());
        for (Role role : Role.values()) {
            String username = demoUsername(role);
            String password = Secrets.newPassword();
            String displayName = "Demo " + role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            accounts.demoAccount(username, displayName, role, password);
            out.append(String.format("  %-24s %-18s %s%n", username, role, password));
        }
        // Identification needs two different analysts: one proposes, another confirms.
        String second = demoUsername(Role.FORENSIC_ANALYST) + "-2";
        String secondPassword = Secrets.newPassword();
        accounts.demoAccount(second, "Demo forensic analyst 2", Role.FORENSIC_ANALYST, secondPassword);
        out.append(String.format("  %-24s %-18s %s%n", second, Role.FORENSIC_ANALYST, secondPassword));
        console.print(out);
        console.flush();
    }

    static String demoUsername(Role role) {
        return "demo-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String baseUrl(String publicUrl, int port) {
        if (StringUtils.hasText(publicUrl)) {
            return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        }
        return "http://localhost:" + port;
    }
}
