package org.homeward.app.registry;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.homeward.app.security.Role;
import org.homeward.app.security.SystemTasks;
import org.homeward.app.security.UserAccounts;
import org.homeward.app.testing.BrowserTest;
import org.homeward.kinship.Sex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

/**
 * Break-glass from the browser: an auditor (BREAK_GLASS, no FAMILY_CONTACT_READ) opens a relative's
 * contact details, is told the record is restricted, gives a reason and reads them with the notice
 * that the access is audited; the break-glass list shows it. Someone who may neither read nor break
 * the glass still gets 403.
 */
class ContactBreakGlassBrowserTest extends BrowserTest {

    static final String PASSWORD = "a long enough passphrase 7";

    @Autowired
    UserAccounts accounts;

    @Autowired
    MissingPersons missingPersons;

    private String signIn(Role role) {
        String username = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        SystemTasks.runAs("test", () -> accounts.createWithPassword(username, "Test " + username, EnumSet.of(role), PASSWORD));
        open("/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> !url.contains("/login")); // signed in: each role lands on its own work
        return username;
    }

    private Relative relativeWithContact(String phone) {
        return RegistryTestSupport.as("liaison", Set.of(Role.FAMILY_LIAISON), () -> missingPersons.reportMissing(
                new NewMissingPerson(null, "Мельник", "Олег", null, null, Sex.MALE, null, null, null, null, null, null),
                new NewRelative("Ганна Мельник", null, null, "mother", null, true, false,
                        new ContactDetails(phone, null, "Полтава, вул. Соборна 3", "uk")))).reporter();
    }

    @Test
    void an_auditor_breaks_the_glass_to_read_a_relatives_contact_details_and_the_access_is_listed() {
        Relative mother = relativeWithContact("+380 53 222 1100");
        String auditor = signIn(Role.AUDITOR);
        String contactPage = "/registry/relatives/" + mother.id() + "/contact";

        Response refused = page.navigate(url(contactPage));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("This record is restricted");
        assertThat(page.locator("#restricted")).containsText("family-contact:" + mother.id());
        assertThat(page.locator("main")).not().containsText("+380 53 222 1100");

        // a reason too short is refused, nothing opened (the browser's own check bypassed)
        page.locator("#reason").evaluate("el => el.removeAttribute('minlength')");
        page.getByLabel("Reason for opening this record (at least 10 characters)").fill("urgent");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Break the glass and open the record")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Give the reason for opening this record (at least 10 characters).");
        assertThat(page.locator("main")).not().containsText("+380 53 222 1100");

        String reason = "Complaint 2025/114: checking the mother was told of the visit";
        page.getByLabel("Reason for opening this record (at least 10 characters)").fill(reason);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Break the glass and open the record")).click();

        page.waitForURL("**" + contactPage);
        assertThat(page.locator("#contact")).containsText("+380 53 222 1100");
        assertThat(page.locator("#break-glass-notice")).hasText(
                Pattern.compile("Opened by breaking the glass until \\d\\d:\\d\\d — this access is audited\\."));
        // no form to change them: reading by break-glass gives no write
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the contact details"))).hasCount(0);

        open("/audit/break-glass");
        var row = page.locator("tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("family-contact:" + mother.id()));
        assertThat(row).hasCount(1);
        assertThat(row).containsText(auditor);
        assertThat(row).containsText(reason);
    }

    @Test
    void the_liaison_officer_reads_as_before_and_someone_who_may_not_break_the_glass_gets_403() {
        Relative mother = relativeWithContact("+380 53 333 4400");
        String contactPage = "/registry/relatives/" + mother.id() + "/contact";

        signIn(Role.FAMILY_LIAISON);
        Response read = page.navigate(url(contactPage));
        assertThat(read.status()).isEqualTo(200);
        assertThat(page.locator("#contact")).containsText("+380 53 333 4400");
        assertThat(page.locator("#break-glass-notice")).hasCount(0);

        browserContext.clearCookies();
        signIn(Role.ADMINISTRATOR);
        Response refused = page.navigate(url(contactPage));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(page.getByText("You are not allowed to see this page.")).isVisible();
        assertThat(page.locator("form[action$='/break-glass']")).hasCount(0);
    }
}
