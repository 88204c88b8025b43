package org.homeward.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session filter over {@link RequestSessions}: a request that changes nothing reads its session once
 * and writes nothing; a change, a sign-in's new id, a sign-out and an old last access reach the store as
 * before; and nothing of one request answers the next (a session deleted meanwhile, as by a sign-out on
 * another instance, is gone).
 */
class RequestSessionsTest {

    private final CountingStore store = new CountingStore();
    private final RequestSessions.Filter<MapSession> filter = new RequestSessions.Filter<>(new RequestSessions<>(store));

    RequestSessionsTest() {
        DefaultCookieSerializer cookies = new DefaultCookieSerializer();
        cookies.setCookieName("JSESSIONID");
        cookies.setUseBase64Encoding(false);
        CookieHttpSessionIdResolver ids = new CookieHttpSessionIdResolver();
        ids.setCookieSerializer(cookies);
        filter.setHttpSessionIdResolver(ids);
    }

    @Test
    void a_request_that_changes_nothing_reads_its_session_once_and_writes_nothing() throws Exception {
        String id = stored(Instant.now());

        MockHttpServletResponse response = request(id, http -> assertThat((String) http.getSession(false).getAttribute("who")).isEqualTo("someone"));

        assertThat(store.reads).isEqualTo(1);
        assertThat(store.writes).isZero();
        assertThat(response.getCookie("JSESSIONID")).isNull();
    }

    @Test
    void a_set_attribute_is_saved_and_the_session_still_read_once() throws Exception {
        String id = stored(Instant.now());

        request(id, http -> http.getSession(false).setAttribute("who", "someone else"));

        assertThat(store.reads).isEqualTo(1);
        assertThat(store.writes).isEqualTo(1);
        assertThat(store.sessions.get(id).<String>getAttribute("who")).isEqualTo("someone else");
    }

    @Test
    void a_last_access_older_than_the_resolution_is_saved() throws Exception {
        Instant old = Instant.now().minus(SessionWrites.RESOLUTION).minusSeconds(1);
        String id = stored(old);

        request(id, http -> http.getSession(false));

        assertThat(store.writes).isEqualTo(1);
        assertThat(store.sessions.get(id).getLastAccessedTime()).isAfter(old.plus(SessionWrites.RESOLUTION));
    }

    @Test
    void a_new_id_at_sign_in_is_saved_and_sent_and_the_old_one_is_gone() throws Exception {
        String id = stored(Instant.now());

        MockHttpServletResponse response = request(id, HttpServletRequest::changeSessionId);

        String changed = response.getCookie("JSESSIONID").getValue();
        assertThat(changed).isNotEqualTo(id);
        assertThat(store.sessions).containsKey(changed).doesNotContainKey(id);
        assertThat(store.writes).isEqualTo(1);
    }

    @Test
    void a_sign_out_deletes_the_session_from_the_store() throws Exception {
        String id = stored(Instant.now());

        MockHttpServletResponse response = request(id, http -> http.getSession(false).invalidate());

        assertThat(store.sessions).doesNotContainKey(id);
        assertThat(response.getCookie("JSESSIONID").getMaxAge()).isZero();
    }

    @Test
    void a_new_session_is_saved_and_its_cookie_sent() throws Exception {
        MockHttpServletResponse response = request(null, http -> http.getSession(true).setAttribute("who", "someone"));

        assertThat(store.writes).isEqualTo(1);
        assertThat(store.sessions).containsKey(response.getCookie("JSESSIONID").getValue());
    }

    @Test
    void the_next_request_reads_the_store_again_and_finds_a_session_deleted_meanwhile_gone() throws Exception {
        String id = stored(Instant.now());
        request(id, http -> http.getSession(false).setAttribute("who", "someone else"));

        store.sessions.remove(id); // signed out on another instance
        request(id, http -> assertThat(http.getSession(false)).isNull());

        assertThat(store.reads).isEqualTo(2);
    }

    private String stored(Instant lastAccess) {
        MapSession session = new MapSession();
        session.setAttribute("who", "someone");
        session.setLastAccessedTime(lastAccess);
        store.sessions.put(session.getId(), session);
        return session.getId();
    }

    private MockHttpServletResponse request(String sessionId, Page page) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/page");
        if (sessionId != null) {
            request.setCookies(new Cookie("JSESSIONID", sessionId));
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain chain = (http, sent) -> page.handle((HttpServletRequest) http);
        filter.doFilter(request, response, chain);
        return response;
    }

    @FunctionalInterface
    private interface Page {
        void handle(HttpServletRequest request);
    }

    /** Sessions held in a map (copied in and out, as a database would), its reads and writes counted. */
    private static final class CountingStore implements SessionRepository<MapSession> {

        final ConcurrentHashMap<String, org.springframework.session.Session> sessions = new ConcurrentHashMap<>();
        private final MapSessionRepository map = new MapSessionRepository(sessions);
        int reads;
        int writes;

        @Override
        public MapSession createSession() {
            return map.createSession();
        }

        @Override
        public void save(MapSession session) {
            writes++;
            map.save(session);
        }

        @Override
        public MapSession findById(String id) {
            reads++;
            return map.findById(id);
        }

        @Override
        public void deleteById(String id) {
            map.deleteById(id);
        }
    }
}
