package org.homeward.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * A session's row is written at sign-in and then only when its last access is a minute old
 * ({@link SessionWrites}, {@link RequestSessions}), not on every request; the session stays signed in throughout.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionWritesTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SessionRepositoryFilter<?> sessionFilter;

    @Test
    void the_session_filter_is_the_one_over_request_sessions() {
        assertThat(sessionFilter).isInstanceOf(RequestSessions.Filter.class); // read once per request, unchanged sessions not saved
    }

    @Test
    void the_last_access_is_written_once_a_minute_and_the_sign_in_at_once() throws Exception {
        UserAccount account = SecurityTestSupport.newUser(accounts, "rows", Role.AUDITOR);
        HttpSession browser = new HttpSession(port);
        HttpResponse<String> signedIn = browser.submit("/login", "/login",
                Map.of("username", account.username(), "password", SecurityTestSupport.PASSWORD));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        long atSignIn = lastAccess(account); // the sign-in (new id, principal) is written at once

        Thread.sleep(20);
        assertThat(browser.get("/audit").statusCode()).isEqualTo(200);
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);
        assertThat(lastAccess(account)).isEqualTo(atSignIn);

        jdbc.sql("UPDATE spring_session SET last_access_time = last_access_time - ?, expiry_time = expiry_time - ? WHERE principal_name = ?")
                .params(SessionWrites.RESOLUTION.toMillis(), SessionWrites.RESOLUTION.toMillis(), account.username()).update();
        long minuteOld = lastAccess(account);
        assertThat(browser.get("/audit").statusCode()).isEqualTo(200);
        assertThat(lastAccess(account)).isGreaterThanOrEqualTo(minuteOld + SessionWrites.RESOLUTION.toMillis());
    }

    /** The last access of the account's one session row (there is one: this sign-in's). */
    private long lastAccess(UserAccount account) {
        return jdbc.sql("SELECT last_access_time FROM spring_session WHERE principal_name = ?").param(account.username())
                .query(Long.class).single();
    }
}
