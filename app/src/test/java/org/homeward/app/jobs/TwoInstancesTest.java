package org.homeward.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.app.HomewardApplication;
import org.homeward.app.genetics.GeneticData;
import org.homeward.app.genetics.MarkerAlleles;
import org.homeward.app.identification.ScreeningJobs;
import org.homeward.app.identification.SimulatedCases;
import org.homeward.app.jobs.store.JobStore;
import org.homeward.app.registry.Families;
import org.homeward.app.registry.MissingPersons;
import org.homeward.app.registry.ReferenceSamples;
import org.homeward.app.security.Permission;
import org.homeward.app.security.Role;
import org.homeward.app.security.SystemTasks;
import org.homeward.app.security.UserAccounts;
import org.homeward.app.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several instances of the application on one PostgreSQL database, as behind a load balancer: each
 * a whole application with its web server, started here on a database they share (the test
 * infrastructure gives each {@code @SpringBootTest} context a database of its own, so these contexts
 * are started by hand). Nothing that matters lives in one instance: a job asked for on one is done
 * once, by either; sign-in failures count together; the pages read the same; scheduled work is
 * elected once; and a job an instance was doing when it stopped is done by the next.
 */
class TwoInstancesTest {

    private static final String PASSWORD = "a long enough passphrase for tests";

    @Test
    void two_instances_share_one_run_one_throttle_count_the_same_pages_and_elected_work() throws Exception {
        String database = TestPostgres.createDatabase();
        Path data = Files.createTempDirectory("homeward-instances");
        try (ConfigurableApplicationContext a = start(database, data, Map.of());
             ConfigurableApplicationContext b = start(database, data, Map.of())) {
            JdbcClient jdbc = a.getBean(JdbcClient.class);
            SystemTasks.runAs("test", () -> {
                a.getBean(UserAccounts.class).createWithPassword("analyst-a", "Analyst A", EnumSet.of(Role.FORENSIC_ANALYST), PASSWORD);
                a.getBean(UserAccounts.class).createWithPassword("analyst-b", "Analyst B", EnumSet.of(Role.FORENSIC_ANALYST), PASSWORD);
            });

            // changes stored on one instance are screened by whichever instance claims each job, one run at a time
            SystemTasks.callAs("lab", () -> new SimulatedCases(20251203).register(a.getBean(MissingPersons.class),
                    a.getBean(Families.class), a.getBean(ReferenceSamples.class), a.getBean(GeneticData.class), "TW", 2, 3));
            await("every screening job is done", () -> queued(jdbc) == 0);
            assertThat(jdbc.sql("SELECT DISTINCT status FROM background_job").query(String.class).list()).containsExactly("SUCCEEDED");
            assertNoTwoRunsOverlap(jdbc);

            // one change, a run asked for on both instances at once: one run
            long runsBefore = runs(jdbc);
            List<MarkerAlleles> typed = jdbc.sql("SELECT marker, allele1, allele2 FROM genetic_profile WHERE sample_code = 'TW-U-1'")
                    .query(MarkerAlleles.class).list();
            assertThat(typed).isNotEmpty();
            SystemTasks.runAs("lab", () -> b.getBean(GeneticData.class).storeRemainsProfile("TW-LATE-1", typed));
            SystemTasks.runAs("analyst-a", () -> jobs(a).enqueue(ScreeningJobs.KIND, "changes"));
            SystemTasks.runAs("analyst-b", () -> jobs(b).enqueue(ScreeningJobs.KIND, "changes"));
            await("the jobs are done", () -> queued(jdbc) == 0);
            assertThat(runs(jdbc)).as("one run for one change, however many instances were asked").isEqualTo(runsBefore + 1);
            assertNoTwoRunsOverlap(jdbc);

            // sign-in failures on either instance count into one counter
            Browser onA = new Browser(a);
            Browser onB = new Browser(b);
            assertThat(onA.signIn("analyst-a", "wrong 1")).contains("/login");
            assertThat(onB.signIn("analyst-a", "wrong 2")).contains("/login");
            assertThat(onA.signIn("analyst-a", "wrong 3")).contains("/login");
            assertThat(jdbc.sql("SELECT failures FROM sign_in_failures WHERE counter = 'account:analyst-a'").query(Integer.class).single())
                    .isEqualTo(3);

            // both instances show the same runs, and a job started on one is followed on the other
            Browser analystOnA = new Browser(a);
            Browser analystOnB = new Browser(b);
            assertThat(analystOnA.signIn("analyst-b", PASSWORD)).endsWith("/identification");
            assertThat(analystOnB.signIn("analyst-b", PASSWORD)).endsWith("/identification");
            Set<String> runsOnA = analystOnA.all("/identification/runs", "href=\"/identification/runs/(\\d+)\"");
            assertThat(runsOnA).hasSize((int) runs(jdbc));
            assertThat(analystOnB.all("/identification/runs", "href=\"/identification/runs/(\\d+)\"")).isEqualTo(runsOnA);
            String job = analystOnA.post("/identification/runs", "/identification/runs", Map.of("full", "true"));
            assertThat(job).matches("/identification/runs/jobs/[0-9a-f-]{36}");
            await("the job's page on the other instance shows its run", () -> analystOnB.get(job).contains("id=\"job-run\""));
            assertThat(analystOnB.all("/identification/runs", "href=\"/identification/runs/(\\d+)\""))
                    .isEqualTo(analystOnA.all("/identification/runs", "href=\"/identification/runs/(\\d+)\"")).hasSize((int) runs(jdbc));

            // a browser signed in on one instance is signed in on the other (the session is in the database),
            // sends its forms there (the CSRF token is in the session too), and signed out there is signed out on both
            Browser roaming = new Browser(a);
            assertThat(roaming.status("/identification")).as("not yet signed in").isEqualTo(302);
            assertThat(roaming.signIn("analyst-b", PASSWORD)).startsWith("/identification"); // the page asked for before
            Browser sameOnB = roaming.on(b);
            assertThat(sameOnB.get("/identification")).contains("analyst-b");
            assertThat(sameOnB.post("/identification/runs", "/identification/runs", Map.of("full", "true")))
                    .matches("/identification/runs/jobs/[0-9a-f-]{36}");
            await("the job is done", () -> queued(jdbc) == 0);
            assertThat(sameOnB.post("/account", "/logout", Map.of())).endsWith("/?signedOut");
            assertThat(roaming.status("/identification")).as("signed out on B, so on A").isEqualTo(302);

            // scheduled work is done by one instance per interval
            AtomicInteger done = new AtomicInteger();
            a.getBean(ElectedWork.class).once("two-instances-test", Duration.ofHours(1), done::incrementAndGet);
            b.getBean(ElectedWork.class).once("two-instances-test", Duration.ofHours(1), done::incrementAndGet);
            a.getBean(ElectedWork.class).once("two-instances-test", Duration.ofHours(1), done::incrementAndGet);
            assertThat(done).hasValue(1);
        }
    }

    @Test
    void a_job_whose_instance_stopped_before_finishing_is_done_by_the_next() throws Exception {
        String database = TestPostgres.createDatabase();
        Path data = Files.createTempDirectory("homeward-instances");
        JobId blocked;
        try (ConfigurableApplicationContext first = start(database, data, Map.of(BlockingJobs.BLOCK, "true"))) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            blocked = SystemTasks.callAs("test", () -> jobs(first).enqueue(BlockingJobs.KIND, ""));
            await("the job started", () -> status(first, blocked) == JobStatus.RUNNING);
            // asked for while the instance is busy: screenings queued behind the blocked job, each in its change's transaction
            SystemTasks.callAs("lab", () -> new SimulatedCases(20251204).register(first.getBean(MissingPersons.class),
                    first.getBean(Families.class), first.getBean(ReferenceSamples.class), first.getBean(GeneticData.class), "KL", 1, 1));
            assertThat(queued(jdbc)).isGreaterThan(2);
            assertThat(runs(jdbc)).isZero();
        }
        try (ConfigurableApplicationContext next = start(database, data, Map.of(BlockingJobs.BLOCK, "false"))) {
            JdbcClient jdbc = next.getBean(JdbcClient.class);
            await("the next instance did the jobs", () -> queued(jdbc) == 0);
            Job job = SystemTasks.callAs("test", () -> next.getBean(JobStore.class).find(blocked)).orElseThrow();
            assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
            assertThat(job.result()).isEqualTo("done after a restart");
            assertThat(runs(jdbc)).as("the screenings asked for before the stop ran after it, together").isEqualTo(1);
        }
    }

    /** A job kind for the test: blocks until its instance stops, or finishes at once, as configured. */
    static class BlockingJobs extends JobHandler {

        static final JobKind KIND = JobKind.of("test.blocking", Permission.IDENTIFICATION_RUN);
        static final String BLOCK = "test.jobs.block";

        private final boolean block;

        BlockingJobs(org.springframework.core.env.Environment environment) {
            super(KIND);
            this.block = environment.getRequiredProperty(BLOCK, Boolean.class);
        }

        @Override
        public JobResult run(String parameters, Optional<JobFile> input, JobProgress progress) {
            progress.report("waiting", 0, 1);
            if (block) {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("stopped");
                }
            }
            return JobResult.of("done after a restart");
        }
    }

    private static ConfigurableApplicationContext start(String database, Path data, Map<String, Object> more) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "homeward.db.url", database, "homeward.db.user", TestPostgres.USER, "homeward.db.password", "",
                "homeward.db.max-pool-size", "4", "homeward.data-dir", data.toString(), "server.port", "0",
                "server.servlet.session.cookie.secure", "false", "homeward.jobs.sweep-interval", "1s",
                "homeward.identification.screen-on-change", "true"));
        properties.putAll(more);
        List<Class<?>> sources = more.containsKey(BlockingJobs.BLOCK) ? List.of(HomewardApplication.class, BlockingJobs.class)
                : List.of(HomewardApplication.class);
        // as arguments, as the command line gives them: they win over application.properties (default properties would not)
        String[] arguments = properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).web(WebApplicationType.SERVLET).run(arguments);
    }

    private static Jobs jobs(ConfigurableApplicationContext context) {
        return context.getBean(Jobs.class);
    }

    private static JobStatus status(ConfigurableApplicationContext context, JobId id) {
        return context.getBean(JobStore.class).find(id).orElseThrow().status();
    }

    private static long queued(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM background_job WHERE status = 'QUEUED'").query(Long.class).single();
    }

    private static long runs(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM identification_run").query(Long.class).single();
    }

    /** No run started before the one before it had finished (its advisory lock holds across instances). */
    private static void assertNoTwoRunsOverlap(JdbcClient jdbc) {
        List<Instant[]> spans = jdbc.sql("SELECT started_at, duration_ms FROM identification_run ORDER BY started_at").query((row, n) -> {
            Instant start = row.getObject(1, java.time.OffsetDateTime.class).toInstant();
            return new Instant[] {start, start.plusMillis(row.getLong(2))};
        }).list();
        for (int i = 1; i < spans.size(); i++) {
            assertThat(spans.get(i)[0]).as("run %d starts after run %d ended", i + 1, i).isAfterOrEqualTo(spans.get(i - 1)[1]);
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(what).isBefore(deadline);
            Thread.sleep(200);
        }
    }

    /** A browser on one instance: its own session cookie, forms sent with their CSRF token, redirects not followed. */
    private static final class Browser {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

        private final String base;
        private final HttpClient http;

        Browser(ConfigurableApplicationContext instance) {
            this(instance, HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build());
        }

        private Browser(ConfigurableApplicationContext instance, HttpClient http) {
            this.base = "http://localhost:" + ((WebServerApplicationContext) instance).getWebServer().getPort();
            this.http = http;
        }

        /** The same browser, its cookies included, sent to another instance (as a load balancer may). */
        Browser on(ConfigurableApplicationContext other) {
            return new Browser(other, http);
        }

        /** The status of a GET of the page, redirects not followed. */
        int status(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET()).statusCode();
        }

        /** Signs in; the address the instance sends the browser to. */
        String signIn(String username, String password) {
            return post("/login", "/login", Map.of("username", username, "password", password));
        }

        /** Sends a form of the page {@code form} to {@code action}; the address of the redirect. */
        String post(String form, String action, Map<String, String> fields) {
            Matcher token = CSRF.matcher(get(form));
            assertThat(token.find()).as("CSRF token on " + form).isTrue();
            Map<String, String> all = new HashMap<>(fields);
            all.put("_csrf", token.group(1));
            StringBuilder body = new StringBuilder();
            all.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + action))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body.toString())));
            assertThat(response.statusCode()).as("POST " + action).isEqualTo(302);
            return response.headers().firstValue("Location").orElseThrow().replace(base, "");
        }

        String get(String path) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET());
            assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
            return response.body();
        }

        /** Every first group of {@code pattern} on the page. */
        Set<String> all(String path, String pattern) {
            Set<String> found = new TreeSet<>();
            Matcher m = Pattern.compile(pattern).matcher(get(path));
            while (m.find()) {
                found.add(m.group(1));
            }
            return found;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
