package org.homeward.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.EnumSet;

import org.homeward.app.genetics.GeneticData;
import org.homeward.app.genetics.MarkerAlleles;
import org.homeward.app.genetics.SubjectRef;
import org.homeward.app.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
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

    @Autowired
    GeneticData genetics;

    @Autowired
    BreakGlass breakGlass;

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

    /** Finding 1 of issue 14: a REMAINS_READ token minted a PROFILES_READ + GENETIC_LINK_READ + DATA_EXPORT one. */
    @Test
    void a_token_can_neither_mint_nor_revoke_tokens_nor_manage_accounts() throws Exception {
        UserAccount analyst = SecurityTestSupport.newUser(accounts, "lab", Role.FORENSIC_ANALYST);
        NewApiToken narrow = as(analyst, () -> tokens.create("remains", EnumSet.of(Permission.REMAINS_READ), Duration.ofDays(2)));
        NewApiToken other = as(analyst, () -> tokens.create("other", EnumSet.of(Permission.PROFILES_WRITE), Duration.ofDays(2)));

        mvc.perform(post("/account/tokens").header("Authorization", "Bearer " + narrow.secret()).accept(MediaType.APPLICATION_JSON)
                        .param("name", "wider").param("scopes", "PROFILES_READ", "GENETIC_LINK_READ", "DATA_EXPORT"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/account/tokens/" + other.token().id() + "/revoke").header("Authorization", "Bearer " + narrow.secret()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/account/password").header("Authorization", "Bearer " + narrow.secret())
                        .param("currentPassword", SecurityTestSupport.PASSWORD).param("password", "a new passphrase of rivers")
                        .param("repeatPassword", "a new passphrase of rivers"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE user_id = ? AND revoked_at IS NULL").param(analyst.id())
                .query(Integer.class).single()).isEqualTo(2);

        UserAccount admin = SecurityTestSupport.newUser(accounts, "admin", Role.ADMINISTRATOR);
        NewApiToken statistics = as(admin, () -> tokens.create("stats", EnumSet.of(Permission.STATISTICS_READ), Duration.ofDays(2)));
        mvc.perform(post("/account/tokens").header("Authorization", "Bearer " + statistics.secret())
                        .param("name", "wider").param("scopes", "USERS_MANAGE"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + analyst.id() + "/roles").header("Authorization", "Bearer " + statistics.secret())
                        .param("version", String.valueOf(analyst.version())).param("roles", "OBSERVER"))
                .andExpect(status().isForbidden());
        assertThat(accounts.find(analyst.id()).orElseThrow().roles()).containsExactly(Role.FORENSIC_ANALYST);

        // the facade refuses a token too, whichever way it is reached
        assertThatThrownBy(() -> asToken(analyst, narrow, () -> tokens.create("wider", EnumSet.of(Permission.REMAINS_READ), Duration.ofDays(1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asToken(analyst, narrow, () -> {
            tokens.revoke(other.token().id());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_token_is_never_wider_than_the_session_that_creates_it() {
        UserAccount analyst = SecurityTestSupport.newUser(accounts, "lab", Role.FORENSIC_ANALYST);
        HomewardPrincipal principal = new HomewardPrincipal(analyst.id(), analyst.username(), analyst.displayName(), analyst.roles(),
                analyst.version(), null);
        var narrowSession = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                HomewardPrincipal.authorities(EnumSet.of(Permission.REMAINS_READ)));
        assertThatThrownBy(() -> withAuthentication(narrowSession,
                () -> tokens.create("wider", EnumSet.of(Permission.PROFILES_READ), Duration.ofDays(1))))
                .isInstanceOf(AccountException.class).hasMessageContaining("PROFILES_READ");
        assertThat(withAuthentication(narrowSession, () -> tokens.create("same", EnumSet.of(Permission.REMAINS_READ), Duration.ofDays(1)))
                .token().scopes()).containsExactly(Permission.REMAINS_READ);
    }

    @Test
    void a_break_glass_grant_opened_in_the_browser_does_not_extend_to_the_same_persons_tokens() {
        UserAccount analyst = SecurityTestSupport.newUser(accounts, "lab", Role.FORENSIC_ANALYST);
        UserAccount coordinator = SecurityTestSupport.newUser(accounts, "coord", Role.COORDINATOR);
        String code = "BG-" + System.nanoTime() % 1_000_000;
        as(analyst, () -> {
            genetics.storeRemainsProfile(code, java.util.List.of(new MarkerAlleles("D3S1358", "15", "16")));
            genetics.link(code, new SubjectRef("remains", "BODY-" + code));
            return null;
        });
        NewApiToken token = as(coordinator, () -> tokens.create("script", EnumSet.of(Permission.BREAK_GLASS), Duration.ofDays(1)));
        as(coordinator, () -> breakGlass.open(GeneticData.linkResource(code), "The family is at the morgue tonight"));

        assertThat(as(coordinator, () -> genetics.followLink(code))).isPresent();
        assertThatThrownBy(() -> asToken(coordinator, token, () -> genetics.followLink(code))).isInstanceOf(AccessDeniedException.class);

        // a grant the token opens is the token's own, and not the browser's
        asToken(coordinator, token, () -> breakGlass.open(GeneticData.linkResource(code + "-T"), "Opened by the script for its run"));
        assertThat(asToken(coordinator, token, () -> breakGlass.openedUntil(Permission.GENETIC_LINK_READ, GeneticData.linkResource(code + "-T"))))
                .isPresent();
        assertThat(as(coordinator, () -> breakGlass.openedUntil(Permission.GENETIC_LINK_READ, GeneticData.linkResource(code + "-T"))))
                .isEmpty();
    }

    /** Runs {@code action} as a request authenticated with {@code token} would. */
    private <T> T asToken(UserAccount account, NewApiToken token, java.util.function.Supplier<T> action) {
        HomewardPrincipal principal = new HomewardPrincipal(account.id(), account.username(), account.displayName(), account.roles(),
                account.version(), token.token().id());
        return withAuthentication(new BearerTokenAuthentication(principal, HomewardPrincipal.authorities(token.token().scopes())), action);
    }

    private static <T> T withAuthentication(org.springframework.security.core.Authentication authentication,
            java.util.function.Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
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
