package org.homeward.app.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.homeward.app.testing.BrowserTest;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

class HomePageBrowserTest extends BrowserTest {

    @Test
    void a_visitor_sees_what_homeward_is_and_where_to_sign_in() {
        Page home = open("/");

        assertThat(home).hasTitle("Homeward");
        assertThat(home.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Homeward");
        assertThat(home.getByText("keeps the record of the war dead")).isVisible();
        assertThat(home.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Public statistics"))).isVisible();
        assertThat(home.locator("#sign-in").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Sign in"))).hasAttribute("href", "/login");
    }

    @Test
    void a_missing_page_shows_a_friendly_error_page() {
        Page missing = open("/css/no-such-file.css");

        assertThat(missing.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Something went wrong");
        assertThat(missing.getByText("There is no page at this address.")).isVisible();
        assertThat(missing.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the home page"))).isVisible();
    }
}
