package org.homeward.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first start on a new database: no accounts, no default password, a one-time setup link on
 * the console with which the first administrator is created, once. Then a real sign-in over HTTP,
 * with the session cookie's flags.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "homeward.security.setup-link-validity=2h")
@ExtendWith(OutputCaptureExtension.class)
class SetupLinkTest {

    private static final Pattern LINK = Pattern.compile("http://localhost:(\\d+)(/setup/[A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Test
    void the_first_start_prints_a_setup_link_that_creates_the_first_administrator_once(CapturedOutput output) throws Exception {
        Matcher link = LINK.matcher(output.getOut());
        assertThat(link.find()).as("setup link on standard output").isTrue();
        assertThat(output.getOut()).contains("No administrator exists yet");
        assertThat(link.group(1)).isEqualTo(Integer.toString(port));
        assertThat(accounts.list()).isEmpty();
        assertThat(output.getOut()).doesNotContain("Using generated security password");

        HttpSession browser = new HttpSession(port);
        HttpResponse<String> weak = browser.submit(link.group(2), link.group(2),
                Map.of("username", "chief", "displayName", "Chief Administrator", "password", "short", "repeatPassword", "short"));
        assertThat(weak.body()).contains("at least 12 characters");

        HttpResponse<String> created = browser.submit(link.group(2), link.group(2), Map.of("username", "chief", "displayName",
                "Chief Administrator", "password", "a quiet night in Kharkiv", "repeatPassword", "a quiet night in Kharkiv"));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?created"));
        assertThat(accounts.administratorExists()).isTrue();
        assertThat(new HttpSession(port).get(link.group(2)).body()).contains("This link no longer works");

        HttpSession chief = new HttpSession(port);
        HttpResponse<String> signedIn = chief.submit("/login", "/login", Map.of("username", "chief", "password", "a quiet night in Kharkiv"));
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/users"));
        String cookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("Secure").contains("SameSite=Lax");
        assertThat(chief.get("/admin/users").body()).contains("<h1>Users</h1>").contains("chief");
    }
}
