package org.homeward.app.families;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.homeward.app.identification.FurtherRemainsConfirmed;
import org.homeward.app.identification.IdentificationConfirmed;
import org.homeward.app.ledger.DatePrecision;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.NewParty;
import org.homeward.app.ledger.NewTransfer;
import org.homeward.app.ledger.Party;
import org.homeward.app.ledger.PartyKind;
import org.homeward.app.ledger.TransferKind;
import org.homeward.app.registry.MissingPerson;
import org.homeward.app.registry.NewMissingPerson;
import org.homeward.app.registry.NewRelative;
import org.homeward.app.registry.MissingPersons;
import org.homeward.app.remains.NewBag;
import org.homeward.app.remains.RemainsRegister;
import org.homeward.app.security.Role;
import org.homeward.app.security.SystemTasks;
import org.homeward.app.security.UserAccounts;
import org.homeward.app.testing.BrowserTest;
import org.homeward.kinship.Sex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

/**
 * The end of the path, in the browser: remains received in the register are identified; the liaison
 * officer carries the notification through every step to the burial; the release and the burial
 * close the body's chain of custody; the family's view says it in plain words.
 */
class FamilyToBurialBrowserTest extends BrowserTest {

    static final String PASSWORD = "a long enough passphrase 7";

    @Autowired
    UserAccounts accounts;

    @Autowired
    MissingPersons missingPersons;

    @Autowired
    Ledger ledger;

    @Autowired
    RemainsRegister remains;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    private void signIn(Role role) {
        String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        SystemTasks.runAs("test", () -> accounts.createWithPassword(username, "User " + username, EnumSet.of(role), PASSWORD));
        open("/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/families/notifications"); // supervisors and liaison officers start at the notifications
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private void record(String nextStep) {
        assertThat(page.locator("#next-step")).hasText(nextStep);
        button("Record the step").click();
        assertThat(page.getByText("The step was recorded.")).isVisible();
    }

    /** Releasing the remains and the burial cannot be undone: the button is behind a confirmation. */
    private void recordIrreversible(String nextStep) {
        assertThat(page.locator("#next-step")).hasText(nextStep);
        assertThat(button("Record the step")).isHidden();
        page.getByText("Record the step…").click();
        assertThat(page.getByText("This step cannot be undone.")).isVisible();
        button("Record the step").click();
        assertThat(page.getByText("The step was recorded.")).isVisible();
    }

    @Test
    void theLiaisonOfficerCarriesAnIdentificationToTheBurialAndTheCustodyChainEndsThere() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String body = SystemTasks.callAs("coordinator", () -> {
            Party from = ledger.add(new NewParty("Sender " + suffix, PartyKind.STATE, null, List.of()));
            Party to = ledger.add(new NewParty("Receiver " + suffix, PartyKind.STATE, null, List.of()));
            var transfer = ledger.add(new NewTransfer(LocalDate.of(2025, 6, 16), DatePrecision.DAY, "border", null,
                    from.id(), to.id(), null, TransferKind.REPATRIATION, null, List.of(), null));
            return remains.registerBag(transfer.id(), new NewBag("B-" + suffix, null, null, null, null, null, null, null)).bodyNumbers().get(0);
        });
        MissingPerson person = SystemTasks.callAs("liaison", () -> missingPersons.reportMissing(
                new NewMissingPerson(null, "Мельник", "Андрій", null, null, Sex.MALE, null, null, null, null, null, null),
                new NewRelative("Галина Мельник", null, null, "mother", null, true, false, null))).missingPerson();
        long decision = 600_000 + (System.nanoTime() % 100_000);
        SystemTasks.runAs("analyst-2", () -> transactions.executeWithoutResult(status ->
                publisher.publishEvent(new IdentificationConfirmed(decision, person.id(), body, Instant.now(java.time.Clock.systemUTC())))));

        // a supervisor, not the liaison officer, approves notifying the family
        signIn(Role.SUPERVISOR);
        open("/families/notifications");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Мельник Андрій")).first().click();
        assertThat(page.locator("#next-step")).hasText("Supervisor’s approval");
        page.getByLabel("Note").fill("File reviewed, the family may be told");
        button("Approve notifying the family").click();
        assertThat(page.getByText("The step was recorded.")).isVisible();
        page.context().clearCookies();

        signIn(Role.FAMILY_LIAISON);
        open("/families/notifications");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Мельник Андрій")).first().click();
        page.getByLabel("Next of kin to be told").selectOption(new SelectOption().setIndex(0));
        record("Next of kin chosen");
        page.getByLabel("When").fill("2026-12-01T10:00");
        page.getByLabel("Place").fill("Family home, Vinnytsia");
        record("Visit arranged");
        page.getByLabel("How the family received the news").selectOption(new SelectOption().setIndex(0));
        record("Family informed");
        page.getByLabel("Death certificate number").fill("DC-" + suffix);
        record("Certificate issued");
        page.getByLabel("Received by").fill("Галина Мельник");
        page.getByLabel("Place").fill("Vinnytsia morgue");
        recordIrreversible("Remains released");
        // a day is a fact: not before the release it follows (released today), so the burial is today
        page.getByLabel("Day of the burial").fill(LocalDate.now(java.time.Clock.systemUTC()).minusDays(1).toString());
        page.getByLabel("Place").fill("Vinnytsia city cemetery");
        page.getByText("Record the step…").click();
        button("Record the step").click();
        assertThat(page.locator("#occurredOn-error")).containsText("before the step it follows");
        page.getByLabel("Day of the burial").fill(LocalDate.now(java.time.Clock.systemUTC()).toString());
        page.getByLabel("Place").fill("Vinnytsia city cemetery");
        recordIrreversible("Burial");

        Locator steps = page.locator("#steps");
        assertThat(steps).containsText("received by Галина Мельник");
        assertThat(steps).containsText("Vinnytsia city cemetery");
        assertThat(steps.getByText("in the remains register")).hasCount(2);
        assertThat(steps).not().containsText("not yet in the remains register");

        // a further part of him is confirmed by two analysts: the liaison officer tells the family and records their choice
        long reassociation = 700_000 + (System.nanoTime() % 100_000);
        SystemTasks.runAs("analyst-2", () -> transactions.executeWithoutResult(status -> publisher.publishEvent(
                new FurtherRemainsConfirmed(reassociation, decision, person.id(), body + "-P", Instant.now(java.time.Clock.systemUTC())))));
        page.reload();
        page.locator("#further-remains").click();
        assertThat(page.locator("#part-" + reassociation)).containsText(body + "-P");
        page.getByLabel("The day the family was told").fill(LocalDate.now(java.time.Clock.systemUTC()).plusDays(1).toString());
        page.getByLabel("inter with the first burial").check();
        page.getByLabel("I confirm the family was told and chose this; the record cannot be changed afterwards.").check();
        button("Record that the family was told").click();
        assertThat(page.locator("main")).containsText("the day lies in the future");
        page.getByLabel("The day the family was told").fill(LocalDate.now(java.time.Clock.systemUTC()).toString());
        page.getByLabel("inter with the first burial").check();
        page.getByLabel("I confirm the family was told and chose this; the record cannot be changed afterwards.").check();
        button("Record that the family was told").click();
        assertThat(page.getByText("The step was recorded.")).isVisible();
        assertThat(page.locator("#part-" + reassociation)).containsText("their choice: inter with the first burial");

        open("/families/cases/" + person.familyId() + "/view");
        assertThat(page.locator(".case-status")).containsText("Мельник Андрій");
        assertThat(page.locator(".case-parts")).containsText("2 parts of the remains were returned and identified");
        assertThat(page.locator("main")).not().containsText(body);
    }
}
