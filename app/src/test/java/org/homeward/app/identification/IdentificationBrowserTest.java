package org.homeward.app.identification;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import org.homeward.app.audit.AuditLog;
import org.homeward.app.registry.MissingPersons;
import org.homeward.app.registry.Families;
import org.homeward.app.registry.ReferenceSamples;
import org.homeward.app.genetics.GeneticData;
import org.homeward.app.security.Role;
import org.homeward.app.security.SystemTasks;
import org.homeward.app.security.UserAccounts;
import org.homeward.app.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Two analysts take the best candidate from the queue to a confirmed identification and download its report. */
@TestPropertySource(properties = "homeward.identification.screen-on-change=false")
class IdentificationBrowserTest extends BrowserTest {

    private static final String PASSWORD = "a long enough passphrase 7";

    @Autowired
    MissingPersons missingPersons;

    @Autowired
    Families families;

    @Autowired
    ReferenceSamples samples;

    @Autowired
    GeneticData genetics;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Identification identification;

    @Autowired
    AuditLog audit;

    @Test
    void a_candidate_goes_from_the_queue_to_a_confirmed_identification_with_a_pdf_report() throws Exception {
        SystemTasks.runAs("test", () -> {
            new SimulatedCases(7).register(missingPersons, families, samples, genetics, "B", 4, 10);
            accounts.createWithPassword("analyst-one", "Analyst One", EnumSet.of(Role.FORENSIC_ANALYST), PASSWORD);
            accounts.createWithPassword("analyst-two", "Analyst Two", EnumSet.of(Role.FORENSIC_ANALYST), PASSWORD);
        });

        signIn("analyst-one");
        open("/identification/runs");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Screen everything now")).click();
        // a background job: its page reloads itself until the run is done, then leads to it
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^See run \\d+$"))).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(java.util.regex.Pattern.compile("^Screening run \\d+$"));
        open("/identification");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review").setExact(true)).first().click();
        assertThat(page.locator("#status")).hasText("open");
        assertThat(page.locator("#markers tbody tr").first()).isVisible();
        String candidateUrl = page.url();
        page.getByLabel("Note (optional)").fill("all markers consistent");
        // proposing cannot be undone: the button sits behind a confirmation, after the evidence
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose the identification"))).isHidden();
        page.getByText("Propose the identification…").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose the identification")).click();
        assertThat(page.locator("#status")).hasText("proposed, awaiting a second analyst");
        assertThat(page.getByText("a different analyst must confirm it")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm the identification"))).hasCount(0);

        browserContext.clearCookies();
        signIn("analyst-two");
        page.navigate(candidateUrl);
        page.getByText("Confirm the identification…").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm the identification")).click();
        assertThat(page.locator("#status")).hasText("identified");
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download the identification report (PDF)")).click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        open("/identification/decisions");
        assertThat(page.getByText("The decision log is intact")).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review").setExact(true)).first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Strength of this family's references, and whose sample to ask for")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("What the references of family");
        assertThat(page.locator(".power").first()).containsText("Expected LR");
        assertThat(page.locator(".advice").first()).containsText(java.util.regex.Pattern.compile(
                "Whose sample would add the most|has already given a sample"));
        assertThat(audit.recent(20)).extracting(e -> e.action() + " " + e.actor())
                .contains("identification.run-completed analyst-one", "identification.proposed analyst-one",
                        "identification.confirmed analyst-two", "identification.report-exported analyst-two");
        Path ignored = download.path();
        assertThat(ignored).exists();

        // a rejection and an exclusion are one endpoint: a refused one comes back beside its own form, not the other's
        open("/identification");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review").setExact(true)).first().click();
        page.locator("#exclude-reason").fill("  ");
        page.getByText("Exclude…").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Exclude").setExact(true)).click();
        assertThat(page.locator("form:has(#exclude-reason) .field-error")).isVisible();
        assertThat(page.locator("form:has(#reject-reason) .field-error")).hasCount(0);
        page.locator("#reject-reason").fill("the references do not support it");
        page.getByText("Reject…").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reject").setExact(true)).click();
        assertThat(page.locator("#status")).hasText("rejected");
    }

    private void signIn(String username) {
        open("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> !url.contains("/login"));
    }
}
