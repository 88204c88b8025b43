package org.homeward.app.registry;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import org.homeward.app.identification.IdentificationConfirmed;
import org.homeward.app.security.Role;
import org.homeward.app.security.SystemTasks;
import org.homeward.app.security.UserAccounts;
import org.homeward.app.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

/**
 * A liaison officer records a family's report with relatives in plain words, sees the pedigree drawn,
 * corrects it, records a reference sample with consent; the lab's results are attached; a confirmed
 * identification starts the notification, carried on its page; the family's view says it in plain words.
 */
class RegistryPagesBrowserTest extends BrowserTest {

    static final String PASSWORD = "a long enough passphrase 7";

    @Autowired
    UserAccounts accounts;

    @Autowired
    MissingPersons missingPersons;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    private void signIn(Role... roles) {
        String username = "liaison-" + UUID.randomUUID().toString().substring(0, 8);
        SystemTasks.runAs("test", () -> accounts.createWithPassword(username, "Liaison " + username,
                EnumSet.of(roles[0], roles), PASSWORD));
        open("/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> !url.contains("/login")); // signed in: each role lands on its own work
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    @Test
    void a_report_with_relatives_in_plain_words_is_drawn_corrected_and_sampled() {
        signIn(Role.FAMILY_LIAISON, Role.FORENSIC_ANALYST);
        String serviceNumber = "BT" + UUID.randomUUID().toString().substring(0, 6);
        open("/registry/new");
        page.getByLabel("Service number").fill(serviceNumber);
        page.getByLabel("Surname", new Page.GetByLabelOptions().setExact(true)).fill("Ярошенко");
        page.getByLabel("Given name and patronymic").fill("Юрій Петрович");
        page.getByLabel("Sex").selectOption("MALE");
        page.getByLabel("Date of birth").fill("1988-04-12");
        page.getByLabel("Full name", new Page.GetByLabelOptions().setExact(true)).fill("Людмила Ярошенко");
        page.getByLabel("Relationship to the missing person, in plain words (mother, son…)").fill("mother");
        page.getByLabel("Phone").fill("+380 44 123 4567");
        button("Record the report").click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Ярошенко Юрій Петрович");
        assertThat(page.getByText("Yaroshenko Yurii Petrovych")).isVisible();
        assertThat(page.locator("#status")).hasText("reported missing");

        // found in Latin letters
        open("/registry?q=Yaroshenko+Yurii");
        assertThat(page.locator("#persons")).containsText("Ярошенко Юрій Петрович");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ярошенко Юрій Петрович")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ярошенко (Yaroshenko)")).click();

        // the drawn pedigree, a relative added in plain words
        assertThat(page.locator("svg.pedigree")).isVisible();
        assertThat(page.locator("svg.pedigree g.person.missing")).hasCount(1);
        Locator add = page.locator("#add-relative");
        add.getByLabel("Full name", new Locator.GetByLabelOptions().setExact(true)).fill("Павло Ярошенко");
        add.getByLabel("Relationship, in plain words (mother, paternal half-brother, son…)").fill("paternal half-brother");
        button("Add the relative").click();
        assertThat(page.getByText("The relative was added and the pedigree rebuilt.")).isVisible();
        assertThat(page.locator("svg.pedigree")).containsText("Павло Ярошенко");
        assertThat(page.locator("svg.pedigree rect")).not().hasCount(0);
        assertThat(page.locator("svg.pedigree circle")).not().hasCount(0);

        // a wrong correction: every problem at once, nothing changed
        page.getByLabel("Relationship of Людмила Ярошенко").fill("father");
        page.getByLabel("Relationship of Павло Ярошенко").fill("second cousin");
        button("Rebuild the pedigree").click();
        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("cannot be female");
        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("second cousin");
        assertThat(page.locator("#relatives")).containsText("paternal half-brother of Ярошенко Юрій Петрович");
        // a right one (the form kept what was typed)
        page.getByLabel("Relationship of Людмила Ярошенко").fill("mother");
        page.getByLabel("Relationship of Павло Ярошенко").fill("brother");
        button("Rebuild the pedigree").click();
        assertThat(page.getByText("The relationships were corrected and the pedigree rebuilt.")).isVisible();
        assertThat(page.locator("#relatives")).containsText("brother of Ярошенко Юрій Петрович");

        // a reference sample with consent, then the lab's result
        String code = "REF-" + serviceNumber;
        Locator sample = page.locator("#record-sample");
        sample.getByLabel("Donor").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Людмила Ярошенко"));
        sample.getByLabel("Sample code (barcode)").fill(code);
        sample.getByLabel("Consent").selectOption("IDENTIFICATION_ONLY");
        button("Record the sample").click();
        assertThat(page.locator("#sample-" + code)).containsText("awaited from the lab");

        // contact details: restricted and audited
        page.locator("#relatives").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Contact details")).first().click();
        assertThat(page.locator("#contact")).containsText("+380 44 123 4567");
        assertThat(page.getByText("Your reading of these details is recorded in the audit log.")).isVisible();

        open("/registry/lab-results");
        page.getByLabel("Lab file").setInputFiles(new FilePayload("lab.xml", "application/xml",
                RegistryTest.cmf(RegistryTest.profile(code), RegistryTest.profile("NOT-" + code))));
        button("Attach the results").click();
        // a background job: its page follows it (htmx) until the refusal shows, line by line
        assertThat(page.locator("#job-failed")).containsText("NOT-" + code);
        assertThat(page.locator("#job-failed")).containsText("no reference sample with this code");
        open("/registry/lab-results");
        page.getByLabel("Lab file").setInputFiles(new FilePayload("lab.xml", "application/xml",
                RegistryTest.cmf(RegistryTest.profile(code))));
        button("Attach the results").click();
        assertThat(page.locator("#imported")).containsText(code);
    }

    @Test
    void a_confirmed_identification_is_carried_on_the_notification_page_and_told_in_plain_words() {
        MissingPerson person = RegistryTestSupport.as("liaison", java.util.Set.of(Role.FAMILY_LIAISON), () -> missingPersons.reportMissing(
                new NewMissingPerson(null, "Гончаренко", "Степан", null, null, org.homeward.kinship.Sex.MALE, null, null, null, null, null,
                        null),
                new NewRelative("Віра Гончаренко", null, null, "wife", null, true, false, null))).missingPerson();
        long decision = 700_000 + (System.nanoTime() % 100_000);
        SystemTasks.runAs("analyst-2", () -> transactions.executeWithoutResult(status ->
                publisher.publishEvent(new IdentificationConfirmed(decision, person.id(), "UA-BT-0001", Instant.now(java.time.Clock.systemUTC())))));
        // a supervisor, not the liaison officer, approves notifying the family
        signIn(Role.SUPERVISOR);
        open("/families/notifications");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Гончаренко Степан")).first().click();
        assertThat(page.locator("#next-step")).hasText("Supervisor’s approval");
        assertThat(button("Record the step")).hasCount(0);
        page.getByLabel("Note").fill("approved by the head of unit");
        button("Approve notifying the family").click();
        assertThat(page.getByText("The step was recorded.")).isVisible();
        page.context().clearCookies();

        signIn(Role.FAMILY_LIAISON);
        open("/families/notifications");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Гончаренко Степан")).first().click();
        assertThat(page.locator("#next-step")).hasText("Next of kin chosen");
        page.getByLabel("Next of kin to be told").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(0));
        button("Record the step").click();
        assertThat(page.locator("#steps")).containsText("next of kin: Віра Гончаренко");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("The family’s view of its case (to print or show)")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("For the family: Гончаренко (Honcharenko)");
        assertThat(page.locator(".case-status")).containsText("the remains of Гончаренко Степан were identified by DNA");
        assertThat(page.getByText("Next, a visit to the family is arranged.")).isVisible();
        assertThat(page.locator("main")).not().containsText("UA-BT-0001");
    }


}
