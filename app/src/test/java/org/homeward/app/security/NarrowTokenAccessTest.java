package org.homeward.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.homeward.app.security.AccessControlTest.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The endpoint × role table of {@link AccessControlTest} for API tokens with one narrow scope
 * (finding 1 of issue 14 and its "beyond"): for every role and every permission it holds, a token of
 * a person in that role scoped to that one permission is sent to every endpoint, as a program sends
 * it (bearer token, no session, no CSRF token). A token gets exactly the endpoints that need its
 * scope, plus the public ones and those open to anyone signed in; every other endpoint answers 403.
 * An endpoint that also reads through another feature ({@code alsoNeeds}: a decision's report is an
 * export) opens to no single scope, and to a token holding all it needs.
 * Account and token management (everything under /account and /admin) refuses every token, whatever
 * its scope. A token never gets more than its owner's role: the endpoints a token opened are refused
 * once its owner has lost the role.
 */
@SpringBootTest
class NarrowTokenAccessTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiTokens tokens;

    @Test
    void every_row_needs_a_permission_held_by_exactly_its_roles() {
        List<String> wrong = new ArrayList<>();
        for (Row row : AccessControlTest.TABLE) {
            boolean signingInEnough = row.anonymous() || row.roles().equals(EnumSet.allOf(Role.class)) && row.needs() == null;
            if (!signingInEnough && (row.needs() == null || !holders(needed(row)).equals(row.roles()))) {
                wrong.add(row.endpoint() + ": roles " + row.roles() + ", needs " + needed(row)
                        + (row.needs() == null ? "" : " held by " + holders(needed(row))));
            }
        }
        assertThat(wrong).as("rows whose permission is not held by exactly the roles they allow").isEmpty();
    }

    @Test
    void a_single_scope_token_gets_exactly_the_endpoints_of_its_scope_and_never_more_than_its_owner() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        SecurityTestSupport.newUser(accounts, "narrow-spare", Role.ADMINISTRATOR); // so that the administrator below may be demoted
        for (Role role : Role.values()) {
            UserAccount owner = SecurityTestSupport.newUser(accounts, "narrow", role);
            List<Scoped> scoped = new ArrayList<>();
            for (Permission scope : role.permissions()) {
                scoped.add(new Scoped(scope, SecurityTestSupport.as(owner,
                        () -> tokens.create("only " + scope, EnumSet.of(scope), Duration.ofDays(1))).secret()));
            }
            for (Scoped token : scoped) {
                for (Row row : AccessControlTest.TABLE) {
                    boolean expected = allowed(row, token.scope());
                    if (expected && !row.roles().contains(role)) {
                        wrong.add(row.endpoint() + ": a " + token.scope() + " token would open it to " + role + ", whom the table refuses");
                    }
                    check(mvc, row, role + "'s " + token.scope() + " token", token.secret(), expected, wrong);
                    cells++;
                }
            }
            for (Row row : AccessControlTest.TABLE) {
                if (!row.alsoNeeds().isEmpty() && row.roles().contains(role)) {
                    String secret = SecurityTestSupport.as(owner, () -> tokens.create("both", needed(row), Duration.ofDays(1))).secret();
                    check(mvc, row, role + "'s " + needed(row) + " token", secret, true, wrong);
                    cells++;
                }
            }
            if (role == Role.OBSERVER) {
                continue;
            }
            UserAccount current = accounts.find(owner.id()).orElseThrow();
            SystemTasks.runAs("test", () -> accounts.changeRoles(current.id(), current.version(), EnumSet.of(Role.OBSERVER)));
            for (Scoped token : scoped) {
                for (Row row : AccessControlTest.TABLE) {
                    if (token.scope() != Permission.STATISTICS_READ && row.needs() == token.scope()) {
                        check(mvc, row, "former " + role + "'s " + token.scope() + " token", token.secret(), false, wrong);
                        cells++;
                    }
                }
            }
        }
        System.out.println("NarrowTokenAccessTest: " + cells + " endpoint × token cells (single scopes, the scopes of endpoints needing more, and tokens of former roles)");
        assertThat(cells).isGreaterThan(AccessControlTest.TABLE.size() * 40);
        assertThat(wrong).as("requests with a single-scope token answered against the table").isEmpty();
    }

    /** What a token scoped to {@code scope} alone may do with {@code row}. */
    private static boolean allowed(Row row, Permission scope) {
        if (row.anonymous()) {
            return true;
        }
        if (row.example().startsWith("/account") || row.example().startsWith("/admin")) {
            return false;
        }
        return row.needs() == null ? row.roles().equals(EnumSet.allOf(Role.class)) : row.needs() == scope && row.alsoNeeds().isEmpty();
    }

    /** Every permission {@code row} needs: its own and those of what it reads through other features. */
    private static Set<Permission> needed(Row row) {
        Set<Permission> needed = EnumSet.noneOf(Permission.class);
        needed.addAll(row.alsoNeeds());
        if (row.needs() != null) {
            needed.add(row.needs());
        }
        return needed;
    }

    /** The roles that hold all of {@code permissions}. */
    private static Set<Role> holders(Set<Permission> permissions) {
        Set<Role> holders = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (role.permissions().containsAll(permissions)) {
                holders.add(role);
            }
        }
        return holders;
    }

    /** A request as a program sends it with a bearer token: no session, no CSRF token; refusals must be 403. */
    private static void check(MockMvc mvc, Row row, String who, String secret, boolean expected, List<String> wrong) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(row.method(), row.example())
                .accept(row.page() ? MediaType.TEXT_HTML : MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + secret);
        if (!row.page() && (row.method() == HttpMethod.PUT || row.method() == HttpMethod.POST)) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        boolean allowed = status != 401 && status != 403;
        if (allowed != expected) {
            wrong.add(row.endpoint() + " with " + who + ": expected " + (expected ? "allowed" : "denied") + ", got " + status);
        } else if (!allowed && status != 403) {
            wrong.add(row.endpoint() + " with " + who + ": denied with " + status + " instead of 403");
        }
    }

    private record Scoped(Permission scope, String secret) {
    }
}
