package org.homeward.app.web;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.homeward.app.audit.AuditLog;
import org.homeward.app.security.AuthorizedHandler;
import org.homeward.app.security.KeptPage;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.ContentCachingResponseWrapper;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Pages declared {@link KeptPage} are kept as rendered and sent again, without running their
 * controller or template, to a request that would render the same bytes: the same session, signed in
 * as the same person with the same permissions, the same CSRF token (the page's forms carry a masked
 * copy of it, valid as long as the session holds that token), the same language, the same address
 * with its query, and the same database. Every write is audited in the writing transaction
 * ({@link AuditLog}), so the newest audit entry numbers the committed database: a page rendered while
 * that number stayed put shows the database at that number, and is kept under it; a write (or an
 * audited read, the page's own included) moves it on, and the next request renders afresh. A kept page
 * is also dropped after {@link #MAX_AGE}, so that what depends on the clock (an overdue step) is late
 * by at most that. Runs after Spring Security (the lowest filter order), so the request has been
 * authenticated, checked against the account's state and authorised before anything kept is sent.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RenderedPages extends OncePerRequestFilter {

    private static final Duration MAX_AGE = Duration.ofSeconds(10);
    /** The most rendered bytes kept; the least recently served go first. */
    private static final long MAX_BYTES = 32L << 20;
    private static final Duration RENDERING_WAIT = Duration.ofSeconds(5);
    private static final HttpSessionCsrfTokenRepository CSRF_TOKENS = new HttpSessionCsrfTokenRepository();

    private final AuditLog audit;
    private final LocaleResolver locales;
    private final Map<Key, Kept> kept = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<Key, CompletableFuture<Kept>> rendering = new ConcurrentHashMap<>();
    private long keptBytes;

    /** Everything the bytes of a kept page depend on. */
    record Key(String session, String csrfToken, String person, List<String> authorities, Locale locale, String address, long version) {
    }

    private record Kept(byte[] body, String contentType, long keptAt) {
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!keepable(request)) {
            chain.doFilter(request, response);
            return;
        }
        Key key = key(request, audit.head().seq());
        Kept page = kept(key);
        CompletableFuture<Kept> mine = new CompletableFuture<>();
        CompletableFuture<Kept> theirs = page == null ? rendering.putIfAbsent(key, mine) : null;
        if (theirs != null) {
            page = awaited(theirs);
        }
        if (page != null) {
            response.setContentType(page.contentType());
            response.setLocale(key.locale());
            response.setContentLength(page.body().length);
            response.getOutputStream().write(page.body());
            return;
        }
        ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
        Kept made = null;
        try {
            chain.doFilter(request, rendered);
            if (rendered.getStatus() == HttpServletResponse.SC_OK && rendered.getContentType() != null
                    && rendered.getContentType().startsWith("text/html") && !rendered.containsHeader(HttpHeaders.SET_COOKIE)
                    // unchanged while it rendered: no write, no audited read, no new CSRF token
                    && key.equals(key(request, audit.head().seq()))) {
                made = new Kept(rendered.getContentAsByteArray(), rendered.getContentType(), System.nanoTime());
                keep(key, made);
            }
        } finally {
            if (theirs == null) {
                rendering.remove(key, mine);
                mine.complete(made);
            }
            rendered.copyBodyToResponse();
        }
    }

    /**
     * The page another request is rendering for the same key, when it is done (null if it could not
     * be kept, or took too long: this request then renders its own). Without this, every request
     * arriving while a page renders would render it too, and under load that is most of them.
     */
    private static Kept awaited(CompletableFuture<Kept> rendering) {
        try {
            return rendering.get(RENDERING_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException failed) {
            return null;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * A GET of a kept page with no message waiting for it (a flash attribute shows once) and not an
     * htmx request (which may be answered with a part of the page).
     */
    private static boolean keepable(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getHeader("HX-Request") != null
                || AuthorizedHandler.of(request).filter(handler -> handler.hasMethodAnnotation(KeptPage.class)).isEmpty()) {
            return false;
        }
        HttpSession session = request.getSession(false);
        return session == null || session.getAttribute(SessionFlashMapManager.class.getName() + ".FLASH_MAPS") == null;
    }

    private Key key(HttpServletRequest request, long version) {
        HttpSession session = request.getSession(false);
        CsrfToken csrf = CSRF_TOKENS.loadToken(request);
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        String query = request.getQueryString();
        return new Key(session == null ? null : session.getId(), csrf == null ? null : csrf.getToken(),
                who == null ? null : who.getName(),
                who == null ? List.of() : who.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList(),
                locales.resolveLocale(request), request.getRequestURI() + (query == null ? "" : "?" + query), version);
    }

    private synchronized Kept kept(Key key) {
        Kept page = kept.get(key);
        if (page != null && System.nanoTime() - page.keptAt() > MAX_AGE.toNanos() && forget(kept.remove(key))) {
            return null;
        }
        return page;
    }

    private synchronized void keep(Key key, Kept page) {
        // pages of an older database are never asked for again; the least recently served go when over the limit
        kept.entrySet().removeIf(old -> old.getKey().version() < key.version() && forget(old.getValue()));
        Kept before = kept.put(key, page);
        keptBytes += page.body().length - (before == null ? 0 : before.body().length);
        var oldest = kept.values().iterator();
        while (keptBytes > MAX_BYTES && oldest.hasNext() && forget(oldest.next())) {
            oldest.remove();
        }
    }

    private boolean forget(Kept page) {
        keptBytes -= page.body().length;
        return true;
    }
}
