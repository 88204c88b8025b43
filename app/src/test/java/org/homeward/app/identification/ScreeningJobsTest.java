package org.homeward.app.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.homeward.app.genetics.GeneticData;
import org.homeward.app.registry.Families;
import org.homeward.app.registry.MissingPersons;
import org.homeward.app.registry.ReferenceSamples;
import org.homeward.app.security.SystemTasks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Screening as background jobs: changes in the data ask for runs by themselves, in their
 * transaction; the API answers 202 with the job's address and the job tells its progress and its
 * run; the runs page leads to a page that follows the job to its run. Only those who may start runs
 * may read a job.
 */
@SpringBootTest(properties = "homeward.identification.screen-on-change=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScreeningJobsTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    Identification identification;

    @Autowired
    MissingPersons missingPersons;

    @Autowired
    Families families;

    @Autowired
    ReferenceSamples samples;

    @Autowired
    GeneticData genetics;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeAll
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private static RequestPostProcessor analyst() {
        return user("job-analyst").authorities(new SimpleGrantedAuthority("IDENTIFICATION_REVIEW"),
                new SimpleGrantedAuthority("IDENTIFICATION_RUN"));
    }

    private static RequestPostProcessor reviewer() {
        return user("job-reviewer").authorities(new SimpleGrantedAuthority("IDENTIFICATION_REVIEW"));
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(what).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    private long queuedJobs() {
        return jdbc.sql("SELECT count(*) FROM background_job WHERE status = 'QUEUED'").query(Long.class).single();
    }

    @Test
    @Order(1)
    void new_profiles_and_families_are_screened_without_anyone_asking() throws Exception {
        // Other test classes share this database: look only at the runs and jobs made from here on.
        long runsBefore = SystemTasks.callAs("analyst", identification::runs).stream().mapToLong(Run::id).max().orElse(0);
        Instant since = Instant.now();
        SimulatedCases cases = SystemTasks.callAs("lab", () -> new SimulatedCases(20251203).register(missingPersons, families, samples,
                genetics, "EV", 3, 5));
        long asked = jdbc.sql("SELECT count(*) FROM background_job WHERE started_by = ?").param(SystemTasks.SCREENING)
                .query(Long.class).single();
        assertThat(asked).as("every change asked for a screening in its transaction").isGreaterThanOrEqualTo(cases.remains.size());
        await("the asked-for screenings are done", () -> queuedJobs() == 0);

        List<Run> runs = SystemTasks.callAs("analyst", identification::runs).stream().filter(run -> run.id() > runsBefore).toList();
        assertThat(runs).isNotEmpty().allSatisfy(run -> assertThat(run.startedBy()).isEqualTo(SystemTasks.SCREENING));
        assertThat(runs.get(0).remains()).isEqualTo(cases.remains.size());
        assertThat(jdbc.sql("SELECT DISTINCT status FROM background_job WHERE created_at >= ?").param(java.sql.Timestamp.from(since)).query(String.class).list()).containsExactly("SUCCEEDED");
        assertThat(SystemTasks.callAs("analyst", identification::screenChanges)).as("nothing left unscreened").isEmpty();
    }

    @Test
    @Order(2)
    void the_api_answers_202_and_the_job_tells_its_progress_and_its_run() throws Exception {
        String job = mvc.perform(post("/api/identification/runs").with(analyst()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"full\": true}"))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/identification/runs/jobs/")))
                .andExpect(jsonPath("$.status").value(org.hamcrest.Matchers.oneOf("QUEUED", "RUNNING", "SUCCEEDED")))
                .andReturn().getResponse().getHeader("Location");
        await("the job succeeded", () -> body(job).contains("\"SUCCEEDED\""));

        mvc.perform(get(job).with(analyst()))
                .andExpect(jsonPath("$.phase").value("storing"))
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.done").value(org.hamcrest.Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.elapsedMs").value(org.hamcrest.Matchers.greaterThanOrEqualTo(0)))
                .andExpect(jsonPath("$.runUrl").value(org.hamcrest.Matchers.startsWith("/api/identification/runs/")));
        String runUrl = com.jayway.jsonpath.JsonPath.read(body(job), "$.runUrl");
        mvc.perform(get(runUrl).with(analyst()))
                .andExpect(jsonPath("$.run.kind").value("FULL"))
                .andExpect(jsonPath("$.run.startedBy").value("job-analyst"));

        mvc.perform(get(job).with(reviewer())).andExpect(status().isForbidden());
        mvc.perform(post("/api/identification/runs").with(reviewer()).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    @Order(3)
    void the_runs_page_starts_a_job_whose_page_follows_it_to_the_run() throws Exception {
        String page = mvc.perform(post("/identification/runs").param("full", "true").with(analyst()).with(csrf()))
                .andExpect(redirectedUrlPattern("/identification/runs/jobs/*"))
                .andReturn().getResponse().getRedirectedUrl();
        MockHttpServletResponse shown = mvc.perform(get(page).with(analyst())).andExpect(status().isOk()).andReturn().getResponse();
        if (!shown.getContentAsString().contains("id=\"job-run\"")) {
            assertThat(shown.getHeader("Refresh")).as("an unfinished job's page reloads itself").isEqualTo("2");
        }
        await("the page shows the run", () -> page(page).contains("id=\"job-run\""));
        MockHttpServletResponse done = mvc.perform(get(page).with(analyst())).andReturn().getResponse();
        assertThat(done.getHeader("Refresh")).isNull();
        assertThat(done.getContentAsString()).contains("Done").containsPattern("href=\"/identification/runs/\\d+\"");
    }

    private String body(String address) {
        try {
            return mvc.perform(get(address).with(analyst())).andReturn().getResponse().getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String page(String address) {
        return body(address);
    }
}
