package org.homeward.app.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.hamcrest.Matchers;

import org.homeward.app.audit.AuditEntry;
import org.homeward.app.audit.AuditEvent;
import org.homeward.app.audit.AuditLog;
import org.homeward.app.common.ListQuery;
import org.homeward.app.common.Page;
import org.homeward.app.security.Role;
import org.homeward.app.testing.BackgroundJobs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/** The one paging mechanism on the real database: pages, totals, sorting, filters in both scripts, exports. */
@SpringBootTest
class ListsTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AuditLog audit;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    static RequestPostProcessor as(Role role) {
        return as(role, role.name().toLowerCase());
    }

    static RequestPostProcessor as(Role role, String name) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
                role.permissions().stream().map(p -> new SimpleGrantedAuthority(p.name())).toList()));
    }

    private static ListQuery query(int page, int size, String sort, boolean descending, ListQuery.Filter filter) {
        return new ListQuery(page, size, sort, descending, filter);
    }

    private static ListQuery.Filter filter(String text, String actor, String action) {
        return new ListQuery.Filter(text, null, null, null, null, null, actor, action);
    }

    @Test
    void the_audit_log_pages_sorts_and_filters_with_a_total_and_finds_either_script() {
        transactions.executeWithoutResult(tx -> {
            for (int i = 0; i < 5; i++) {
                events.publishEvent(AuditEvent.of("lists-test.done", "thing:" + i).as("Іван Петренко"));
            }
            events.publishEvent(AuditEvent.of("lists-test.done", "thing:100%").as("olena"));
            events.publishEvent(AuditEvent.of("lists-test.other", "thing:x").as("olena"));
        });

        Page<AuditEntry> first = audit.page(query(1, 2, "subject", false, filter(null, null, "lists-test.done")));
        Page<AuditEntry> second = audit.page(query(2, 2, "subject", false, filter(null, null, "lists-test.done")));
        Page<AuditEntry> last = audit.page(query(3, 2, "subject", false, filter(null, null, "lists-test.done")));
        assertThat(first.total()).isEqualTo(6);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.items()).extracting(AuditEntry::subject).containsExactly("thing:0", "thing:1");
        assertThat(second.items()).extracting(AuditEntry::subject).containsExactly("thing:100%", "thing:2");
        assertThat(last.items()).extracting(AuditEntry::subject).containsExactly("thing:3", "thing:4");
        assertThat(audit.page(query(1, 2, "subject", true, filter(null, null, "lists-test.done"))).items())
                .extracting(AuditEntry::subject).containsExactly("thing:4", "thing:3");

        assertThat(audit.page(query(1, 50, null, false, filter(null, "olena", null))).total()).isEqualTo(2);
        assertThat(audit.page(query(1, 50, null, false, filter("петренко", null, null))).total()).isEqualTo(5);
        assertThat(audit.page(query(1, 50, null, false, filter("PETRENKO", null, null))).total())
                .as("Latin finds Cyrillic").isEqualTo(5);
        assertThat(audit.page(query(1, 50, null, false, filter("ІВАН", null, "lists-test.done"))).total()).isEqualTo(5);
        assertThat(audit.page(query(1, 50, null, false, filter("100%", null, null))).items())
                .as("a % in the search is the character, not a wildcard").extracting(AuditEntry::subject).containsExactly("thing:100%");
        assertThat(audit.page(query(1, 50, "no_such_column", false, filter(null, "olena", null))).items())
                .as("an unknown sort key sorts by the default, newest first").extracting(AuditEntry::action)
                .containsExactly("lists-test.other", "lists-test.done");
    }

    @Test
    void a_list_filter_form_shows_its_pages_own_fields_with_what_was_asked_and_keeps_the_sort() throws Exception {
        String audit = mvc.perform(get("/audit").param("actor", "olena").param("from", "2025-01-02").param("sort", "actor")
                        .with(as(Role.AUDITOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(audit).contains("class=\"list-filters\"").contains("name=\"actor\" value=\"olena\"")
                .contains("name=\"action\"").contains("name=\"q\"").contains("name=\"from\" value=\"2025-01-02\"")
                .contains("name=\"sort\" value=\"actor\"");

        String decisions = mvc.perform(get("/identification/decisions").param("status", "CONFIRMED").with(as(Role.FORENSIC_ANALYST)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(decisions).containsPattern("<option value=\"CONFIRMED\"[^>]*selected").contains("name=\"q\"").contains("name=\"to\"");
    }

    @Test
    void a_text_that_a_spreadsheet_would_evaluate_is_exported_behind_an_apostrophe() {
        assertThat(ListExports.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(ListExports.cell("+380")).isEqualTo("'+380");
        assertThat(ListExports.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(ListExports.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ListExports.cell("Шевченко")).isEqualTo("Шевченко");
        assertThat(ListExports.cell(-5)).isEqualTo(-5);
    }

    @Test
    void the_registry_exports_its_filtered_rows_as_csv_with_cyrillic_only_with_data_export_and_audited() throws Exception {
        for (String surname : List.of("Коваленко", "=cmd|' /C calc'!A0", "Бондаренко")) {
            mvc.perform(post("/api/registry/missing-persons").with(as(Role.FAMILY_LIAISON)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"missingPerson": {"surname": "%s", "givenNames": "Лістинг", "sex": "MALE", "unit": "-1+1"},
                                     "reporter": {"fullName": "Ніна Бондар", "relationWords": "mother"}}""".formatted(surname.replace("\"", "\\\""))))
                    .andExpect(status().isCreated());
        }

        mvc.perform(get("/api/registry/missing-persons").param("q", "Listynh").param("size", "2").param("sort", "name").with(as(Role.AUDITOR))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.items.length()").value(2));
        mvc.perform(get("/api/registry/missing-persons").param("size", "100000").with(as(Role.AUDITOR)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest());

        mvc.perform(post("/registry/export.csv").with(as(Role.FAMILY_LIAISON)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/registry/export.csv").with(as(Role.SUPERVISOR)).with(csrf())).andExpect(status().isForbidden());
        long exportsBefore = exports();

        // the API: 202, the job's address, then the file from the job
        MvcResult accepted = mvc.perform(post("/registry/export.csv").param("q", "лістинг").param("sort", "name")
                        .with(as(Role.COORDINATOR)).with(csrf()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", Matchers.matchesPattern("/api/jobs/[0-9a-f-]{36}")))
                .andExpect(jsonPath("$.kind").value("lists.export"))
                .andExpect(jsonPath("$.status", Matchers.oneOf("QUEUED", "RUNNING", "SUCCEEDED")))
                .andReturn();
        String location = accepted.getResponse().getHeader("Location");
        JsonNode job = BackgroundJobs.awaitFinished(mvc, location, as(Role.COORDINATOR));
        assertThat(job.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(job.path("phase").asText()).isEqualTo("writing");
        assertThat(job.path("done").asLong()).isEqualTo(3);
        assertThat(job.path("total").asLong()).isEqualTo(3);
        assertThat(job.path("result").path("rows").asInt()).isEqualTo(3);
        assertThat(job.path("resultUrl").asText()).isEqualTo(location + "/result");

        byte[] csv = mvc.perform(get(location + "/result").with(as(Role.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString("missing-persons.csv")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(text.lines().toList()).hasSize(4);
        assertThat(text.lines().skip(1)).allSatisfy(line -> assertThat(line).contains(",'-1+1,"));
        assertThat(text).contains("Бондаренко").contains("Коваленко").contains(",'=cmd|' /C calc'!A0,");
        AuditEntry downloaded = audit.recent(1).get(0);
        assertThat(downloaded.action()).isEqualTo("job.result-downloaded");
        assertThat(downloaded.actor()).isEqualTo("coordinator");

        // only who asked may read the job and download its file, and only while holding the permissions
        mvc.perform(get(location + "/result").with(as(Role.COORDINATOR, "another-coordinator"))).andExpect(status().isNotFound());
        mvc.perform(get(location).with(as(Role.COORDINATOR, "another-coordinator")).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound());
        mvc.perform(get(location + "/result").with(as(Role.FAMILY_LIAISON, "coordinator"))).andExpect(status().isForbidden());

        // a page: the browser is sent to the job's page, which offers the file when done
        String page = mvc.perform(post("/registry/export.csv").param("q", "Kovalenko Листинг").with(as(Role.COORDINATOR)).with(csrf())
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isSeeOther())
                .andReturn().getResponse().getHeader("Location");
        assertThat(page).matches("/jobs/[0-9a-f-]{36}");
        BackgroundJobs.awaitFinished(mvc, "/api" + page, as(Role.COORDINATOR));
        mvc.perform(get(page).with(as(Role.COORDINATOR)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"" + page + "/result\"")));
        String one = mvc.perform(get(page + "/result").with(as(Role.COORDINATOR)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(one.lines().toList()).hasSize(2);
        assertThat(one).contains("Коваленко").doesNotContain("Бондаренко");

        assertThat(exports()).isEqualTo(exportsBefore + 2);
        AuditEntry entry = audit.page(query(1, 1, null, false, filter(null, null, "list.exported"))).items().get(0);
        assertThat(entry.actor()).isEqualTo("coordinator");
        assertThat(entry.details()).containsEntry("format", "csv").containsEntry("rows", "1").containsEntry("text", "Kovalenko Листинг");
    }

    private long exports() {
        return audit.page(query(1, 1, null, false, filter(null, null, "list.exported"))).total();
    }
}
