package org.homeward.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
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
        assertThat(onEveryMainPage("en-GB", new int[] {PHONE, DESKTOP}, PageChecks::overflow)).isEmpty();
    }

    @Test
    void the_sign_out_button_is_reachable_on_a_phone() {
        Page page = signedIn(Role.FORENSIC_ANALYST, PHONE, "en-GB");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.url()).endsWith("/?signedOut");
    }

    @Test
    void axe_finds_no_serious_or_critical_violation_on_any_main_page() {
        assertThat(onEveryMainPage("en-GB", new int[] {PHONE, DESKTOP}, PageChecks::axeViolations)).isEmpty();
    }
}
