package org.homeward.app.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.homeward.app.security.Role;
import org.homeward.app.security.SystemTasks;
import org.homeward.app.security.UserAccounts;
import org.homeward.app.testing.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

/** Browser tests that walk the main pages as each role: one account per role, signed in on a page of its own size and language. */
abstract class RolePagesBrowserTest extends BrowserTest {

    static final String PASSWORD = "a long enough passphrase 7";
    static final int PHONE = 390;
    static final int DESKTOP = 1366;

    /** Each role's home (where signing in lands), then the other main pages it works on. */
    static final Map<Role, List<String>> MAIN_PAGES = new LinkedHashMap<>();

    static {
        MAIN_PAGES.put(Role.COORDINATOR, List.of("/remains", "/remains/queues", "/ledger", "/ledger/sources",
                "/ledger/transfers/new", "/registry", "/statistics"));
        MAIN_PAGES.put(Role.FORENSIC_ANALYST, List.of("/identification", "/identification/runs", "/identification/decisions",
                "/identification/dashboard"));
        MAIN_PAGES.put(Role.FAMILY_LIAISON, List.of("/families/notifications", "/registry/new", "/account"));
        MAIN_PAGES.put(Role.AUDITOR, List.of("/audit/verification", "/audit", "/audit/genetic-reads", "/audit/break-glass"));
        MAIN_PAGES.put(Role.ADMINISTRATOR, List.of("/admin/users"));
    }

    static final List<String> PUBLIC_PAGES = List.of("/", "/login", "/statistics");

    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void oneAccountPerRole() {
        SystemTasks.runAs("test", () -> {
            for (Role role : MAIN_PAGES.keySet()) {
                if (accounts.findByUsername(username(role)).isEmpty()) {
                    accounts.createWithPassword(username(role), username(role), EnumSet.of(role), PASSWORD);
                }
            }
        });
    }

    /**
     * What {@code check} finds on every main page, at each width, in the given language: the public
     * pages without signing in, then each role's pages signed in as that role. {@code check} gets the
     * page already at the path and returns one line per problem.
     */
    List<String> onEveryMainPage(String locale, int[] widths, BiFunction<Page, String, List<String>> check) {
        List<String> found = new ArrayList<>();
        for (int width : widths) {
            Page anonymous = newPage(options(width, locale));
            PUBLIC_PAGES.forEach(path -> found.addAll(visit(anonymous, path, check)));
            for (Map.Entry<Role, List<String>> role : MAIN_PAGES.entrySet()) {
                Page page = signedIn(role.getKey(), width, locale);
                role.getValue().forEach(path -> found.addAll(visit(page, path, check)));
            }
        }
        return found;
    }

    private List<String> visit(Page page, String path, BiFunction<Page, String, List<String>> check) {
        page.navigate(url(path));
        return check.apply(page, path);
    }

    /** A signed-in page of its own for the role, at the given width and language. */
    Page signedIn(Role role, int width, String locale) {
        Page page = newPage(options(width, locale));
        page.navigate(url("/login"));
        page.locator("#username").fill(username(role));
        page.locator("#password").fill(PASSWORD);
        page.locator("main form button[type=submit]").click();
        page.waitForURL(u -> !u.contains("/login"));
        return page;
    }

    /** Scripts may be added past the pages' Content-Security-Policy: the accessibility test injects axe. */
    static Browser.NewContextOptions options(int width, String locale) {
        return new Browser.NewContextOptions().setLocale(locale).setViewportSize(width, 900).setBypassCSP(true);
    }

    static String username(Role role) {
        return "ui-" + role.name().toLowerCase().replace('_', '-');
    }
}
