package org.homeward.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.EnumSet;

import org.homeward.app.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Personal API tokens: bearer authentication without CSRF or session, scopes, expiry, revocation. */
@SpringBootTest
@Import(MutableClock.Config.class)
class ApiTokensTest {

    private static final String PROFILE = """
            {"kind":"REMAINS","markers":[{"marker":"D3S1358","allele1":"15","allele2":"16"}]}""";

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void a_token_acts_with_its_scopes_only_until_it_expires() throws Exception {
        UserAccount analyst = SecurityTestSupport.newUser(accounts, "lab", Role.FORENSIC_ANALYST);
        NewApiToken token = as(analyst, () -> tokens.create("sequencer", EnumSet.of(Permission.PROFILES_WRITE), Duration.ofDays(2)));
        assertThat(token.secret()).startsWith("hw_").hasSize(46);
        assertThat(jdbc.sql("SELECT token_hash FROM api_token WHERE id = ?").param(token.token().id()).query(String.class).single())
                .isNotEqualTo(token.secret()).hasSize(64);

        mvc.perform(put("/api/samples/LAB-1/profile").header("Authorization", "Bearer " + token.secret())
                        .contentType(MediaType.APPLICATION_JSON).content(PROFILE))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/samples/LAB-1/profile").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(analyst.username()))
                .andExpect(jsonPath("$.permissions[0]").value("PROFILES_WRITE"));

        clock.advance(Duration.ofDays(2).plusSeconds(1));
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_revoked_token_and_a_made_up_one_get_401() throws Exception {
        UserAccount analyst = SecurityTestSupport.newUser(accounts, "lab", Role.FORENSIC_ANALYST);
        NewApiToken token = as(analyst, () -> tokens.create("script", EnumSet.of(Permission.PROFILES_READ), Duration.ofDays(30)));
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token.secret())).andExpect(status().isOk());

        as(analyst, () -> {
            tokens.revoke(token.token().id());
            return null;
        });

        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token.secret())).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me").header("Authorization", "Bearer hw_madeup")).andExpect(status().isUnauthorized());
    }

    @Test
    void a_token_never_has_more_than_its_owner() throws Exception {
        UserAccount liaison = SecurityTestSupport.newUser(accounts, "liaison", Role.FAMILY_LIAISON);
        assertThatThrownBy(() -> as(liaison, () -> tokens.create("x", EnumSet.of(Permission.PROFILES_READ), Duration.ofDays(1))))
                .isInstanceOf(AccountException.class).hasMessageContaining("PROFILES_READ");
        assertThatThrownBy(() -> as(liaison, () -> tokens.create("x", EnumSet.of(Permission.CONSENT_WRITE), Duration.ofDays(400))))
                .isInstanceOf(AccountException.class).hasMessageContaining("1 to 365 days");

        UserAccount analyst = SecurityTestSupport.newUser(accounts, "lab", Role.FORENSIC_ANALYST);
        NewApiToken token = as(analyst, () -> tokens.create("lab", EnumSet.of(Permission.PROFILES_WRITE), Duration.ofDays(10)));
        SystemTasks.runAs("test", () -> accounts.changeRoles(analyst.id(), analyst.version(), EnumSet.of(Role.OBSERVER)));

        mvc.perform(put("/api/samples/LAB-2/profile").header("Authorization", "Bearer " + token.secret())
                        .contentType(MediaType.APPLICATION_JSON).content(PROFILE))
                .andExpect(status().isForbidden());
    }

    private static <T> T as(UserAccount account, java.util.function.Supplier<T> action) {
        HomewardPrincipal principal = new HomewardPrincipal(account.id(), account.username(), account.displayName(), account.roles(),
                account.version(), null);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                HomewardPrincipal.authorities(account.permissions())));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
