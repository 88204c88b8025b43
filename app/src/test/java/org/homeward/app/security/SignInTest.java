package org.homeward.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.EnumSet;

import org.homeward.app.audit.AuditEntry;
import org.homeward.app.audit.AuditLog;
import org.homeward.app.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Signing in: sessions, CSRF, throttling and lockout, audit, and the answers of a refused request. */
@SpringBootTest
@Import(MutableClock.Config.class)
class SignInTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserAccounts accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    MutableClock clock;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    SecurityProperties properties;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void a_person_signs_in_with_a_new_session_id_and_the_sign_in_is_audited() throws Exception {
        UserAccount alice = SecurityTestSupport.newUser(accounts, "alice", Role.COORDINATOR);
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        MvcResult result = mvc.perform(login(alice.username(), SecurityTestSupport.PASSWORD)
                        .with(from("10.0.0.1")).session(session))
                .andExpect(authenticated().withUsername(alice.username()))
                .andExpect(redirectedUrl("/remains")) // a coordinator starts at the remains register (RoleHomes)
                .andReturn();

        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
        assertThat(audit.about(UserAccounts.subject(alice.id()))).extracting(AuditEntry::action).contains("login.succeeded");
        AuditEntry entry = audit.recent(1).get(0);
        assertThat(entry.actor()).isEqualTo(alice.username());
        assertThat(entry.clientAddress()).isEqualTo("10.0.0.1");
    }

    @Test
    void a_wrong_password_fails_and_is_audited_without_the_password() throws Exception {
        UserAccount bob = SecurityTestSupport.newUser(accounts, "bob", Role.OBSERVER);

        mvc.perform(login(bob.username(), "not the password at all").with(from("10.0.0.2")))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));

        AuditEntry failed = audit.recent(1).get(0);
        assertThat(failed.action()).isEqualTo("login.failed");
        assertThat(failed.details()).containsEntry("username", bob.username()).containsEntry("reason", "wrong password");
        assertThat(failed.details().toString()).doesNotContain("not the password");
    }

    @Test
    void five_failures_lock_the_account_for_a_while_even_for_the_right_password() throws Exception {
        UserAccount carol = SecurityTestSupport.newUser(accounts, "carol", Role.AUDITOR);
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(carol.username(), "guess number " + i).with(from("10.0.1." + i)))
                    .andExpect(unauthenticated());
        }

        mvc.perform(login(carol.username(), SecurityTestSupport.PASSWORD).with(from("10.0.1.99")))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?locked"));
        assertThat(audit.recent(1).get(0).action()).isEqualTo("login.refused");

        clock.advance(Duration.ofMinutes(16));
        mvc.perform(login(carol.username(), SecurityTestSupport.PASSWORD).with(from("10.0.1.99")))
                .andExpect(authenticated());
    }

    /** Finding 8 of issue 14: each failure was counted twice, so the account locked at the 3rd attempt. */
    @Test
    void each_failure_counts_once_so_four_wrong_passwords_leave_the_fifth_try_open() throws Exception {
        UserAccount fay = SecurityTestSupport.newUser(accounts, "fay", Role.AUDITOR);
        for (int i = 0; i < 4; i++) {
            mvc.perform(login(fay.username(), "guess number " + i).with(from("10.0.4." + i))).andExpect(unauthenticated());
        }
        assertThat(jdbc.sql("SELECT failures FROM sign_in_failures WHERE counter = ?").param("account:" + fay.username())
                .query(Integer.class).single()).isEqualTo(4);
        mvc.perform(login(fay.username(), SecurityTestSupport.PASSWORD).with(from("10.0.4.99"))).andExpect(authenticated());
    }

    /** The counters are rows, not memory: another instance (or this one after a restart) sees the same lock. */
    @Test
    void a_lock_holds_for_every_instance_and_across_restarts() throws Exception {
        UserAccount gus = SecurityTestSupport.newUser(accounts, "gus", Role.AUDITOR);
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(gus.username(), "guess number " + i).with(from("10.0.5." + i))).andExpect(unauthenticated());
        }
        LoginThrottle anotherInstance = new LoginThrottle(jdbc, clock, properties);
        assertThat(anotherInstance.lock(gus.username(), "10.0.5.200")).hasValueSatisfying(lock -> {
            assertThat(lock.kind()).isEqualTo(LoginThrottle.Lock.Kind.ACCOUNT);
            assertThat(lock.until()).isCloseTo(clock.instant().plus(properties.lockout()),
                    org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS));
        });
    }

    @Test
    void twenty_failures_from_one_address_lock_that_address_for_every_account_and_say_so() throws Exception {
        UserAccount dave = SecurityTestSupport.newUser(accounts, "dave", Role.AUDITOR);
        for (int i = 0; i < 19; i++) {
            mvc.perform(login("nobody-" + i, "whatever it is").with(from("10.0.2.1")))
                    .andExpect(unauthenticated());
        }
        // the 19th failure has not locked the address yet (counted once each)
        mvc.perform(login(dave.username(), "still a wrong one").with(from("10.0.2.1"))).andExpect(redirectedUrl("/login?error"));

        mvc.perform(login(dave.username(), SecurityTestSupport.PASSWORD).with(from("10.0.2.1")))
                .andExpect(redirectedUrl("/login?addressLocked"));
        mvc.perform(get("/login?addressLocked").locale(java.util.Locale.ENGLISH))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("from your network address")));
        mvc.perform(login(dave.username(), SecurityTestSupport.PASSWORD).with(from("10.0.2.2")))
                .andExpect(authenticated());
    }

    @Test
    void a_form_without_its_csrf_token_is_refused() throws Exception {
        UserAccount admin = SecurityTestSupport.newUser(accounts, "admin", Role.ADMINISTRATOR);

        mvc.perform(post("/login").param("username", admin.username()).param("password", SecurityTestSupport.PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
        mvc.perform(post("/admin/users").param("username", "mallory").param("roles", "ADMINISTRATOR")
                        .with(SecurityTestSupport.signedInAs(admin)))
                .andExpect(status().isForbidden());
        assertThat(accounts.findByUsername("mallory")).isEmpty();

        mvc.perform(post("/admin/users").param("username", "mallory").param("roles", "OBSERVER")
                        .with(SecurityTestSupport.signedInAs(admin)).with(csrf()))
                .andExpect(status().isOk());
        assertThat(accounts.findByUsername("mallory")).isPresent();
    }

    @Test
    void programs_get_problem_details_not_redirects() throws Exception {
        mvc.perform(get("/api/me").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));

        UserAccount observer = SecurityTestSupport.newUser(accounts, "observer", Role.OBSERVER);
        mvc.perform(get("/api/samples/S-1/profile").accept(MediaType.APPLICATION_JSON).with(SecurityTestSupport.signedInAs(observer)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));

        mvc.perform(get("/admin/users").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void disabling_an_account_ends_its_sessions() throws Exception {
        UserAccount admin = SecurityTestSupport.newUser(accounts, "admin", Role.ADMINISTRATOR);
        UserAccount erin = SecurityTestSupport.newUser(accounts, "erin", Role.COORDINATOR);
        MvcResult signIn = mvc.perform(login(erin.username(), SecurityTestSupport.PASSWORD)
                .with(from("10.0.3.1"))).andExpect(authenticated()).andReturn();
        MockHttpSession session = (MockHttpSession) signIn.getRequest().getSession();
        mvc.perform(get("/account").session(session).accept(MediaType.TEXT_HTML)).andExpect(status().isOk());

        SystemTasks.runAs("test", () -> accounts.setEnabled(erin.id(), erin.version(), false));

        mvc.perform(get("/account").session(session).accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(login(erin.username(), SecurityTestSupport.PASSWORD).with(from("10.0.3.1")))
                .andExpect(unauthenticated());
        assertThat(admin.roles()).isEqualTo(EnumSet.of(Role.ADMINISTRATOR));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder login(String username, String password) {
        return post("/login").param("username", username).param("password", password).with(csrf());
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
