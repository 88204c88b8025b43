package org.homeward.app.remains.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.homeward.app.ledger.DatePrecision;
import org.homeward.app.ledger.Figure;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.NewClaim;
import org.homeward.app.ledger.NewParty;
import org.homeward.app.ledger.NewSource;
import org.homeward.app.ledger.NewStatement;
import org.homeward.app.ledger.NewTransfer;
import org.homeward.app.ledger.PartyKind;
import org.homeward.app.ledger.SourceKind;
import org.homeward.app.ledger.Subject;
import org.homeward.app.ledger.Transfer;
import org.homeward.app.ledger.TransferKind;
import org.homeward.app.ledger.Unit;
import org.homeward.app.security.Role;
import org.homeward.app.security.SystemTasks;
import org.homeward.app.security.UserAccounts;
import org.homeward.app.testing.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

/**
 * A coordinator and analyst at work: receives a transfer from a manifest (a faulty one first), sees
 * the registered count beside both parties' claims, stores a body and samples it, prints labels,
 * and looks at the queues and the custody verification.
 */
class RemainsPagesBrowserTest extends BrowserTest {

    private static final String PASSWORD = "a long enough passphrase 7";

    @Autowired
    UserAccounts accounts;

    @Autowired
    Ledger ledger;

    private Transfer transfer;

    @BeforeEach
    void signIn() {
        String username = "morgue-" + UUID.randomUUID().toString().substring(0, 8);
        SystemTasks.runAs("test", () -> accounts.createWithPassword(username, "Morgue " + username,
                EnumSet.of(Role.COORDINATOR, Role.FORENSIC_ANALYST), PASSWORD));
        transfer = transferOn(LocalDate.of(2025, 6, 11));
        open("/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/remains"); // a coordinator starts at the remains register
    }

    /** A repatriation received on {@code date}, with each party's count claimed. */
    private Transfer transferOn(LocalDate date) {
        return SystemTasks.callAs("test", () -> {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            var russia = ledger.add(new NewParty("Russia " + suffix, PartyKind.STATE, null, List.of()));
            var ukraine = ledger.add(new NewParty("Ukraine " + suffix, PartyKind.STATE, null, List.of()));
            Transfer t = ledger.add(new NewTransfer(date, DatePrecision.DAY, "border", 1, russia.id(),
                    ukraine.id(), null, TransferKind.REPATRIATION, null, List.of(), null));
            var source = ledger.add(new NewSource("Test", null, "https://example.org/" + suffix, null, SourceKind.OFFICIAL_STATEMENT, null));
            var kyiv = ledger.add(new NewStatement(source.id(), ukraine.id(), null, null, "25 bodies"));
            var moscow = ledger.add(new NewStatement(source.id(), russia.id(), null, null, "28 bodies"));
            ledger.add(new NewClaim(kyiv.id(), ukraine.id(), Subject.transfer(t.id()), Unit.BODIES, Figure.exact(25), null, null, null, null));
            ledger.add(new NewClaim(moscow.id(), russia.id(), Subject.transfer(t.id()), Unit.BODIES, Figure.exact(28), null, null, null, null));
            return t;
        });
    }

    private static FilePayload csv(String text) {
        return new FilePayload("manifest.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_transfer_is_received_from_a_manifest_and_a_body_is_stored_sampled_and_labelled() {
        Page receipt = open("/remains/transfers/" + transfer.id());
        assertThat(receipt.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Transfer from Russia");

        receipt.getByLabel("Manifest file").setInputFiles(csv("bag number,other label,claimed place,claimed date\n1,RU-1,Bakhmut,2025-05-01\n2,RU-2,,31.02.2025\n"));
        receipt.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).click();
        assertThat(receipt.locator("#preview-errors")).containsText("31.02.2025");
        assertThat(receipt.locator("#preview-errors td").first()).hasText("3");
        assertThat(receipt.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register 1 bag"))).hasCount(0);

        StringBuilder manifest = new StringBuilder("bag number,other label,claimed place,claimed date\n");
        for (int i = 1; i <= 25; i++) {
            manifest.append(i).append(",RU-").append(i).append(",\"Donetsk region, near Bakhmut\",2025-05-").append(10 + i % 20).append('\n');
        }
        receipt.getByLabel("Manifest file").setInputFiles(csv(manifest.toString()));
        receipt.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).click();
        assertThat(receipt.locator("#preview")).containsText("Registering creates 25 bags, each with a body number, from UA-2025-06-11-0001 to UA-2025-06-11-0025");
        receipt.getByLabel("Witnesses (separated by commas)").fill("ICRC");
        receipt.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register 25 bags")).click();
        // the bags are registered in the background: the job's page follows it until it is done
        receipt.waitForURL("**/jobs/*");
        assertThat(receipt.locator("#job-status")).hasText("Done", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(receipt.locator("#manifest-imported")).containsText("Registered 25 bags: UA-2025-06-11-0001 to UA-2025-06-11-0025");
        receipt.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the transfer’s receipt")).click();
        assertThat(receipt.locator("#counts")).containsText("Claimed by Russia");
        assertThat(receipt.locator("#counts")).containsText("28");
        assertThat(receipt.locator("#registered-count")).containsText("25");

        Page body = open("/remains/UA-2025-06-11-0003");
        assertThat(body.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("UA-2025-06-11-0003");
        assertThat(body.locator(".custody-event")).hasCount(1);
        body.locator("#custody summary").click();
        body.locator("#custody-form").getByLabel("What").selectOption("STORAGE_IN");
        body.locator("#custody-form").getByLabel("Where").fill("Kyiv morgue no. 2");
        body.locator("#custody-form").getByLabel("Storage", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true))
                .selectOption("REFRIGERATED_CONTAINER");
        body.locator("#custody-form").getByLabel("Seals applied (separated by commas)").fill("S-200");
        body.locator("#custody-form").getByRole(AriaRole.BUTTON).click();
        assertThat(body.getByRole(AriaRole.STATUS)).containsText("Custody event");

        body.locator("#samples summary").click();
        body.locator("#sample-form").getByLabel("Which bone or tooth").fill("left femur");
        body.locator("#sample-form").getByLabel("Taken by").fill("Dr O. Koval");
        body.locator("#sample-form").getByRole(AriaRole.BUTTON).click();
        assertThat(body.getByRole(AriaRole.STATUS)).containsText("Sample DNA-");
        assertThat(body.locator(".custody-event")).hasCount(3);
        assertThat(body.locator(".custody-event").nth(0)).containsText("Handover");
        assertThat(body.locator(".custody-event").nth(1)).containsText("Into storage");
        assertThat(body.locator(".custody-event").nth(2)).containsText("Sampling");
        assertThat(body.locator("#custody")).containsText("Chain intact: 3 events");

        body.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Print label").setExact(true)).click();
        assertThat(page.locator(".label-code")).hasText("UA-2025-06-11-0003");
        assertThat(page.locator(".label svg")).hasCount(1);

        Page queues = open("/remains/queues");
        assertThat(queues.locator("#AWAITING_RESULTS")).containsText("UA-2025-06-11-0003");
        assertThat(queues.locator("#AWAITING_EXAMINATION")).containsText("UA-2025-06-11-0001");

        Page verification = open("/remains/custody/verification");
        assertThat(verification.locator("#verdict")).containsText("Every custody chain is intact");

        Page index = open("/remains");
        assertThat(index.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Remains register");
        assertThat(index.locator("#transfers")).containsText("25");
    }
    @Test
    void a_bag_is_split_its_label_recorded_later_and_its_remains_stored_in_one_step() {
        Transfer received = transferOn(LocalDate.of(2025, 7, 9));
        Page receipt = open("/remains/transfers/" + received.id());
        receipt.getByLabel("Manifest file").setInputFiles(csv("bag number,other label,condition\n1,RU-1,\n2,RU-2,\n,,unlabelled\n"));
        receipt.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).click();
        receipt.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register 3 bags")).click();
        assertThat(receipt.locator("#manifest-imported")).containsText("UA-2025-07-09-0001 to UA-2025-07-09-0003",
                new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        receipt.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the transfer’s receipt")).click();

        receipt.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a bag’s label read later")).click();
        assertThat(receipt.locator("#awaiting")).containsText("P-1");
        receipt.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the label of bag P-1")).click();
        assertThat(receipt.getByLabel("Bag number (as registered, a provisional number too)")).hasValue("P-1");
        receipt.getByLabel("Label as read").fill("RU-3");
        receipt.getByText("Record the label…").click();
        receipt.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the label")).click();
        assertThat(receipt.getByRole(AriaRole.STATUS)).containsText("Label of bag P-1 recorded: RU-3");
        assertThat(receipt.locator("#without-label td").nth(1)).hasText("0");

        Page body = open("/remains/UA-2025-07-09-0003");
        assertThat(body.locator(".custody-event").last()).containsText("label of bag P-1 read: RU-3");
        body = open("/remains/UA-2025-07-09-0001");
        body.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Split into bodies or parts")).click();
        assertThat(body.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Split UA-2025-07-09-0001");
        body.getByLabel("Bodies", new Page.GetByLabelOptions().setExact(true)).fill("2");
        body.getByLabel("Why the remains are divided (examination, findings)").fill("two skulls");
        body.getByText("Split the remains…").click();
        body.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Split the remains")).click();
        assertThat(body.getByRole(AriaRole.STATUS)).containsText("divided into 2 new numbers: UA-2025-07-09-0004, UA-2025-07-09-0005");

        body = open("/remains/UA-2025-07-09-0002");
        body.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Custody event for many remains")).click();
        assertThat(body.getByLabel("First body number")).hasValue("UA-2025-07-09-0002");
        body.getByLabel("Last body number").fill("UA-2025-07-09-0003");
        body.getByLabel("Body numbers or scanned label codes").fill("UA-2025-07-09-0004\nUA-2025-07-09-0005\n");
        body.locator("#bulk-form").getByLabel("What").selectOption("STORAGE_IN");
        body.locator("#bulk-form").getByLabel("Where").fill("Kyiv morgue no. 2");
        body.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).click();
        assertThat(body.locator("#bulk-items tbody tr")).hasCount(4);
        assertThat(body.locator("#bulk-preview")).containsText("Each of the 4 remains can take this event");
        body.getByText("Record for 4 remains…").click();
        body.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record for 4 remains")).click();
        assertThat(body.getByRole(AriaRole.STATUS)).containsText("Recorded 4 custody events");
        body = open("/remains/UA-2025-07-09-0005");
        assertThat(body.locator(".custody-event").last()).containsText("Into storage");
    }
}
