package org.homeward.app.ledger;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.homeward.app.demo.LedgerDemoData;
import org.homeward.app.security.Role;
import org.homeward.app.security.SystemTasks;
import org.homeward.app.security.UserAccounts;
import org.homeward.app.testing.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * What a coordinator and a visitor see of the ledger, on the demo data (the shared reports and
 * DESIGN.md): every ledger page, the text-to-claims screen from a raw report, and the public
 * statistics page.
 */
class LedgerPagesBrowserTest extends BrowserTest {

    private static final String PASSWORD = "a long enough passphrase 7";
    private static final AtomicInteger serial = new AtomicInteger();

    @Autowired
    UserAccounts accounts;

    @Autowired
    LedgerDemoData demoData;

    @BeforeEach
    void demoData() {
        SystemTasks.runAs("test", demoData::load);
    }

    private Page signInAsCoordinator() {
        String username = "ledger-coordinator-" + serial.incrementAndGet() + "-" + System.nanoTime() % 100000;
        SystemTasks.callAs("test", () -> accounts.createWithPassword(username, "Coordinator " + username,
                EnumSet.of(Role.COORDINATOR), PASSWORD));
        Page login = open("/login");
        login.getByLabel("Username").fill(username);
        login.getByLabel("Password").fill(PASSWORD);
        login.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        login.waitForURL("**/remains"); // a coordinator starts at the remains register
        return login;
    }

    @Test
    void the_last_june_phase_shows_1245_against_1248_with_a_discrepancy_of_three() {
        signInAsCoordinator();
        Page timeline = open("/ledger");
        assertThat(timeline.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Exchange ledger");
        // the demo's fifth handover (another test records a phase 5 of its own)
        String demoTransfer = LedgerDemoData.id("transfer/istanbul/phase-5/ru-ua").toString();
        Locator lastPhase = timeline.locator("tr[data-kind=TRANSFER]").filter(new Locator.FilterOptions().setHasText("Phase 5"))
                .filter(new Locator.FilterOptions().setHasText("Russia → Ukraine"))
                .filter(new Locator.FilterOptions().setHas(timeline.locator("a[href$='" + demoTransfer + "']")));
        assertThat(lastPhase).containsText("1,245–1,248");
        lastPhase.getByRole(AriaRole.LINK).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Transfer of June 2025: Russia → Ukraine");
        assertThat(page.locator("td[data-party=Ukraine]")).containsText("1,245");
        assertThat(page.locator("td[data-party=Russia]")).containsText("1,248");
        assertThat(page.locator(".range-value").first()).hasText("1,245–1,248");
        assertThat(page.getByText("The figures differ by 3.")).isVisible();
        assertThat(page.locator("td[data-party=Russia]")).containsText("Russia's defence ministry gave a slightly different figure");
        assertThat(page.locator("#receipt")).containsText("Nothing is registered on receipt of this transfer yet.");
    }

    @Test
    void the_agreement_shows_6057_and_6060_against_the_6000_committed() {
        signInAsCoordinator();
        open("/ledger/agreements/" + LedgerDemoData.id("agreement/istanbul-2025"));

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Agreement: Istanbul agreements (June 2025)");
        Locator toUkraine = page.locator("section.direction").filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Russia → Ukraine"))));
        Locator chart = toUkraine.locator("svg.chart");
        assertThat(chart).containsText("6,000");
        assertThat(chart).containsText("6,057");
        assertThat(chart).containsText("6,060");
        assertThat(chart).containsText("≥ 6,000");
        assertThat(toUkraine.locator(".tallies")).containsText("6,057");
        assertThat(toUkraine.getByText("The figures differ by 3.")).isVisible();
    }

    @Test
    void a_coordinator_records_a_transfer_and_both_sides_counts() {
        signInAsCoordinator();
        open("/ledger/transfers/new");
        page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill("2025-06-16");
        page.getByLabel("From").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Russia"));
        page.getByLabel("To", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Ukraine"));
        page.getByLabel("Phase").fill("5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the transfer")).click();
        assertThat(page.getByText("No party has stated a count for this transfer yet.")).isVisible();

        recordCount("Ukraine", "1,245", "Another 1,245 bodies returned to Ukraine from Russia.", "Coordination Headquarters");
        recordCount("Russia", "1248", "1,248 bodies had been returned in the final transfer.", "Ministry of Defence of Russia");

        assertThat(page.locator(".range-value").first()).hasText("1,245–1,248");
        assertThat(page.getByText("The figures differ by 3.")).isVisible();
    }

    private void recordCount(String party, String value, String quote, String publisher) {
        Locator form = page.locator("#record-count");
        form.getByLabel("Party whose count it is").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(party));
        form.getByLabel("Value").fill(value);
        form.getByLabel("Publisher of a new source").fill(publisher);
        form.getByLabel("Kind of the new source").selectOption("OFFICIAL_STATEMENT");
        form.getByLabel("The exact sentence").fill(quote);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record the count")).click();
    }

    @Test
    void the_breakdown_of_563_is_flagged_in_one_report_and_adds_up_in_the_other() {
        signInAsCoordinator();
        open("/ledger/transfers/" + LedgerDemoData.id("transfer/2024-563/ru-ua"));

        assertThat(page.locator(".breakdown.flagged").filter(new Locator.FilterOptions().setHasText("DnewsInfo"))
                .filter(new Locator.FilterOptions().setHasText("474")))
                .containsText("The parts do not add up: they come to 474 of 563; 89 are not accounted for.");
        // the 89 "of those" 320 is a share of the 320, not a breakdown of it: shown, never flagged
        assertThat(page.locator(".breakdown.flagged")).hasCount(1);
        assertThat(page.getByText("Of those 320, only shares are named (“of those”): nothing here has to add up.")).isVisible();
        assertThat(page.getByText("The parts add up to the whole (563).")).isVisible();
        assertThat(page.locator("#recoveries")).containsText("near Bakhmut");
    }

    @Test
    void sources_statements_and_a_corrected_claim_stay_visible() {
        signInAsCoordinator();
        open("/ledger/sources");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("DnewsInfo"))).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("DnewsInfo")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Source: DnewsInfo");
        assertThat(page.getByText("Of those, 89 bodies came from the area around Bakhmut")).isVisible();

        open("/ledger/claims/" + LedgerDemoData.claimId("002/31"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("31");
        Locator correct = page.locator("#correct");
        correct.getByLabel("Value").fill("32");
        correct.getByLabel("Note").fill("entered wrongly (test)");
        correct.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record the correction")).click();

        assertThat(page.locator("article.history-entry")).hasCount(2);
        assertThat(page.locator("article.history-entry.current")).containsText("32");
        assertThat(page.locator("article.history-entry.superseded")).containsText("31");
    }

    @Test
    void the_text_to_claims_screen_proposes_the_figures_of_a_raw_report_and_creates_the_confirmed_ones() throws Exception {
        signInAsCoordinator();
        String report = report("004_235c9d7c5d625ae4.txt").orElse(
                "While Russia’s defense ministry reported a slightly different number — claiming 1,248 bodies had been returned "
                        + "in the final transfer — the discrepancy of three was not officially addressed by either side.");
        open("/ledger/proposals");
        page.getByLabel("Publisher of a new source").fill("EWN (browser test)");
        page.getByLabel("Text of the report").fill(report);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose claims")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Review the proposed claims"))).isVisible();
        Locator russian = page.locator("tr.proposal[data-text='1,248']");
        assertThat(russian).containsText("While Russia’s defense ministry reported");
        assertThat(russian.getByLabel("Party whose count it is")).hasValue(LedgerDemoData.RUSSIA_DEFENCE.id().toString());
        if (report.contains("2,239")) {
            assertThat(page.locator("tr.proposal[data-text='2,239']")).hasCount(1);
            assertThat(page.locator("tr.proposal[data-text='51']")).hasCount(1);
            assertThat(page.locator("tr.proposal[data-text='78']")).hasCount(1);
        }
        russian.getByLabel("About").selectOption("TRANSFER:" + LedgerDemoData.id("transfer/istanbul/phase-5/ru-ua"));
        russian.getByLabel("confirm").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the confirmed claims")).click();

        assertThat(page.getByText("1 claim created from the text.")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Source: EWN (browser test)");
        assertThat(page.locator("article.statement")).containsText("1,248");
    }

    @Test
    void a_visitor_sees_every_figure_with_its_range_and_sources_without_signing_in() {
        Page statistics = open("/statistics");

        assertThat(statistics.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Public statistics");
        assertThat(statistics.locator("#transfers")).containsText("1,245–1,248");
        assertThat(statistics.locator("#agreements")).containsText("6,057");
        assertThat(statistics.locator("#agreements")).containsText("6,060");
        assertThat(statistics.locator("#offers")).containsText("2,239");
        assertThat(statistics.locator("#casualties")).containsText("≥ 135,000");
        assertThat(statistics.locator("#breakdowns")).containsText("89 are not accounted for");
        assertThat(statistics.locator("#transfers")).containsText("Ministry of Defence of Russia");
        assertThat(statistics.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
    }

    private static Optional<String> report(String name) throws java.io.IOException {
        Optional<Path> shared = ReportReaderTest.shared();
        if (shared.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Files.readString(shared.get().resolve("reports").resolve(name)));
    }
}
