package org.homeward.app.ledger;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.homeward.app.demo.LedgerDemoData;
import org.homeward.app.security.Role;
import org.homeward.app.security.SystemTasks;
import org.homeward.app.security.UserAccounts;
import org.homeward.app.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A coordinator enters a report in Ukrainian on one screen, from the pasted text to saved claims:
 * the source's date from the dateline, the speaker, a new transfer, an "of those" part and a claim
 * without a number are proposed; the coordinator corrects the transfer's parties and saves once.
 */
class ReportEntryBrowserTest extends BrowserTest {

    private static final String PASSWORD = "a long enough passphrase 7";
    private static final String REPORT = """
            Київ, 14 березня 2026 року.
            Координаційний штаб з питань поводження з військовополоненими повідомив, що сьогодні в Україну повернули тіла 757 загиблих захисників. З них 212 тіл — з Донеччини.
            Лубінець заявив, що на полі бою досі залишається велика кількість тіл.
            """;

    @Autowired
    UserAccounts accounts;

    @Autowired
    LedgerDemoData demoData;

    @Autowired
    Ledger ledger;

    @Test
    void a_coordinator_enters_a_ukrainian_report_from_paste_to_saved_claims() {
        SystemTasks.runAs("test", demoData::load);
        Party sideA = SystemTasks.callAs("test", () -> ledger.add(new NewParty("Сторона А (тест)", PartyKind.STATE, null, List.of())));
        Party sideB = SystemTasks.callAs("test", () -> ledger.add(new NewParty("Сторона Б (тест)", PartyKind.STATE, null, List.of())));
        inUkrainian();
        signIn();

        open("/ledger/proposals");
        page.getByLabel("Текст повідомлення").fill(REPORT);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Запропонувати твердження")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Перегляньте запропоновані твердження"))).isVisible();
        assertThat(page.locator("[name=publishedOn]")).hasValue("2026-03-14");
        Locator whole = page.locator("tr.proposal[data-text='757']");
        Locator part = page.locator("tr.proposal[data-text='212']");
        Locator qualitative = page.locator("tr.proposal.qualitative");
        assertThat(page.locator("tr.proposal")).hasCount(3);
        assertThat(whole.locator("[name='rows[0].party']")).hasValue(LedgerDemoData.COORDINATION_HQ.id().toString());
        assertThat(whole.locator("[name='rows[0].statedOn']")).hasValue("2026-03-14");
        assertThat(whole.locator("[name='rows[0].subject']")).hasValue("NEW:0");
        assertThat(part.locator("[name='rows[1].partOf']")).hasValue("0");
        assertThat(part.locator("[name='rows[1].party']")).hasValue(LedgerDemoData.COORDINATION_HQ.id().toString());
        assertThat(qualitative).containsText("велика кількість");
        assertThat(page.locator("[name='transfers[0].date']")).hasValue("2026-03-14");

        page.fill("[name=publisher]", "Координаційний штаб (тест)");
        page.selectOption("[name='transfers[0].from']", sideA.id().toString());
        page.selectOption("[name='transfers[0].to']", sideB.id().toString());
        for (Locator row : List.of(whole, part, qualitative)) {
            row.getByLabel("підтвердити").check();
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Створити підтверджені твердження")).click();

        assertThat(page.getByText("Створено 2 твердження із тексту. Записано 1 твердження без цифри.")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Координаційний штаб (тест)");
        Transfer created = ledger.transfers().stream().filter(t -> t.from().equals(sideA.id())).findFirst().orElseThrow();
        assertThat(created.date()).isEqualTo(LedgerDate.day(LocalDate.of(2026, 3, 14)));
        TransferView view = ledger.transferView(created.id());
        assertThat(view.toString()).contains("757").contains("212");
        assertThat(ledger.statements()).anySatisfy(statement -> {
            assertThat(statement.quote()).contains("велика кількість тіл");
            assertThat(statement.speaker()).isEqualTo("Dmytro Lubinets");
            assertThat(statement.statedOn()).isEqualTo(LocalDate.of(2026, 3, 14));
        });
        // the qualitative row is a claim without a figure, with its speaker and date, not only a quoted statement
        assertThat(ledger.qualitativeClaims()).anySatisfy(claim -> {
            assertThat(claim.statement().quote()).contains("велика кількість тіл");
            assertThat(claim.claim().claimedOn()).isEqualTo(LedgerDate.day(LocalDate.of(2026, 3, 14)));
            assertThat(claim.claim().verification()).isEqualTo(Verification.UNVERIFIED);
        });
    }

    /** A browser whose language is Ukrainian, in place of the English one every browser test starts with. */
    private void inUkrainian() {
        BrowserContext english = browserContext;
        browserContext = english.browser().newContext(new Browser.NewContextOptions().setLocale("uk-UA"));
        english.close();
        page = browserContext.newPage();
    }

    private void signIn() {
        String username = "report-coordinator-" + System.nanoTime() % 100000;
        SystemTasks.callAs("test", () -> accounts.createWithPassword(username, "Coordinator " + username,
                EnumSet.of(Role.COORDINATOR), PASSWORD));
        Page login = open("/login");
        login.fill("#username", username);
        login.fill("#password", PASSWORD);
        login.click("button[type=submit]");
        login.waitForURL("**/remains"); // the coordinator lands on the remains register
    }
}
