package org.homeward.app.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.homeward.app.testing.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

class SignInBrowserTest extends BrowserTest {

    @Autowired
    UserAccounts accounts;

    UserAccount admin;
    UserAccount observer;

    @BeforeEach
    void accounts() {
        admin = SecurityTestSupport.newUser(accounts, "admin", Role.ADMINISTRATOR);
        observer = SecurityTestSupport.newUser(accounts, "observer", Role.OBSERVER);
    }

    @Test
    void an_administrator_signs_in_and_manages_users() {
        Page page = signIn(admin);

        // an administrator's work is the users: signing in lands there, not on the account page
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Users");
        open("/account");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Your account");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Users");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(observer.username()))).isVisible();

        page.getByLabel("Username").fill("new.colleague");
        page.getByLabel("COORDINATOR").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the user")).click();
        assertThat(page.locator("#one-time-link")).containsText("/password/");
    }

    @Test
    void an_observer_is_refused_the_users_page_and_a_stranger_is_sent_to_sign_in() {
        Page anonymous = open("/admin/users");
        assertThat(anonymous.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Sign in");

        Page page = signIn(observer);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users"))).hasCount(0);
        open("/admin/users");
        assertThat(page.getByText("You are not allowed to see this page.")).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in")).first()).isVisible();
    }

    @Test
    void a_wrong_password_says_so() {
        Page page = open("/login");
        page.getByLabel("Username").fill(admin.username());
        page.getByLabel("Password").fill("not the right one");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Wrong username or password.");
    }

    private Page signIn(UserAccount account) {
        Page page = open("/login");
        page.getByLabel("Username").fill(account.username());
        page.getByLabel("Password").fill(SecurityTestSupport.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        return page;
    }
}
