package org.homeward.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.app.audit.AuditEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Pages kept as rendered (web.RenderedPages): served again only to the session that rendered them,
 * with a CSRF token that still works, never across a write, and never when their read is audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(KeptPagesTest.CountingPages.class)
class KeptPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    CountingPages pages;

    @Test
    void a_kept_page_is_sent_again_to_its_session_and_its_csrf_token_still_signs_out() throws Exception {
        HttpSession auditor = signedIn(Role.AUDITOR);
        auditor.get("/audit"); // the session's CSRF token is made while this renders: kept from the next one
        String first = auditor.get("/audit").body();
        String again = auditor.get("/audit").body();

        assertThat(again).isEqualTo(first); // the masked CSRF token of a fresh rendering would differ
        HttpResponse<String> signedOut = auditor.submit("/audit", "/logout", Map.of());
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/?signedOut"));
        assertThat(auditor.get("/audit").statusCode()).isEqualTo(302); // signed out: nothing kept is sent
    }

    @Test
    void another_session_never_gets_the_bytes_kept_for_one() throws Exception {
        UserAccount account = SecurityTestSupport.newUser(accounts, "kept", Role.AUDITOR);
        HttpSession one = signIn(account);
        HttpSession two = signIn(account);
        HttpSession other = signedIn(Role.AUDITOR);
        String ones = one.get("/audit").body();
        one.get("/audit");

        for (HttpSession session : new HttpSession[] {two, other}) {
            String theirs = session.get("/audit").body();
            assertThat(token(theirs)).isNotEqualTo(token(ones));
        }
        assertThat(other.get("/audit").body()).doesNotContain(account.username() + "</a>");
        int before = pages.rendered.get();
        two.get("/kept-test/plain");
        one.get("/kept-test/plain");
        assertThat(pages.rendered.get()).isEqualTo(before + 2);
    }

    @Test
    void a_write_makes_the_next_request_render_afresh_with_the_new_data() throws Exception {
        HttpSession auditor = signedIn(Role.AUDITOR);
        auditor.get("/audit");
        assertThat(auditor.get("/audit").body()).doesNotContain("kept-test.written");
        int before = pages.rendered.get();
        auditor.get("/kept-test/plain");
        auditor.get("/kept-test/plain");
        assertThat(pages.rendered.get()).isEqualTo(before + 1);

        SystemTasks.runAs("test", () -> events.publishEvent(AuditEvent.of("kept-test.written", "test:1")));

        assertThat(auditor.get("/audit").body()).contains("kept-test.written");
        auditor.get("/kept-test/plain");
        assertThat(pages.rendered.get()).isEqualTo(before + 2);
    }

    @Test
    void a_page_whose_read_is_audited_is_rendered_for_every_request() throws Exception {
        HttpSession reader = signedIn(Role.AUDITOR);
        String first = reader.get("/kept-test/audited").body();
        String second = reader.get("/kept-test/audited").body();
        String third = reader.get("/kept-test/audited").body();

        assertThat(first).isNotEqualTo(second).isNotEqualTo(third);
        assertThat(second).isNotEqualTo(third);
    }

    private HttpSession signedIn(Role role) throws Exception {
        return signIn(SecurityTestSupport.newUser(accounts, "kept", role));
    }

    private HttpSession signIn(UserAccount account) throws Exception {
        HttpSession browser = new HttpSession(port);
        HttpResponse<String> signedIn = browser.submit("/login", "/login",
                Map.of("username", account.username(), "password", SecurityTestSupport.PASSWORD));
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("/login"));
        return browser;
    }

    private static String token(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("a CSRF token on the page").isTrue();
        return token.group(1);
    }

    /** Pages that count their renderings; one audits its read as a restricted record's page does. */
    @Controller
    static class CountingPages {

        final AtomicInteger rendered = new AtomicInteger();
        private final ApplicationEventPublisher events;

        CountingPages(ApplicationEventPublisher events) {
            this.events = events;
        }

        @KeptPage
        @SignedIn
        @GetMapping(value = "/kept-test/plain", produces = MediaType.TEXT_HTML_VALUE)
        @ResponseBody
        String plain() {
            return "<p>rendering " + rendered.incrementAndGet() + "</p>";
        }

        @KeptPage
        @SignedIn
        @GetMapping(value = "/kept-test/audited", produces = MediaType.TEXT_HTML_VALUE)
        @ResponseBody
        String audited() {
            events.publishEvent(AuditEvent.of("kept-test.read", "test:1"));
            return "<p>rendering " + rendered.incrementAndGet() + "</p>";
        }
    }
}
