import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The load test of issues 17 (item 2) and 19 (item 7), bounded and local. Every client signs in
 * itself, with its own session, round-robin over the accounts given (as people at a headquarters
 * would: several people per role, each in their own browser), then walks, one request at a time and
 * without pause, the main pages its role may open: each time the next page of its round, at an
 * address drawn from what the pages themselves link to (every sort and page link of the lists, every
 * transfer's receipt, candidates, bodies and families), with a seeded random choice per client
 * (the first address of each page is checked to answer before the run; the rest count as errors if not).
 * Prints per page the requests, p50/p95/p99/max latency and errors (any status but 200, a redirect to
 * sign in included, or no answer within 60 s) and, when an account of METRICS=… is given, the share of
 * kept-page requests the server answered with a page kept as rendered (its {@code /actuator/prometheus}
 * counter {@code homeward_pages_kept_total}). With a warm-up of W seconds, the same clients run W
 * seconds first (the JIT compiling the server's hot code), reported apart. Run through
 * {@code bench/load.sh}; JDK only, no build.
 *
 * <pre>java bench/load/LoadTest.java BASE_URL CLIENTS SECONDS WARMUP_SECONDS ROLE=user:password… [METRICS=user:password]</pre>
 */
public class LoadTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern KEPT = Pattern.compile("^homeward_pages_kept_total\\{[^}]*served=\"(kept|rendered)\"[^}]*} ([0-9.eE+]+)$",
            Pattern.MULTILINE);
    private static final String COORDINATOR = "COORDINATOR", ANALYST = "FORENSIC_ANALYST", LIAISON = "FAMILY_LIAISON", AUDITOR = "AUDITOR";
    /** The most addresses of one page a client draws from. */
    private static final int MAX_VARIANTS = 60;

    /** A main page: the roles that open it and the addresses it is opened at. */
    record Page(String name, Set<String> roles, List<String> addresses) {
    }

    record Account(String role, String username, String password) {
    }

    record Sample(long nanos, boolean error) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: java LoadTest.java BASE_URL CLIENTS SECONDS WARMUP_SECONDS ROLE=user:pw… [METRICS=user:pw]");
            System.exit(2);
        }
        String base = args[0].replaceAll("/+$", "");
        int clients = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        List<Account> accounts = new ArrayList<>();
        Account metrics = null;
        for (int i = 4; i < args.length; i++) {
            String role = args[i].substring(0, args[i].indexOf('='));
            String credentials = args[i].substring(args[i].indexOf('=') + 1);
            Account account = new Account(role, credentials.substring(0, credentials.indexOf(':')), credentials.substring(credentials.indexOf(':') + 1));
            if (role.equals("METRICS")) {
                metrics = account;
            } else {
                accounts.add(account);
            }
        }

        List<Page> pages = discover(http, base, accounts);
        String[] sessions = new String[clients];
        for (int c = 0; c < clients; c++) {
            sessions[c] = signIn(http, base, accounts.get(c % accounts.size()));
        }
        String metricsSession = metrics == null ? null : signIn(http, base, metrics);

        Map<String, ConcurrentLinkedQueue<Sample>> warming = new ConcurrentHashMap<>();
        Map<String, ConcurrentLinkedQueue<Sample>> samples = new ConcurrentHashMap<>();
        pages.forEach(page -> {
            warming.put(page.name(), new ConcurrentLinkedQueue<>());
            samples.put(page.name(), new ConcurrentLinkedQueue<>());
        });
        LocalTime now = LocalTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        System.err.printf("%d clients signed in; warm-up from %s, measured from %s to %s UTC%n", clients, now, now.plusSeconds(warmup),
                now.plusSeconds(warmup + seconds));
        long measured = System.nanoTime() + Duration.ofSeconds(warmup).toNanos();
        long end = measured + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            String role = accounts.get(c % accounts.size()).role();
            List<Page> round = pages.stream().filter(page -> page.roles().contains(role)).toList();
            String session = sessions[c];
            Random random = new Random(c);
            int offset = c;
            Thread client = new Thread(() -> {
                try {
                    for (int i = offset; System.nanoTime() < end; i++) {
                        Page page = round.get(i % round.size());
                        String address = page.addresses().get(random.nextInt(page.addresses().size()));
                        boolean warm = System.nanoTime() >= measured; // a request counts where it begins
                        (warm ? samples : warming).get(page.name()).add(request(http, base + address, session));
                    }
                } finally {
                    done.countDown();
                }
            });
            client.setDaemon(true);
            client.start();
        }
        double[] keptAtStart = null;
        if (metricsSession != null) {
            Thread.sleep(Math.max(0, (measured - System.nanoTime()) / 1_000_000));
            keptAtStart = kept(http, base, metricsSession);
        }
        done.await();
        double[] keptAtEnd = metricsSession == null ? null : kept(http, base, metricsSession);

        System.out.printf("sessions: %d clients, each signed in with its own session, over %d accounts (%s)%n", clients, accounts.size(),
                String.join(", ", accounts.stream().map(a -> a.username() + " " + a.role()).toList()));
        for (Page page : pages) {
            System.out.printf("  %-20s %3d addresses, opened by %s%n", page.name(), page.addresses().size(), String.join(", ", page.roles()));
        }
        if (warmup > 0) {
            report("warm-up: " + clients + " clients for " + warmup + " s", base, warmup, pages, warming);
            System.out.println();
        }
        report(clients + " clients for " + seconds + " s", base, seconds, pages, samples);
        if (keptAtStart != null && keptAtEnd != null) {
            double kept = keptAtEnd[0] - keptAtStart[0], rendered = keptAtEnd[1] - keptAtStart[1];
            System.out.printf("kept pages: %.0f of %.0f requests for kept pages served as kept (%.1f %%), %.0f rendered%n", kept,
                    kept + rendered, 100 * kept / Math.max(1, kept + rendered), rendered);
        } else {
            System.out.println("kept pages: not measured (no METRICS account, or the server does not count them)");
        }
        long all = Stream.of(warming, samples).flatMap(map -> map.values().stream()).mapToLong(Collection::size).sum();
        System.out.printf("requests in all: %d%n", all);
    }

    /**
     * The main pages and their addresses, found as a person finds them: the lists' own sort and page
     * links (two levels deep), every transfer's receipt with its page links, and the candidates, bodies
     * and families those pages link to (the families of the first registry page's missing persons).
     */
    private static List<Page> discover(HttpClient http, String base, List<Account> accounts) throws Exception {
        Map<String, String> guide = new LinkedHashMap<>(); // one session per role, only to find the addresses
        for (Account account : accounts) {
            if (!guide.containsKey(account.role())) {
                guide.put(account.role(), signIn(http, base, account));
            }
        }
        String coordinator = guide.get(COORDINATOR), analyst = guide.get(ANALYST), auditor = guide.get(AUDITOR);
        if (coordinator == null || analyst == null || auditor == null) {
            throw new IllegalStateException("give at least one account each of " + COORDINATOR + ", " + ANALYST + " and " + AUDITOR);
        }
        Set<String> transfers = new LinkedHashSet<>();
        Set<String> bodies = new LinkedHashSet<>();
        for (String remains : list(http, base, "/remains", coordinator)) {
            String html = get(http, base + remains, coordinator);
            transfers.addAll(links(html, "/remains/transfers/[0-9a-f-]{36}"));
            bodies.addAll(links(html, "/remains/[A-Z]{2}-[0-9-]+"));
        }
        List<String> receipts = new ArrayList<>();
        for (String transfer : transfers) {
            receipts.addAll(list(http, base, transfer, coordinator));
        }
        List<String> queue = list(http, base, "/identification", analyst);
        Set<String> candidates = new LinkedHashSet<>();
        for (String address : queue) {
            candidates.addAll(links(get(http, base + address, analyst), "/identification/candidates/[0-9]+"));
        }
        List<String> registry = list(http, base, "/registry", analyst);
        Set<String> families = new LinkedHashSet<>();
        for (String person : links(get(http, base + "/registry", analyst), "/registry/missing-persons/[A-Z0-9-]+")) {
            families.addAll(links(get(http, base + person, analyst), "/registry/families/[0-9]+"));
        }
        List<Page> pages = List.of(
                new Page("ledger (transfers)", Set.of(COORDINATOR, AUDITOR), List.of("/ledger")),
                new Page("receipt", Set.of(COORDINATOR, ANALYST, AUDITOR), receipts),
                new Page("review queue", Set.of(ANALYST), queue),
                new Page("registry list", Set.of(COORDINATOR, ANALYST, LIAISON, AUDITOR), registry),
                new Page("audit log", Set.of(AUDITOR), list(http, base, "/audit", auditor)),
                new Page("public statistics", Set.of(COORDINATOR, ANALYST, LIAISON, AUDITOR), List.of("/statistics")),
                new Page("candidate", Set.of(ANALYST), sample(candidates)),
                new Page("body", Set.of(COORDINATOR, ANALYST, AUDITOR), sample(bodies)),
                new Page("family", Set.of(COORDINATOR, ANALYST, LIAISON), sample(families)));
        for (Page page : pages) {
            if (page.addresses().isEmpty()) {
                throw new IllegalStateException("no address found for the page '" + page.name() + "': is the demo data loaded?");
            }
            String role = page.roles().stream().filter(guide::containsKey).findFirst().orElseThrow();
            if (request(http, base + page.addresses().get(0), guide.get(role)).error()) {
                throw new IllegalStateException("the page " + page.addresses().get(0) + " does not answer 200 before the run; stopping");
            }
        }
        return pages;
    }

    /** A list page and the addresses its sort and page links lead to, and theirs (at most MAX_VARIANTS). */
    private static List<String> list(HttpClient http, String base, String path, String session) throws Exception {
        Set<String> addresses = new LinkedHashSet<>(List.of(path));
        String own = Pattern.quote(path) + "\\?[^\"#]*";
        for (String address : links(get(http, base + path, session), own)) {
            addresses.add(address);
            if (addresses.size() < MAX_VARIANTS) {
                addresses.addAll(links(get(http, base + address, session), own));
            }
        }
        return sample(addresses);
    }

    private static List<String> sample(Collection<String> addresses) {
        return new ArrayList<>(addresses).subList(0, Math.min(MAX_VARIANTS, addresses.size()));
    }

    /** The addresses of the links in {@code html} that match {@code pattern} whole, in order of appearance, once each. */
    private static Set<String> links(String html, String pattern) {
        Set<String> found = new LinkedHashSet<>();
        Matcher href = Pattern.compile("href=\"(" + pattern + ")\"").matcher(html);
        while (href.find()) {
            found.add(href.group(1).replace("&amp;", "&"));
        }
        return found;
    }

    /** The counts of kept-page requests served kept and rendered so far, from the Prometheus scrape. */
    private static double[] kept(HttpClient http, String base, String session) {
        try {
            String scrape = get(http, base + "/actuator/prometheus", session, "text/plain");
            double[] counts = new double[2];
            boolean found = false;
            for (Matcher line = KEPT.matcher(scrape); line.find(); found = true) {
                counts[line.group(1).equals("kept") ? 0 : 1] += Double.parseDouble(line.group(2));
            }
            return found ? counts : null;
        } catch (Exception unavailable) {
            return null;
        }
    }

    private static void report(String run, String base, int seconds, List<Page> pages, Map<String, ConcurrentLinkedQueue<Sample>> samples) {
        long total = samples.values().stream().mapToLong(Collection::size).sum();
        System.out.printf("%s against %s: %d requests, %.0f per second%n", run, base, total, total / (double) seconds);
        System.out.printf("%-20s %8s %9s %9s %9s %9s %7s%n", "page", "requests", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors");
        for (Page page : pages) {
            List<Sample> all = new ArrayList<>(samples.get(page.name()));
            List<Long> nanos = new ArrayList<>(all.stream().map(Sample::nanos).toList());
            Collections.sort(nanos);
            long errors = all.stream().filter(Sample::error).count();
            System.out.printf("%-20s %8d %9.0f %9.0f %9.0f %9.0f %7d%n", page.name(), nanos.size(), percentile(nanos, 50),
                    percentile(nanos, 95), percentile(nanos, 99), percentile(nanos, 100), errors);
        }
    }

    /** One GET as a browser would send it; an error is any status but 200 (a redirect to sign in included) or no answer. */
    private static Sample request(HttpClient http, String url, String session) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).header("Accept", "text/html")
                .header("Cookie", "JSESSIONID=" + session).build();
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Sample(System.nanoTime() - start, response.statusCode() != 200);
        } catch (IOException | InterruptedException failed) {
            return new Sample(System.nanoTime() - start, true);
        }
    }

    /** Signs in with the form, as a browser does (session cookie and CSRF token), and returns the new signed-in session. */
    private static String signIn(HttpClient http, String base, Account account) throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
        String body = "username=" + encode(account.username()) + "&password=" + encode(account.password()) + "&_csrf=" + encode(token);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + session(form))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("sign-in as " + account.username() + " failed: " + signedIn.statusCode() + " " + location);
        }
        return session(signedIn);
    }

    private static String get(HttpClient http, String url, String session) throws Exception {
        return get(http, url, session, "text/html");
    }

    private static String get(HttpClient http, String url, String session, String accept) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept)
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static String session(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find).map(m -> m.group(1))
                .findFirst().orElseThrow(() -> new IllegalStateException("no session cookie from " + response.uri()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The nearest-rank percentile of sorted nanoseconds, in milliseconds. */
    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }
}
