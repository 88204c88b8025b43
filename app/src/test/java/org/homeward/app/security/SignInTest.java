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
                .andExpect(redirectedUrl("/account"))
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

    @Test
    void twenty_failures_from_one_address_lock_that_address_for_every_account() throws Exception {
        UserAccount dave = SecurityTestSupport.newUser(accounts, "dave", Role.AUDITOR);
        for (int i = 0; i < 20; i++) {
            mvc.perform(login("nobody-" + i, "whatever it is").with(from("10.0.2.1")))
                    .andExpect(unauthenticated());
        }

        mvc.perform(login(dave.username(), SecurityTestSupport.PASSWORD).with(from("10.0.2.1")))
                .andExpect(redirectedUrl("/login?locked"));
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
