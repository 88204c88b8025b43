package org.homeward.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.homeward.app.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Page;

/**
 * The design system's promises (no sideways scroll at 390 or 1366 pixels, no serious or critical
 * axe-core violation) held on the detail pages each role opens from its lists, with the whole demo
 * data loaded ({@code serve --demo}); the pedigree drawing scrolls inside its own box on a phone;
 * keyboard focus is visible and the skip link leads past the navigation.
 */
@TestPropertySource(properties = "homeward.demo=true")
class DetailPagesBrowserTest extends RolePagesBrowserTest {

    /**
     * A detail page, reached as {@code role} by following the first link matching {@code link} on
     * {@code from} (a path, or the name of a detail found before it); without a link, {@code from} is the page.
     */
    private record Detail(String name, Role role, String from, String link) {
    }

    private static final List<Detail> DETAILS = List.of(
            new Detail("transfer", Role.COORDINATOR, "/ledger", "a[href^='/ledger/transfers/']:not([href$='/new'])"),
            new Detail("agreement", Role.COORDINATOR, "/ledger", "a[href^='/ledger/agreements/']:not([href$='/new'])"),
            new Detail("source", Role.COORDINATOR, "/ledger/sources", "td a[href^='/ledger/sources/']"),
            new Detail("receipt", Role.COORDINATOR, "/remains", "a[href^='/remains/transfers/']"),
            new Detail("body", Role.COORDINATOR, "/remains", "#found td a[href^='/remains/']"),
            new Detail("candidate", Role.FORENSIC_ANALYST, "/identification", "a[href^='/identification/candidates/']"),
            new Detail("run", Role.FORENSIC_ANALYST, "/identification/runs", "td a[href^='/identification/runs/']"),
            new Detail("decision", Role.FORENSIC_ANALYST, "/identification/decisions", "td a[href^='/identification/candidates/']"),
            new Detail("missing person", Role.FAMILY_LIAISON, "/registry", "#persons a[href^='/registry/missing-persons/']"),
            new Detail("family", Role.FAMILY_LIAISON, "missing person", "a[href^='/registry/families/']"),
            new Detail("notification", Role.FAMILY_LIAISON, "/families/notifications?status=ALL", "td a[href^='/families/notifications/']"),
            new Detail("account", Role.FAMILY_LIAISON, "/account", null),
            new Detail("audit verification", Role.AUDITOR, "/audit/verification", null));

    private static final String UKRAINIAN = "uk-UA";
    private static final String PUBLIC_STATISTICS = "/statistics";

    /** Each detail's path, found once from the demo data (the same in every test of this context). */
    private static Map<String, String> paths;

    @Test
    void no_detail_page_scrolls_sideways_on_a_phone_or_a_laptop() {
        assertThat(onEveryDetailPage(PageChecks::overflow)).isEmpty();
    }

    @Test
    void axe_finds_no_serious_or_critical_violation_on_any_detail_page() {
        assertThat(onEveryDetailPage(PageChecks::axeViolations)).isEmpty();
    }

    @Test
    void the_pedigree_drawing_scrolls_inside_its_own_box_on_a_phone() {
        Page page = signedIn(Role.FAMILY_LIAISON, PHONE, "en-GB");
        page.navigate(url(detailPaths().get("family")));
        Map<?, ?> box = (Map<?, ?>) page.evaluate("""
                () => {
                  const box = document.querySelector('.pedigree-drawing');
                  return { right: box.getBoundingClientRect().right, scrollWidth: box.scrollWidth,
                           clientWidth: box.clientWidth, overflowX: getComputedStyle(box).overflowX };
                }""");
        assertThat(((Number) box.get("right")).doubleValue()).isLessThanOrEqualTo(PHONE);
        assertThat(((Number) box.get("scrollWidth")).intValue()).as("the drawing is wider than a phone")
                .isGreaterThan(((Number) box.get("clientWidth")).intValue());
        assertThat(box.get("overflowX")).isIn("auto", "scroll");
        assertThat(PageChecks.overflow(page, "family")).isEmpty();
    }

    @Test
    void the_skip_link_leads_past_the_navigation_and_keyboard_focus_is_visible() {
        Page page = signedIn(Role.COORDINATOR, DESKTOP, "en-GB");
        page.navigate(url(detailPaths().get("transfer")));
        String unfocusedLink = focusStyle(page, "main a");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.textContent")).isEqualTo("Skip to main content");
        assertThat(((Number) page.evaluate("document.activeElement.getBoundingClientRect().height")).doubleValue())
                .as("the skip link shows itself when focused").isGreaterThan(10);
        page.keyboard().press("Enter");
        // The fragment navigation is asynchronous in the browser: wait for it (up to the default timeout), then check.
        page.waitForFunction("location.hash === '#main-content'");
        assertThat(page.url()).endsWith("#main-content");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.getElementById('main-content').contains(document.activeElement)"))
                .as("the next Tab lands in the content, not the navigation").isEqualTo(true);
        String focused = (String) page.evaluate("document.activeElement.tagName");
        assertThat(focused).isIn("A", "BUTTON", "INPUT", "SELECT", "TEXTAREA", "SUMMARY");
        assertThat(focusStyle(page, ":focus")).as("the focused element looks different").isNotEqualTo(unfocusedLink);
        assertThat(focusStyle(page, ":focus")).contains("rgb(255, 221, 0)");
    }

    /** The computed outline, background and shadow of the first element matching {@code selector}. */
    private static String focusStyle(Page page, String selector) {
        return (String) page.evaluate("""
                selector => { const s = getComputedStyle(document.querySelector(selector));
                              return s.outlineStyle + ' ' + s.outlineColor + ' | ' + s.backgroundColor + ' | ' + s.boxShadow; }""",
                selector);
    }

    /** What {@code check} finds on every detail page at both widths, and on the public statistics in Ukrainian. */
    private List<String> onEveryDetailPage(BiFunction<Page, String, List<String>> check) {
        Map<String, String> found = detailPaths();
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {PHONE, DESKTOP}) {
            for (Role role : MAIN_PAGES.keySet()) {
                Page page = null;
                for (Detail detail : DETAILS) {
                    if (detail.role() == role) {
                        page = page == null ? signedIn(role, width, "en-GB") : page;
                        problems.addAll(visit(page, found.get(detail.name()), detail.name(), check));
                    }
                }
            }
            problems.addAll(visit(newPage(options(width, UKRAINIAN)), PUBLIC_STATISTICS, "public statistics (uk)", check));
        }
        return problems;
    }

    /** What {@code check} finds on the page at {@code path}; a page that is not there (an error, a refusal) is a problem in itself. */
    private List<String> visit(Page page, String path, String name, BiFunction<Page, String, List<String>> check) {
        int status = page.navigate(url(path)).status();
        return status == 200 ? check.apply(page, name + " " + path) : List.of(name + " " + path + ": HTTP " + status);
    }

    /** Follows each detail's link from its list in the demo data; a missing link fails the test rather than skipping the page. */
    private Map<String, String> detailPaths() {
        if (paths != null) {
            return paths;
        }
        Map<String, String> found = new LinkedHashMap<>();
        Map<Role, Page> pages = new LinkedHashMap<>();
        for (Detail detail : DETAILS) {
            Page page = pages.computeIfAbsent(detail.role(), role -> signedIn(role, DESKTOP, "en-GB"));
            String from = detail.from().startsWith("/") ? detail.from() : found.get(detail.from());
            if (detail.link() == null) {
                found.put(detail.name(), from);
                continue;
            }
            page.navigate(url(from));
            assertThat(page.locator(detail.link()).count()).as("a link to a " + detail.name() + " on " + from).isPositive();
            found.put(detail.name(), page.locator(detail.link()).first().getAttribute("href"));
        }
        paths = found;
        return found;
    }
}
