package org.homeward.app.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
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

import org.homeward.app.audit.AuditEvent;
import org.homeward.app.audit.AuditLog;
import org.homeward.app.security.AuthorizedHandler;
import org.homeward.app.security.Actor;
import org.homeward.app.security.KeptPage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.ContentCachingResponseWrapper;

import io.micrometer.core.instrument.MeterRegistry;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Pages declared {@link KeptPage} are kept as rendered and sent again, without running their
 * controller or template, to a request that would render the same bytes: signed in as the same person
 * with the same permissions and credential (browser or API token), the same language, the same address
 * with its query, and the same database; in any of that person's sessions, each getting its own CSRF
 * token (below). Every change is audited in the changing transaction ({@link AuditLog}), so the newest
 * audit entry that records a change ({@link AuditLog#lastChange()}) numbers the committed database: a
 * page rendered while that number stayed put shows the database at that number, and is kept under it;
 * a change moves it on, and the next request renders afresh. Sign-ins and audited reads change nothing
 * a page shows, except on the pages that list them ({@link KeptPage#showsReads()}), which are numbered
 * by the newest entry of any kind. A page whose read is audited ({@link KeptPage#auditedRead()}) is
 * kept with the reads its rendering appended, and every request it is sent to appends them again, in
 * a transaction that commits before the page is sent; a rendering that appended anything else, or that
 * showed a record through a break-glass grant (which expires), is not kept. A kept page shows no more
 * of the clock than the day ({@link KeptPage}), so it is kept until the next change or the next day in
 * the display time zone, whichever comes first: a request never gets a page that a rendering at that
 * moment would not produce. Runs after Spring Security (the lowest filter order), so the request has
 * been authenticated, checked against the account's state and authorised before anything kept is sent.
 *
 * <p>The one thing of the session in a page is the CSRF token in its forms, masked afresh for each
 * request (Spring Security's XOR masking): a page is kept with the places of the token it rendered, and
 * each request that is sent it gets its own session's token, freshly masked, in those places. A page
 * whose forms carry anything else in a {@code _csrf} field is not kept. Counted as
 * {@code homeward_pages_kept_total{served="kept"|"rendered"}}.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RenderedPages extends OncePerRequestFilter {

    /** The most rendered bytes kept; the least recently served go first. */
    private static final long MAX_BYTES = 32L << 20;
    private static final Duration RENDERING_WAIT = Duration.ofSeconds(5);
    private static final byte[] CSRF_FIELD = "name=\"_csrf\"".getBytes(StandardCharsets.US_ASCII);
    static final String METER = "homeward.pages.kept";

    private final AuditLog audit;
    private final LocaleResolver locales;
    private final Formats formats;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final MeterRegistry metrics;
    private final Map<Key, Kept> kept = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<Key, CompletableFuture<Kept>> rendering = new ConcurrentHashMap<>();
    private long keptBytes;

    /** Everything the bytes of a kept page depend on, but the CSRF token. */
    record Key(String person, Long apiToken, List<String> authorities, Locale locale, String address, boolean showsReads,
               long version, LocalDate day) {

        /**
         * A page of an earlier day, or of an older database by the same numbering (the pages that show reads
         * are numbered by every entry, the others by changes only: their numbers do not compare), is never
         * asked for again.
         */
        boolean before(Key other) {
            return showsReads == other.showsReads && version < other.version || day.isBefore(other.day);
        }
    }

    /**
     * A rendered page cut where its CSRF token was: the token goes between each two parts; with the audited
     * reads its rendering appended, appended again for every request it is sent to.
     */
    private record Kept(List<byte[]> parts, int length, String contentType, List<AuditEvent> reads) {
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        KeptPage declared = keptPage(request);
        if (declared == null) {
            chain.doFilter(request, response);
            return;
        }
        Key key = key(request, declared);
        Kept page = kept(key);
        CompletableFuture<Kept> mine = new CompletableFuture<>();
        CompletableFuture<Kept> theirs = page == null ? rendering.putIfAbsent(key, mine) : null;
        if (theirs != null) {
            page = awaited(theirs);
        }
        if (page != null) {
            metrics.counter(METER, "served", "kept").increment();
            List<AuditEvent> reads = page.reads();
            if (!reads.isEmpty()) { // audited before a byte is sent, as the rendering audited them
                transactions.executeWithoutResult(status -> reads.forEach(events::publishEvent));
            }
            send(page, key.locale(), request, response);
            return;
        }
        metrics.counter(METER, "served", "rendered").increment();
        ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
        Kept made = null;
        try {
            chain.doFilter(request, rendered);
            List<AuditEvent> reads = reads(request, declared);
            if (rendered.getStatus() == HttpServletResponse.SC_OK && rendered.getContentType() != null
                    && rendered.getContentType().startsWith("text/html") && !rendered.containsHeader(HttpHeaders.SET_COOKIE)
                    && reads != null && key.equals(key(request, declared))) { // unchanged while it rendered
                made = cut(rendered.getContentAsByteArray(), rendered.getContentType(), reads, request);
                if (made != null) {
                    keep(key, made);
                }
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
     * The audited reads the rendering of {@code request} appended, to be appended again whenever the page
     * is sent kept; null when it may not be kept: it showed a record through a break-glass grant, or it
     * appended anything but the declared page's own reads.
     */
    @SuppressWarnings("unchecked")
    private static List<AuditEvent> reads(HttpServletRequest request, KeptPage declared) {
        if (request.getAttribute(KeptPage.BY_GRANT) != null) {
            return null;
        }
        List<AuditEvent> appended = (List<AuditEvent>) request.getAttribute(AuditLog.AUDITED_REQUEST);
        if (appended == null) {
            return List.of();
        }
        return declared.auditedRead() && appended.stream().allMatch(AuditLog::isRead) ? List.copyOf(appended) : null;
    }

    private static void send(Kept page, Locale locale, HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] token = page.parts().size() == 1 ? new byte[0] : csrfToken(request).getBytes(StandardCharsets.US_ASCII);
        response.setContentType(page.contentType());
        response.setLocale(locale);
        response.setContentLength(page.length() + (page.parts().size() - 1) * token.length);
        var out = response.getOutputStream();
        for (int i = 0; i < page.parts().size(); i++) {
            if (i > 0) {
                out.write(token);
            }
            out.write(page.parts().get(i));
        }
    }

    /**
     * {@code body} cut at each place of the masked CSRF token it was rendered with; null (not kept) if
     * a {@code _csrf} field of the page carries anything else.
     */
    private static Kept cut(byte[] body, String contentType, List<AuditEvent> reads, HttpServletRequest request) {
        int fields = occurrences(body, CSRF_FIELD).size();
        List<byte[]> parts = new ArrayList<>();
        int from = 0;
        if (fields > 0) {
            byte[] token = csrfToken(request).getBytes(StandardCharsets.US_ASCII); // made while rendering: the same masked value
            List<Integer> places = occurrences(body, token);
            if (places.size() != fields) {
                return null;
            }
            for (int place : places) {
                parts.add(Arrays.copyOfRange(body, from, place));
                from = place + token.length;
            }
        }
        parts.add(Arrays.copyOfRange(body, from, body.length));
        return new Kept(List.copyOf(parts), parts.stream().mapToInt(part -> part.length).sum(), contentType, reads);
    }

    /** The request's CSRF token as its forms carry it (masked; the same value however often asked within a request). */
    private static String csrfToken(HttpServletRequest request) {
        return ((CsrfToken) request.getAttribute(CsrfToken.class.getName())).getToken();
    }

    private static List<Integer> occurrences(byte[] body, byte[] what) {
        List<Integer> places = new ArrayList<>();
        outer:
        for (int i = 0; i + what.length <= body.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (body[i + j] != what[j]) {
                    continue outer;
                }
            }
            places.add(i);
            i += what.length - 1;
        }
        return places;
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
     * The declaration of a kept page for a GET with no message waiting for it (a flash attribute shows
     * once) and not an htmx request (which may be answered with a part of the page); null otherwise.
     */
    private static KeptPage keptPage(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getHeader("HX-Request") != null) {
            return null;
        }
        KeptPage declared = AuthorizedHandler.of(request).map(handler -> handler.getMethodAnnotation(KeptPage.class)).orElse(null);
        HttpSession session = request.getSession(false);
        return session == null || session.getAttribute(SessionFlashMapManager.class.getName() + ".FLASH_MAPS") == null ? declared : null;
    }

    private Key key(HttpServletRequest request, KeptPage declared) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        String query = request.getQueryString();
        return new Key(who == null ? null : who.getName(), Actor.currentApiToken(),
                who == null ? List.of() : who.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList(),
                locales.resolveLocale(request), request.getRequestURI() + (query == null ? "" : "?" + query), declared.showsReads(),
                declared.showsReads() ? audit.head().seq() : audit.lastChange(),
                LocalDate.now(clock.withZone(formats.zone())));
    }

    private synchronized Kept kept(Key key) {
        return kept.get(key);
    }

    private synchronized void keep(Key key, Kept page) {
        // the least recently served go when over the limit
        kept.entrySet().removeIf(old -> old.getKey().before(key) && forget(old.getValue()));
        Kept before = kept.put(key, page);
        keptBytes += page.length() - (before == null ? 0 : before.length());
        var oldest = kept.values().iterator();
        while (keptBytes > MAX_BYTES && oldest.hasNext() && forget(oldest.next())) {
            oldest.remove();
        }
    }

    private boolean forget(Kept page) {
        keptBytes -= page.length();
        return true;
    }
}
