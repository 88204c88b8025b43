package org.homeward.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.app.demo.LedgerDemoData;
import org.homeward.app.security.Role;
import org.homeward.app.security.SystemTasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The design system held to its promises on every main page, as each role sees it (with the
 * ledger's public reports loaded, so that lists have rows): signing in lands on the role's work;
 * no page scrolls sideways at 390 or 1366 pixels; axe-core finds no serious or critical
 * accessibility violation; sign-out is reachable on a phone.
 */
class DesignSystemBrowserTest extends RolePagesBrowserTest {

    @Autowired
    LedgerDemoData ledgerDemo;

    @BeforeEach
    void ledgerData() {
        SystemTasks.runAs("test", ledgerDemo::load);
    }

    @Test
    void each_role_signs_in_to_its_work() {
        Map<Role, String> landed = new LinkedHashMap<>();
        for (Role role : MAIN_PAGES.keySet()) {
            Page page = signedIn(role, DESKTOP, "en-GB");
            landed.put(role, page.url().replace(url(""), ""));
        }
        Map<Role, String> expected = new LinkedHashMap<>();
        MAIN_PAGES.forEach((role, pages) -> expected.put(role, pages.get(0)));
        assertThat(landed).isEqualTo(expected);
    }

    @Test
    void no_main_page_scrolls_sideways_on_a_phone_or_a_laptop() {
        assertThat(onEveryMainPage("en-GB", new int[] {PHONE, DESKTOP}, DesignSystemBrowserTest::overflow)).isEmpty();
    }

    @Test
    void the_sign_out_button_is_reachable_on_a_phone() {
        Page page = signedIn(Role.FORENSIC_ANALYST, PHONE, "en-GB");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.url()).endsWith("/?signedOut");
    }

    @Test
    void axe_finds_no_serious_or_critical_violation_on_any_main_page() throws IOException {
        String axe = axeSource();
        assertThat(onEveryMainPage("en-GB", new int[] {PHONE, DESKTOP}, (page, path) -> axeViolations(page, path, axe))).isEmpty();
    }

    private static List<String> overflow(Page page, String path) {
        int width = page.viewportSize().width;
        Object scroll = page.evaluate("() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]");
        List<?> sizes = (List<?>) scroll;
        int scrollWidth = ((Number) sizes.get(0)).intValue();
        int clientWidth = ((Number) sizes.get(1)).intValue();
        return scrollWidth <= clientWidth ? List.of() : List.of(path + " at " + width + " px: " + scrollWidth + " > " + clientWidth);
    }

    /** axe-core's serious and critical violations on the page, one line each: the rule and where. */
    private static List<String> axeViolations(Page page, String path, String axe) {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
        Object found = page.evaluate("""
                async () => {
                  const result = await axe.run(document, { resultTypes: ['violations'] });
                  return result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '));
                }""");
        List<String> lines = new ArrayList<>();
        for (Object line : (List<?>) found) {
            lines.add(path + " " + page.viewportSize().width + " px: " + line);
        }
        return lines;
    }

    /** axe.min.js as Deque ships it in its Playwright integration's jar. */
    private static String axeSource() throws IOException {
        try (InputStream in = DesignSystemBrowserTest.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            assertThat(in).as("axe.min.js from com.deque.html.axe-core:playwright").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
