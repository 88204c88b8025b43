package org.homeward.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.homeward.app.audit.AuditEvent;
import org.homeward.app.genetics.GeneticData;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.remains.BodyNumber;
import org.homeward.app.remains.EffectCategory;
import org.homeward.app.remains.LedgerFixture;
import org.homeward.app.remains.NewBag;
import org.homeward.app.remains.NewEffect;
import org.homeward.app.remains.RemainsRegister;
import org.homeward.app.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Pages kept as rendered (web.RenderedPages): served again to the same person in any of their sessions,
 * each with its own CSRF token that works for that session only, never to another person, never
 * across a change, after a sign-in or an audited read only where the page lists them, and never when
 * their own read is audited; a real page (a body's) until what it shows changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({KeptPagesTest.CountingPages.class, MutableClock.Config.class})
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

    @Autowired
    Ledger ledger;

    @Autowired
    RemainsRegister register;

    @Autowired
    MeterRegistry metrics;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_kept_page_is_sent_again_to_its_session_and_its_csrf_token_still_signs_out() throws Exception {
        HttpSession auditor = signedIn(Role.AUDITOR);
        auditor.get("/kept-test/form");
        int before = pages.rendered.get();
        String first = auditor.get("/kept-test/form").body();
        String again = auditor.get("/kept-test/form").body();

        assertThat(pages.rendered.get()).isEqualTo(before);
        assertThat(withoutToken(again)).isEqualTo(withoutToken(first));
        assertThat(token(again)).isNotEqualTo(token(first)); // masked afresh for each request, as a rendering would
        HttpResponse<String> signedOut = auditor.submit("/kept-test/form", "/logout", Map.of());
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/?signedOut"));
        assertThat(auditor.get("/kept-test/form").statusCode()).isEqualTo(302); // signed out: nothing kept is sent
    }

    @Test
    void another_session_of_the_same_person_gets_the_kept_page_with_its_own_token_and_another_person_never() throws Exception {
        UserAccount account = SecurityTestSupport.newUser(accounts, "kept", Role.AUDITOR);
        HttpSession one = signIn(account);
        HttpSession two = signIn(account);
        HttpSession other = signedIn(Role.AUDITOR);
        one.get("/kept-test/form");
        String ones = one.get("/kept-test/form").body();
        int before = pages.rendered.get();

        String twos = two.get("/kept-test/form").body();
        assertThat(pages.rendered.get()).isEqualTo(before);
        assertThat(withoutToken(twos)).isEqualTo(withoutToken(ones));
        assertThat(other.get("/kept-test/form").body()).doesNotContain(account.username());
        assertThat(pages.rendered.get()).isEqualTo(before + 1);

        // each session's token works for it alone: signing out with one's token in two's session is refused
        assertThat(two.post("/logout", Map.of("_csrf", token(ones))).statusCode()).isEqualTo(403);
        assertThat(two.post("/logout", Map.of("_csrf", token(twos))).statusCode()).isEqualTo(302);
        assertThat(one.get("/kept-test/form").statusCode()).isEqualTo(200);
    }

    @Test
    void sign_ins_and_audited_reads_keep_pages_but_the_audit_log_shows_them() throws Exception {
        UserAccount analyst = SecurityTestSupport.newUser(accounts, "kept", Role.FORENSIC_ANALYST); // a change: before the pages
        HttpSession auditor = signedIn(Role.AUDITOR);
        auditor.get("/audit");
        auditor.get("/kept-test/plain");
        int before = pages.rendered.get();

        signIn(analyst);
        SystemTasks.runAs("test", () -> events.publishEvent(AuditEvent.of(GeneticData.READ_ACTION, "sample:S-1")));

        auditor.get("/kept-test/plain");
        assertThat(pages.rendered.get()).isEqualTo(before);
        assertThat(auditor.get("/audit").body()).contains(GeneticData.READ_ACTION);
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
    void keeping_the_audit_log_keeps_the_other_pages_kept() throws Exception {
        HttpSession auditor = signedIn(Role.AUDITOR); // a sign-in: the audit log's number is now past the last change's
        auditor.get("/kept-test/plain");
        int before = pages.rendered.get();
        SystemTasks.runAs("test", () -> events.publishEvent(AuditEvent.of(GeneticData.READ_ACTION, "sample:S-2")));

        auditor.get("/audit"); // rendered and kept under the newest entry's number, which is not a change's
        auditor.get("/kept-test/plain");
        assertThat(pages.rendered.get()).isEqualTo(before);
    }

    @Test
    void a_kept_page_is_kept_until_the_next_day_and_not_longer() throws Exception {
        HttpSession auditor = signedIn(Role.AUDITOR);
        auditor.get("/kept-test/plain");
        int before = pages.rendered.get();

        clock.advance(Duration.ofHours(1));
        auditor.get("/kept-test/plain");
        assertThat(pages.rendered.get()).isEqualTo(before);

        clock.advance(Duration.ofDays(1));
        auditor.get("/kept-test/plain");
        assertThat(pages.rendered.get()).isEqualTo(before + 1);
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

    @Test
    void a_page_declared_with_an_audited_read_is_kept_and_every_request_for_it_audited_again() throws Exception {
        UserAccount analyst = SecurityTestSupport.newUser(accounts, "kept", Role.FORENSIC_ANALYST);
        HttpSession reader = signIn(analyst);
        String code = "K-" + System.nanoTime();
        String first = reader.get("/kept-test/profiles/" + code).body();
        int before = pages.rendered.get();
        String second = reader.get("/kept-test/profiles/" + code).body();
        String third = reader.get("/kept-test/profiles/" + code).body();

        assertThat(pages.rendered.get()).isEqualTo(before);
        assertThat(second).isEqualTo(first).isEqualTo(third);
        List<Map<String, Object>> reads = jdbc.sql("SELECT actor, action, details FROM audit_event WHERE subject = ? ORDER BY seq")
                .param("sample:" + code).query().listOfRows();
        assertThat(reads).hasSize(3).allSatisfy(read -> {
            assertThat(read.get("actor")).isEqualTo(analyst.username());
            assertThat(read.get("action")).isEqualTo(GeneticData.READ_ACTION);
        });
        assertThat(reads.stream().map(read -> read.get("details").toString()).distinct()).hasSize(1);
    }

    @Test
    void a_page_shown_through_a_break_glass_grant_is_rendered_for_every_request() throws Exception {
        HttpSession auditor = signedIn(Role.AUDITOR);
        auditor.get("/kept-test/open-grant");
        String first = auditor.get("/kept-test/opened").body();
        int before = pages.rendered.get();
        auditor.get("/kept-test/opened");

        assertThat(first).contains("open,");
        assertThat(pages.rendered.get()).isEqualTo(before + 1);
    }

    @Test
    void a_body_page_is_kept_until_its_remains_change() throws Exception {
        HttpSession coordinator = signedIn(Role.COORDINATOR);
        String body = "/remains/" + SystemTasks.callAs("test", () -> {
            TransferId transfer = LedgerFixture.transfer(ledger, LocalDate.of(2025, 5, 6), 1, 1).transfer().id();
            return register.registerBag(transfer, new NewBag("1", null, null, null, null, null, null, null)).bodyNumbers().get(0);
        });
        String first = coordinator.get(body).body();
        double kept = servedKept();

        assertThat(withoutToken(coordinator.get(body).body())).isEqualTo(withoutToken(first));
        assertThat(servedKept()).isEqualTo(kept + 1);

        SystemTasks.runAs("test", () -> register.addEffect(new BodyNumber(body.substring("/remains/".length())),
                new NewEffect(EffectCategory.OTHER, "a watch found after the page was kept")));
        assertThat(coordinator.get(body).body()).contains("a watch found after the page was kept");
        assertThat(servedKept()).isEqualTo(kept + 1);
    }

    private double servedKept() {
        return metrics.counter("homeward.pages.kept", "served", "kept").count();
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

    private static String withoutToken(String page) {
        return CSRF.matcher(page).replaceAll("name=\"_csrf\" value=\"\"");
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
        private final BreakGlass breakGlass;

        CountingPages(ApplicationEventPublisher events, BreakGlass breakGlass) {
            this.events = events;
            this.breakGlass = breakGlass;
        }

        @KeptPage
        @SignedIn
        @GetMapping(value = "/kept-test/plain", produces = MediaType.TEXT_HTML_VALUE)
        @ResponseBody
        String plain() {
            return "<p>rendering " + rendered.incrementAndGet() + "</p>";
        }

        /** Names who is signed in and carries the session's CSRF token in a form, as every page's sign-out does. */
        @KeptPage
        @SignedIn
        @GetMapping(value = "/kept-test/form", produces = MediaType.TEXT_HTML_VALUE)
        @ResponseBody
        String form(HttpServletRequest request) {
            CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            return "<p>" + Actor.current().name() + ", rendering " + rendered.incrementAndGet() + "</p>"
                    + "<form method=\"post\" action=\"/logout\"><input type=\"hidden\" name=\"_csrf\" value=\"" + csrf.getToken()
                    + "\"></form><form method=\"post\" action=\"/logout\"><input type=\"hidden\" name=\"_csrf\" value=\""
                    + csrf.getToken() + "\"></form>";
        }

        @KeptPage
        @SignedIn
        @GetMapping(value = "/kept-test/audited", produces = MediaType.TEXT_HTML_VALUE)
        @ResponseBody
        String audited() {
            events.publishEvent(AuditEvent.of(GeneticData.READ_ACTION, "sample:S-1")); // a read: not a change, but audited each time
            return "<p>rendering " + rendered.incrementAndGet() + "</p>";
        }

        /** Shows a profile's sample code, as the candidate page does, its read audited. */
        @KeptPage(auditedRead = true)
        @SignedIn
        @GetMapping(value = "/kept-test/profiles/{code}", produces = MediaType.TEXT_HTML_VALUE)
        @ResponseBody
        String profiles(@PathVariable String code) {
            events.publishEvent(AuditEvent.of(GeneticData.READ_ACTION, "sample:" + code).with("samples", code));
            rendered.incrementAndGet();
            return "<p>profile " + code + "</p>";
        }

        @SignedIn
        @GetMapping(value = "/kept-test/open-grant", produces = MediaType.TEXT_HTML_VALUE)
        @ResponseBody
        String openGrant() {
            breakGlass.open(GeneticData.linkResource("KEPT-1"), "to see what a kept page does under a grant");
            return "<p>opened</p>";
        }

        @KeptPage
        @SignedIn
        @GetMapping(value = "/kept-test/opened", produces = MediaType.TEXT_HTML_VALUE)
        @ResponseBody
        String opened() {
            boolean open = breakGlass.access(Permission.GENETIC_LINK_READ, GeneticData.linkResource("KEPT-1")).isPresent();
            return "<p>" + (open ? "open" : "closed") + ", rendering " + rendered.incrementAndGet() + "</p>";
        }
    }
}
