import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The load test of issue 19 item 7, bounded and local: signs in once per role with the accounts
 * {@code serve --demo} printed, then runs CLIENTS concurrent clients for SECONDS against the main
 * pages, each client going round the pages in turn, one request at a time, and prints per page the
 * requests, p50/p95/p99/max latency and errors (any status but 200, a redirect to sign in, or no
 * answer). With a warm-up of W seconds, the same clients run W seconds first (the JIT compiling the
 * server's hot code) and those requests are reported apart. Run through {@code bench/load.sh}; JDK only, no build.
 *
 * <pre>java bench/load/LoadTest.java BASE_URL CLIENTS SECONDS WARMUP_SECONDS COORDINATOR=user:password FORENSIC_ANALYST=… AUDITOR=…</pre>
 */
public class LoadTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern UUID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    record Page(String name, String path, String role) {
    }

    record Sample(long nanos, boolean error) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 7) {
            System.err.println("usage: java LoadTest.java BASE_URL CLIENTS SECONDS WARMUP_SECONDS COORDINATOR=user:pw FORENSIC_ANALYST=user:pw AUDITOR=user:pw");
            System.exit(2);
        }
        String base = args[0].replaceAll("/+$", "");
        int clients = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();

        Map<String, String> sessions = new LinkedHashMap<>();
        for (String account : Arrays.copyOfRange(args, 4, args.length)) {
            String role = account.substring(0, account.indexOf('='));
            String credentials = account.substring(account.indexOf('=') + 1);
            sessions.put(role, signIn(http, base, credentials.substring(0, credentials.indexOf(':')),
                    credentials.substring(credentials.indexOf(':') + 1)));
        }
        String transfer = largestReceipt(http, base, sessions.get("COORDINATOR"));
        List<Page> pages = List.of(
                new Page("ledger (transfers)", "/ledger", "COORDINATOR"),
                new Page("receipt", "/remains/transfers/" + transfer, "COORDINATOR"),
                new Page("review queue", "/identification", "FORENSIC_ANALYST"),
                new Page("registry list", "/registry", "FORENSIC_ANALYST"),
                new Page("audit log", "/audit", "AUDITOR"),
                new Page("public statistics", "/statistics", null));
        for (Page page : pages) {
            Sample first = request(http, base, page, sessions);
            if (first.error()) {
                throw new IllegalStateException("the page " + page.path() + " does not answer 200 before the run; stopping");
            }
        }

        Map<String, ConcurrentLinkedQueue<Sample>> warming = new ConcurrentHashMap<>();
        Map<String, ConcurrentLinkedQueue<Sample>> samples = new ConcurrentHashMap<>();
        pages.forEach(page -> {
            warming.put(page.name(), new ConcurrentLinkedQueue<>());
            samples.put(page.name(), new ConcurrentLinkedQueue<>());
        });
        long measured = System.nanoTime() + Duration.ofSeconds(warmup).toNanos();
        long end = measured + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int offset = c;
            Thread client = new Thread(() -> {
                try {
                    for (int i = offset; System.nanoTime() < end; i++) {
                        Page page = pages.get(i % pages.size());
                        boolean warm = System.nanoTime() >= measured; // a request counts where it begins
                        (warm ? samples : warming).get(page.name()).add(request(http, base, page, sessions));
                    }
                } finally {
                    done.countDown();
                }
            });
            client.setDaemon(true);
            client.start();
        }
        done.await();

        if (warmup > 0) {
            report("warm-up: " + clients + " clients for " + warmup + " s", base, warmup, pages, warming);
            System.out.println();
        }
        report(clients + " clients for " + seconds + " s", base, seconds, pages, samples);
        long all = Stream.of(warming, samples).flatMap(map -> map.values().stream()).mapToLong(Collection::size).sum();
        System.out.printf("requests in all: %d%n", all);
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
    private static Sample request(HttpClient http, String base, Page page, Map<String, String> sessions) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + page.path())).timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html");
        if (page.role() != null) {
            request.header("Cookie", "JSESSIONID=" + sessions.get(page.role()));
        }
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Sample(System.nanoTime() - start, response.statusCode() != 200);
        } catch (IOException | InterruptedException failed) {
            return new Sample(System.nanoTime() - start, true);
        }
    }

    /** Signs in with the form, as a browser does (session cookie and CSRF token), and returns the signed-in session. */
    private static String signIn(HttpClient http, String base, String username, String password) throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
        String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + session(form))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("sign-in as " + username + " failed: " + signedIn.statusCode() + " " + location);
        }
        return session(signedIn);
    }

    /** The transfer whose remains receipt is the largest: the heaviest receipt page of the demo. */
    private static String largestReceipt(HttpClient http, String base, String session) throws Exception {
        String transfers = get(http, base + "/api/ledger/transfers", session);
        String largest = null;
        int size = -1;
        Matcher id = UUID.matcher(transfers);
        while (id.find()) {
            HttpResponse<String> receipt = http.send(HttpRequest.newBuilder(URI.create(base + "/api/remains/transfers/" + id.group(1) + "/receipt"))
                    .header("Accept", "application/json").header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofString());
            if (receipt.statusCode() == 200 && receipt.body().length() > size) {
                largest = id.group(1);
                size = receipt.body().length();
            }
        }
        if (largest == null) {
            throw new IllegalStateException("no transfer with a remains receipt in " + base);
        }
        return largest;
    }

    private static String get(HttpClient http, String url, String session) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").header("Cookie", "JSESSIONID=" + session)
                .build(), HttpResponse.BodyHandlers.ofString()).body();
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
