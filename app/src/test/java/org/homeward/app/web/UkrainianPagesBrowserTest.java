package org.homeward.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.app.ledger.DatePrecision;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.NewParty;
import org.homeward.app.ledger.NewTransfer;
import org.homeward.app.ledger.Party;
import org.homeward.app.ledger.PartyKind;
import org.homeward.app.ledger.TransferKind;
import org.homeward.app.security.Role;
import org.homeward.app.security.SystemTasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Page;

/**
 * A Ukrainian reader in Kyiv meets no English word on the main pages: every Latin-script word of
 * the interface (header, headings, labels, buttons, tables, enum values, dates) outside a short
 * allow-list of names and codes fails the test. The data is entered in Ukrainian, so that what is
 * found is the interface's, not the data's.
 */
@TestPropertySource(properties = "homeward.display-time-zone=Europe/Kyiv")
class UkrainianPagesBrowserTest extends RolePagesBrowserTest {

    /**
     * Latin-script words a Ukrainian page may show: the software's name, abbreviations used as they
     * are in Ukrainian, names of formats, and the HTTP header a token is sent in.
     */
    private static final Set<String> LATIN_ALLOWED = Set.of("Homeward", "LR", "API", "URL", "ID", "CSV", "JSON", "PDF", "CODIS", "CMF",
            "GeneMapper", "STR", "Authorization", "Bearer", "TOKEN");

    /** The test's own usernames (ui-coordinator…), shown in the header: names, not words. */
    private static final Pattern USERNAME = Pattern.compile("ui-[a-z-]+");

    private static final Pattern LATIN_WORD = Pattern.compile("\\b[A-Za-z][A-Za-z'’]+\\b");

    /**
     * The visible text of the page (its title too), less code samples and the audit log's entries,
     * which show what was recorded (action codes, details) as it was recorded: evidence, not interface.
     */
    private static final String VISIBLE_TEXT = """
            () => {
              const copy = document.body.cloneNode(true);
              copy.querySelectorAll('code, script, style, .audit-log tbody').forEach(e => e.remove());
              return document.title + '\\n' + copy.innerText;
            }""";

    @Autowired
    Ledger ledger;

    @BeforeEach
    void aTransferInUkrainian() {
        SystemTasks.runAs("test", () -> {
            if (ledger.parties().stream().noneMatch(p -> p.name().equals("Україна"))) {
                Party ukraine = ledger.add(new NewParty("Україна", PartyKind.STATE, null, List.of()));
                Party russia = ledger.add(new NewParty("Росія", PartyKind.STATE, null, List.of()));
                ledger.add(new NewTransfer(LocalDate.of(2025, 6, 1), DatePrecision.MONTH, "Київ", null, russia.id(), ukraine.id(), null,
                        TransferKind.REPATRIATION, null, List.of(), null));
            }
        });
    }

    @Test
    void a_ukrainian_reader_meets_no_english_word_on_the_main_pages() {
        assertThat(onEveryMainPage("uk-UA", new int[] {DESKTOP}, UkrainianPagesBrowserTest::englishWords)).isEmpty();
    }

    @Test
    void a_transfer_known_to_the_month_shows_the_month_in_ukrainian() {
        Page page = signedIn(Role.COORDINATOR, DESKTOP, "uk-UA");
        page.navigate(url("/remains"));
        assertThat(page.locator("#transfers").innerText()).contains("червень 2025").contains("Репатріація")
                .doesNotContain("1 черв");
    }

    @Test
    void the_check_sees_an_english_word_that_escaped_the_bundles() {
        Page page = newPage(options(DESKTOP, "uk-UA"));
        page.navigate(url("/login"));
        page.evaluate("document.querySelector('main').insertAdjacentHTML('beforeend', '<p>Sign in</p>')");
        assertThat(englishWords(page, "/login")).containsExactly("/login: [Sign, in]");
    }

    /** The page's Latin-script words outside the allow-list, as one line, or none. */
    private static List<String> englishWords(Page page, String path) {
        String text = USERNAME.matcher((String) page.evaluate(VISIBLE_TEXT)).replaceAll("");
        Set<String> words = new TreeSet<>();
        Matcher m = LATIN_WORD.matcher(text);
        while (m.find()) {
            if (!LATIN_ALLOWED.contains(m.group())) {
                words.add(m.group());
            }
        }
        return words.isEmpty() ? List.of() : List.of(path + ": " + words);
    }
}
