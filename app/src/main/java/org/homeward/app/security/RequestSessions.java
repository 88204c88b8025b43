package org.homeward.app.security;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The stored sessions (Spring Session JDBC, shared by the instances) as Spring Session's filter uses them,
 * without the two database round trips of a request that change nothing. The filter reads the request's
 * session once; at the end it saves it and then reads it again, only to compare its id with the cookie's.
 * Here that second read is answered with the session this request saved (same id: it is that session; a
 * new id after sign-in: the database is asked, as before), and a save is skipped when nothing was set on
 * the session but its last access time and the stored one is less than {@link SessionWrites#RESOLUTION}
 * old, the rule by which {@link SessionWrites} already left the row unwritten; it only skipped the
 * transaction's writes, not the transaction. Everything else goes to the database as before: every
 * request reads its session there, a sign-out deletes it there (so on every instance), a new session,
 * a new id, a set attribute or a new timeout are saved at the end of the request.
 *
 * <p>Relies on attributes being saved when set ({@code spring.session.jdbc.save-mode=on-set-attribute}):
 * an attribute changed without being set again (read and modified in place) is not saved, as with that mode.
 */
final class RequestSessions<S extends Session> implements SessionRepository<RequestSessions.Tracked<S>> {

    private final SessionRepository<S> stored;
    /** What the current request (on this thread, inside {@link Filter}) saved last; absent outside. */
    private final ThreadLocal<Request<S>> request = new ThreadLocal<>();

    RequestSessions(SessionRepository<S> stored) {
        this.stored = stored;
    }

    private static final class Request<S extends Session> {
        private Tracked<S> saved;
    }

    @Override
    public Tracked<S> createSession() {
        return new Tracked<>(stored.createSession(), null);
    }

    @Override
    public void save(Tracked<S> session) {
        if (session.unsaved()) {
            stored.save(session.session);
            session.saved();
        }
        Request<S> current = request.get();
        if (current != null) {
            current.saved = session;
        }
    }

    @Override
    public Tracked<S> findById(String id) {
        Request<S> current = request.get();
        if (current != null && current.saved != null && current.saved.getId().equals(id)) {
            return current.saved;
        }
        S session = stored.findById(id);
        return session == null ? null : new Tracked<>(session, session.getLastAccessedTime());
    }

    @Override
    public void deleteById(String id) {
        Request<S> current = request.get();
        if (current != null && current.saved != null && current.saved.getId().equals(id)) {
            current.saved = null;
        }
        stored.deleteById(id);
    }

    /**
     * Spring Session's filter over these sessions: it marks the request during which a saved session
     * answers the filter's second read (an error dispatch inside a request gets its own mark).
     */
    static final class Filter<S extends Session> extends SessionRepositoryFilter<Tracked<S>> {

        private final RequestSessions<S> sessions;

        Filter(RequestSessions<S> sessions) {
            super(sessions);
            this.sessions = sessions;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Request<S> outer = sessions.request.get();
            sessions.request.set(new Request<>());
            try {
                super.doFilterInternal(request, response, chain);
            } finally {
                if (outer == null) {
                    sessions.request.remove();
                } else {
                    sessions.request.set(outer);
                }
            }
        }
    }

    /** A stored session, knowing whether anything was set on it since it was read or saved. */
    static final class Tracked<S extends Session> implements Session {

        private final S session;
        /** The last access time as stored; null for a session not stored yet. */
        private Instant storedAccess;
        private boolean changed;

        private Tracked(S session, Instant storedAccess) {
            this.session = session;
            this.storedAccess = storedAccess;
        }

        private boolean unsaved() {
            return changed || storedAccess == null || !getLastAccessedTime().isBefore(storedAccess.plus(SessionWrites.RESOLUTION));
        }

        private void saved() {
            changed = false;
            storedAccess = getLastAccessedTime();
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return session.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            changed = true;
            session.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            changed = true;
            session.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            session.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            changed = true;
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}
