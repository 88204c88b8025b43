package org.homeward.app.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.app.genetics.ImportRejectedException;
import org.homeward.app.genetics.LabFile;
import org.homeward.app.identification.Identification;
import org.homeward.app.identification.Run;
import org.homeward.app.security.ApiTokens;
import org.homeward.app.security.Permission;
import org.homeward.app.security.Role;
import org.homeward.app.security.SecurityTestSupport;
import org.homeward.app.security.SystemTasks;
import org.homeward.app.security.UserAccount;
import org.homeward.app.security.UserAccounts;
import org.homeward.formats.common.Strictness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Operating Homeward: the Prometheus scrape for METRICS_READ only, with Homeward's own metrics fed
 * by real runs, refusals and verifications; health split into liveness and readiness without
 * details for anonymous callers; the OpenAPI document titled, versioned, with both security schemes
 * and every operation tagged with a declared feature.
 */
@SpringBootTest(properties = "homeward.identification.screen-on-change=false")
@AutoConfigureMockMvc // with the application's filters, the one that times HTTP requests included
class OperationsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Identification identification;

    @Autowired
    QueueMetrics queues;

    @Autowired
    ChainMetrics chains;

    UserAccount administrator;

    @BeforeEach
    void setUp() {
        administrator = SecurityTestSupport.newUser(accounts, "operator", Role.ADMINISTRATOR);
    }

    @Test
    void the_scrape_is_refused_to_anonymous_callers_and_to_roles_without_metrics_read() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        for (Role role : Role.values()) {
            if (!role.permissions().contains(Permission.METRICS_READ)) {
                mvc.perform(get("/actuator/prometheus").with(SecurityTestSupport.signedInAs(SecurityTestSupport.newUser(accounts, "no-metrics", role))))
                        .andExpect(status().isForbidden());
            }
        }
        String statisticsOnly = SecurityTestSupport.as(administrator,
                () -> tokens.create("statistics", EnumSet.of(Permission.STATISTICS_READ), Duration.ofDays(1))).secret();
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + statisticsOnly)).andExpect(status().isForbidden());
    }

    @Test
    void the_operator_gets_boots_metrics_and_homewards_by_session_or_by_token() throws Exception {
        mvc.perform(get("/statistics").accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
        queues.refresh();
        String scrape = scrape();
        for (String metric : List.of("http_server_requests_seconds_bucket", "jvm_memory_used_bytes", "jvm_threads_live_threads",
                "hikaricp_connections_active", "homeward_screening_pairs_total", "homeward_imports_rejected_total",
                "homeward_screening_last_run_pairs_per_second")) {
            assertThat(scrape).as(metric).contains(metric);
        }
        assertThat(value(scrape, "homeward_queue_size", Map.of("queue", "review"))).isZero();
        assertThat(value(scrape, "homeward_queue_size", Map.of("queue", "awaiting-examination"))).isZero();
        assertThat(value(scrape, "homeward_queue_size", Map.of("queue", "awaiting-results"))).isZero();

        String token = SecurityTestSupport.as(administrator,
                () -> tokens.create("prometheus", EnumSet.of(Permission.METRICS_READ), Duration.ofDays(1))).secret();
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
    }

    @Test
    void a_committed_screening_run_is_counted_with_its_duration_and_pairs_per_second() throws Exception {
        double before = count(scrape(), "homeward_screening_runs_seconds_count", Map.of("kind", "full"));
        Run run = SystemTasks.callAs("test", identification::runAll);

        String scrape = scrape();
        assertThat(count(scrape, "homeward_screening_runs_seconds_count", Map.of("kind", "full"))).isEqualTo(before + 1);
        assertThat(value(scrape, "homeward_screening_last_run_pairs_per_second", Map.of()))
                .isEqualTo(run.pairsScreened() * 1000.0 / Math.max(1, run.durationMs()));
    }

    @Test
    void a_refused_lab_file_is_counted() throws Exception {
        double before = value(scrape(), "homeward_imports_rejected_total", Map.of());
        assertThatThrownBy(() -> LabFile.read("results.csv", "not a lab file".getBytes(), Strictness.STRICT, new LabFile.Samples<String>() {
            @Override
            public Map<String, String> known(java.util.Collection<String> codes) {
                return Map.of();
            }

            @Override
            public String unknown() {
                return "unknown sample";
            }
        })).isInstanceOf(ImportRejectedException.class);
        assertThat(value(scrape(), "homeward_imports_rejected_total", Map.of())).isEqualTo(before + 1);
    }

    @Test
    void every_chain_reports_its_last_scheduled_verification() throws Exception {
        assertThat(value(scrape(), "homeward_chain_intact", Map.of("chain", "audit"))).isNaN();
        chains.verify();
        String scrape = scrape();
        for (String chain : List.of("audit", "custody", "decisions", "genetics")) {
            assertThat(value(scrape, "homeward_chain_intact", Map.of("chain", chain))).as(chain).isEqualTo(1.0);
        }
    }

    @Test
    void liveness_and_readiness_are_public_without_details() throws Exception {
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            mvc.perform(get(probe)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"))
                    .andExpect(jsonPath("$.components").doesNotExist()).andExpect(jsonPath("$.details").doesNotExist());
        }
        mvc.perform(get("/actuator/health/readiness").with(SecurityTestSupport.signedInAs(administrator)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.readinessState.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness").with(SecurityTestSupport.signedInAs(administrator)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.components.livenessState.status").value("UP"))
                .andExpect(jsonPath("$.components.db").doesNotExist());
    }

    @Test
    void the_api_document_is_titled_versioned_secured_and_every_operation_tagged_with_a_feature() throws Exception {
        JsonNode api = new ObjectMapper().readTree(mvc.perform(get("/api-docs").with(SecurityTestSupport.signedInAs(administrator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(api.path("info").path("title").asString()).isEqualTo("Homeward API");
        assertThat(api.path("info").path("version").asString()).matches("\\d+\\.\\d+\\.\\d+.*");
        JsonNode schemes = api.path("components").path("securitySchemes");
        assertThat(schemes.path("bearer").path("type").asString()).isEqualTo("http");
        assertThat(schemes.path("bearer").path("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.path("session").path("type").asString()).isEqualTo("apiKey");
        assertThat(schemes.path("session").path("in").asString()).isEqualTo("cookie");

        Set<String> declared = new java.util.TreeSet<>();
        api.path("tags").forEach(tag -> declared.add(tag.path("name").asString()));
        assertThat(declared).containsExactlyInAnyOrder("ledger", "remains", "registry", "families", "identification", "genetics",
                "audit", "account", "jobs", "public", "operations");

        List<String> untagged = new ArrayList<>();
        Set<String> used = new java.util.TreeSet<>();
        api.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode tags = operation.getValue().path("tags");
            if (tags.size() != 1 || !declared.contains(tags.get(0).asString())) {
                untagged.add(operation.getKey() + " " + path.getKey() + " " + tags);
            } else {
                used.add(tags.get(0).asString());
            }
        }));
        assertThat(untagged).as("operations without exactly one declared feature tag").isEmpty();
        assertThat(used).as("every feature has operations").isEqualTo(declared);
        JsonNode healthSecurity = api.path("paths").path("/actuator/health").path("get").path("security");
        assertThat(healthSecurity.isArray() && healthSecurity.isEmpty()).as("the public health check needs no scheme").isTrue();
    }

    private String scrape() throws Exception {
        return mvc.perform(get("/actuator/prometheus").with(SecurityTestSupport.signedInAs(administrator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The value of the sample of {@code metric} whose labels include {@code labels}; fails when there is none. */
    private static double value(String scrape, String metric, Map<String, String> labels) {
        Matcher sample = Pattern.compile("(?m)^" + metric + "(\\{[^}]*})? (\\S+)$").matcher(scrape);
        while (sample.find()) {
            String found = sample.group(1) == null ? "" : sample.group(1);
            if (labels.entrySet().stream().allMatch(label -> found.contains(label.getKey() + "=\"" + label.getValue() + "\""))) {
                return Double.parseDouble(sample.group(2));
            }
        }
        throw new AssertionError("no sample of " + metric + " " + labels + " in the scrape");
    }

    /** Like {@link #value} but 0 when the meter does not exist yet (a timer appears at its first record). */
    private static double count(String scrape, String metric, Map<String, String> labels) {
        try {
            return value(scrape, metric, labels);
        } catch (AssertionError absent) {
            return 0;
        }
    }
}
