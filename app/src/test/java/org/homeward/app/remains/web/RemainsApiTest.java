package org.homeward.app.remains.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.hamcrest.Matchers;
import org.homeward.app.ledger.DatePrecision;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.NewParty;
import org.homeward.app.ledger.NewTransfer;
import org.homeward.app.ledger.PartyKind;
import org.homeward.app.ledger.Transfer;
import org.homeward.app.ledger.TransferKind;
import org.homeward.app.security.SystemTasks;
import org.homeward.app.testing.BackgroundJobs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The REST API: problem details that name the path of each refused value, or the row and column of a manifest; 404 for unknown codes. */
@SpringBootTest
@WithMockUser(username = "coordinator", authorities = {"REMAINS_READ", "REMAINS_WRITE", "PROFILES_READ", "PROFILES_WRITE"})
class RemainsApiTest {

    private static final RequestPostProcessor COORDINATOR = user("coordinator").authorities(
            List.of(new SimpleGrantedAuthority("REMAINS_READ"), new SimpleGrantedAuthority("REMAINS_WRITE")));

    @Autowired
    WebApplicationContext context;

    @Autowired
    Ledger ledger;

    MockMvc mvc;

    Transfer transfer;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        transfer = transfer(LocalDate.of(2025, 6, 19));
    }

    private Transfer transfer(LocalDate date) {
        return SystemTasks.callAs("test", () -> {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            var from = ledger.add(new NewParty("Sender " + suffix, PartyKind.STATE, null, List.of()));
            var to = ledger.add(new NewParty("Receiver " + suffix, PartyKind.STATE, null, List.of()));
            return ledger.add(new NewTransfer(date, DatePrecision.DAY, null, null, from.id(), to.id(), null,
                    TransferKind.REPATRIATION, null, List.of(), null));
        });
    }

    private String base() {
        return "/api/remains/transfers/" + transfer.id();
    }

    @Test
    void a_manifest_is_registered_in_the_background_all_or_nothing_with_a_refused_one_failing_its_job_at_row_and_column()
            throws Exception {
        transfer = transfer(LocalDate.of(2025, 6, 20));
        byte[] bad = "bag number,claimed date\n1,2025-05-01\n2,soon\n".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart(base() + "/manifest/preview").file(new MockMultipartFile("file", "m.csv", "text/csv", bad)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.rows.length()").value(1));
        String refused = mvc.perform(multipart(base() + "/manifest").file(new MockMultipartFile("file", "m.csv", "text/csv", bad)).with(csrf()))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", Matchers.matchesPattern("/api/jobs/[0-9a-f-]{36}")))
                .andExpect(jsonPath("$.kind").value("remains.manifest-import"))
                .andReturn().getResponse().getHeader("Location");
        JsonNode failed = BackgroundJobs.awaitFinished(mvc, refused, COORDINATOR);
        assertThat(failed.path("status").asText()).isEqualTo("FAILED");
        assertThat(failed.path("problems").get(0).path("path").asText()).isEqualTo("file[line 3].claimed date");
        mvc.perform(get(base() + "/receipt")).andExpect(jsonPath("$.bags.length()").value(0));

        byte[] good = "bag number,claimed date\n1,2025-05-01\n2,2025-05-02\n".getBytes(StandardCharsets.UTF_8);
        String accepted = mvc.perform(multipart(base() + "/manifest").file(new MockMultipartFile("file", "m.csv", "text/csv", good))
                        .param("handedOverAt", "2025-06-20T08:00:00Z").param("witness", "ICRC").with(csrf()))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getHeader("Location");
        JsonNode done = BackgroundJobs.awaitFinished(mvc, accepted, COORDINATOR);
        assertThat(done.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(done.path("result").path("transfer").asText()).isEqualTo(transfer.id().toString());
        assertThat(done.path("result").path("receipt").path("bodyNumbers").get(0).asText()).isEqualTo("UA-2025-06-20-0001");
        mvc.perform(get(base() + "/receipt")).andExpect(jsonPath("$.bags.length()").value(2));
        mvc.perform(get("/api/remains/custody").param("kind", "REMAINS").param("code", "UA-2025-06-20-0001"))
                .andExpect(jsonPath("$[0].type").value("HANDOVER"))
                .andExpect(jsonPath("$[0].witnesses[0]").value("ICRC"));
        mvc.perform(multipart("/api/remains/transfers/{id}/manifest", UUID.randomUUID())
                        .file(new MockMultipartFile("file", "m.csv", "text/csv", good)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void bad_requests_name_the_field() throws Exception {
        mvc.perform(post(base() + "/bags").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bagNumber\":\"" + "9".repeat(51) + "\"}").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("$.bagNumber"));
        String number = registerOne();
        mvc.perform(post("/api/remains/" + number + "/examinations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"condition\":\"BURNED\",\"estimatedSex\":\"MALE\",\"ageMin\":200,\"examinedBy\":\"Dr A\"}").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("$.ageMin"));
        mvc.perform(post("/api/remains/custody").param("kind", "REMAINS").param("code", number).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"LOST\"}").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("$.type"));
        mvc.perform(post("/api/remains/custody").param("kind", "REMAINS").param("code", number).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"STORAGE_IN\",\"occurredAt\":\"2999-01-01T00:00:00Z\"}").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("$.occurredAt"));
        mvc.perform(post("/api/remains/custody").param("kind", "REMAINS").param("code", number).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"STORAGE_IN\",\"place\":\"morgue\",\"storage\":\"MORGUE\",\"sealsApplied\":[\"S-1\"]}").with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.itemSeq").value(2));
        mvc.perform(post("/api/remains/custody").param("kind", "REMAINS").param("code", "UA-NONE").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"STORAGE_IN\"}").with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/remains/UA-NONE")).andExpect(status().isNotFound());
        // a URL whose transfer id is malformed or names no transfer names nothing: 404 either way
        mvc.perform(get("/api/remains/transfers/not-a-uuid/receipt")).andExpect(status().isNotFound());
        mvc.perform(get("/api/remains/transfers/{id}/receipt", java.util.UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get("/api/remains/custody/verification")).andExpect(status().isOk()).andExpect(jsonPath("$.intact").value(true));
        mvc.perform(get("/api/remains/queues")).andExpect(status().isOk())
                .andExpect(jsonPath("$.AWAITING_EXAMINATION.count").isNumber());
    }

    /** The register page's list (fragments/paging :: table): the header row sorts, each row links the body. */
    @Test
    void a_registered_body_is_a_row_of_the_register_pages_table() throws Exception {
        String number = registerOne();
        // a whole body number would redirect to the body's page, so search for all but its last digit
        String page = mvc.perform(get("/remains").param("q", number.substring(0, number.length() - 1)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).containsPattern("<thead><tr><th[^>]*>\\s*<a href=\"[^\"]*sort=number").contains("<tbody><tr>")
                .containsPattern("<tr>\\s*<td><a href=\"/remains/" + number + "\">" + number + "</a></td>")
                .doesNotContain("th:fragment").doesNotContain("remains-row");
    }

    private String registerOne() throws Exception {
        String body = mvc.perform(post(base() + "/bags").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bagNumber\":\"B-" + UUID.randomUUID().toString().substring(0, 6) + "\"}").with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return body.replaceAll(".*\"bodyNumbers\":\\[\"([^\"]+)\".*", "$1");
    }
}
