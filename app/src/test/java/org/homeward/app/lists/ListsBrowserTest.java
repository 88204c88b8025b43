package org.homeward.app.lists;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.UUID;

import org.homeward.app.registry.MissingPersons;
import org.homeward.app.registry.NewMissingPerson;
import org.homeward.app.registry.NewRelative;
import org.homeward.app.security.Role;
import org.homeward.app.security.SystemTasks;
import org.homeward.app.security.UserAccounts;
import org.homeward.app.testing.BrowserTest;
import org.homeward.kinship.Sex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** A coordinator walks the register's list: pages, a sorted column, a search, and the CSV of what it shows. */
class ListsBrowserTest extends BrowserTest {

    static final String PASSWORD = "a long enough passphrase 7";

    @Autowired
    UserAccounts accounts;

    @Autowired
    MissingPersons missingPersons;

    private void report(int count) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("liaison", null,
                Role.FAMILY_LIAISON.permissions().stream().map(p -> new SimpleGrantedAuthority(p.name())).toList()));
        try {
            for (int i = 0; i < count; i++) {
                String surname = i == 7 ? "Ярошенко" : "Паджинг" + (char) ('А' + i % 26);
                missingPersons.reportMissing(new NewMissingPerson(null, surname, "Тест", null, null, Sex.MALE, null, null, null, null,
                        null, null), new NewRelative("Ганна " + surname, null, null, "mother", null, false, false, null));
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void signIn(Role role) {
        String username = "lists-" + UUID.randomUUID().toString().substring(0, 8);
        SystemTasks.runAs("test", () -> accounts.createWithPassword(username, "Lists " + username, EnumSet.of(role), PASSWORD));
        open("/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/remains"); // the coordinator lands on the remains register
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void the_register_is_paged_sorted_searched_and_exported() throws IOException {
        report(60);
        signIn(Role.COORDINATOR);

        open("/registry?q=%D1%82%D0%B5%D1%81%D1%82");
        assertThat(page.locator(".list-summary")).containsText("Rows 1–50 of 60 rows");
        assertThat(page.locator("#persons tbody tr")).hasCount(50);

        link("2").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*page=2.*"));
        assertThat(page.locator(".list-summary")).containsText("Rows 51–60 of 60 rows");
        assertThat(page.locator("#persons tbody tr")).hasCount(10);

        link("Name").click();
        assertThat(page.locator("#persons thead th[aria-sort=ascending]")).containsText("Name");
        assertThat(page.locator("#persons tbody tr").first()).containsText("Паджинг");
        link("Name ▲").click();
        assertThat(page.locator("#persons thead th[aria-sort=descending]")).containsText("Name");
        assertThat(page.locator("#persons tbody tr").first()).containsText("Ярошенко");

        page.getByLabel("Name (in Cyrillic or Latin letters) or service number").fill("Yaroshenko");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(page.locator(".list-summary")).containsText("Rows 1–1 of 1 row");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*sort=name.*"));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Export CSV")).click(); // a job: its page offers the file
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/jobs/[0-9a-f-]{36}"));
        Download download = page.waitForDownload(() -> page.locator("#job-download").click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFid,family_id,surname");
        assertThat(csv.lines()).hasSize(2);
        assertThat(csv).contains("Ярошенко");
    }
}
