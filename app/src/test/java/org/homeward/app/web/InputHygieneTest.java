package org.homeward.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;

import org.homeward.app.audit.AuditEvent;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.NewSource;
import org.homeward.app.ledger.NewStatement;
import org.homeward.app.ledger.Source;
import org.homeward.app.ledger.SourceKind;
import org.homeward.app.security.ApiTokens;
import org.homeward.app.security.Permission;
import org.homeward.app.security.Role;
import org.homeward.app.security.SecurityTestSupport;
import org.homeward.app.security.UserAccount;
import org.homeward.app.security.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Findings 5 and 6 of issue 14, one by one: control characters, extreme dates and overlong text are
 * refused at the door with a problem naming the field; an oversized upload is a 413 problem with a
 * body; stored text of any length (as entered before the limits) is rendered abbreviated, whole.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InputHygieneTest {

    private static final String HUGE = "y".repeat(100_000);

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Ledger ledger;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    MockMvc mvc;
    UserAccount coordinator;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        coordinator = SecurityTestSupport.newUser(accounts, "hygiene", Role.COORDINATOR);
    }

    @Test
    void a_nul_character_in_a_json_string_is_refused_at_its_path() throws Exception {
        mvc.perform(post("/api/ledger/sources").with(SecurityTestSupport.signedInWithEveryPermission(coordinator)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"publisher\":\"Bad\\u0000Press\",\"kind\":\"OFFICIAL_STATEMENT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("$.publisher"))
                .andExpect(jsonPath("$.errors[0].message").value("must not contain control characters (found U+0000)"));
    }

    @Test
    void extreme_dates_are_refused_at_their_path() throws Exception {
        for (String date : new String[] {"0000-01-01", "-999999999-01-01", "+999999999-12-31"}) {
            mvc.perform(post("/api/ledger/sources").with(SecurityTestSupport.signedInWithEveryPermission(coordinator)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"publisher\":\"Press\",\"kind\":\"OFFICIAL_STATEMENT\",\"publishedOn\":\"" + date + "\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].path").value("$.publishedOn"));
        }
    }

    @Test
    void a_nul_character_in_a_parameter_or_form_field_is_refused_with_its_name() throws Exception {
        mvc.perform(get("/api/registry/missing-persons").param("q", "a\u0000b")
                        .with(SecurityTestSupport.signedInWithEveryPermission(coordinator)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("q"));
        mvc.perform(post("/ledger/sources/" + source().id() + "/statements").accept(MediaType.TEXT_HTML)
                        .param("quote", "They said\u0000 so").with(SecurityTestSupport.signedInWithEveryPermission(coordinator)).with(csrf()))
                .andExpect(status().isBadRequest());
    }

    /**
     * Finding 5 for security's and genetics' own requests: a 100,000-character break-glass reason
     * (which once took {@code /audit} down), an overlong restricted-record name, consent withdrawal
     * reason or audit filter are refused at the door naming the field, within the named limits.
     */
    @Test
    void security_and_genetics_texts_are_held_to_their_named_limits() throws Exception {
        UserAccount liaison = SecurityTestSupport.newUser(accounts, "hygiene", Role.FAMILY_LIAISON);
        String tooLongNote = "r".repeat(Limits.NOTE_LENGTH + 1);
        mvc.perform(post("/api/break-glass").with(SecurityTestSupport.signedInWithEveryPermission(coordinator)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"resource\":\"genetic-link:X-1\",\"reason\":\"" + HUGE + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("$.reason"));
        mvc.perform(post("/api/break-glass").with(SecurityTestSupport.signedInWithEveryPermission(coordinator)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"resource\":\"" + "g".repeat(Limits.NAME_LENGTH + 1) + "\",\"reason\":\"The family is here now\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("$.resource"));
        mvc.perform(post("/break-glass").accept(MediaType.TEXT_HTML).param("resource", "genetic-link:X-1").param("reason", tooLongNote)
                        .param("back", "/registry").with(SecurityTestSupport.signedInWithEveryPermission(coordinator)).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/samples/X-1/consent/withdrawal").with(SecurityTestSupport.signedInWithEveryPermission(liaison)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"" + tooLongNote + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("$.reason"));
        mvc.perform(get("/api/audit/genetic-reads").param("actor", "u".repeat(Limits.NAME_LENGTH + 1))
                        .with(SecurityTestSupport.signedInWithEveryPermission(coordinator)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/break-glass").with(SecurityTestSupport.signedInWithEveryPermission(coordinator)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"resource\":\"genetic-link:X-1\",\"reason\":\"" + "r".repeat(Limits.NOTE_LENGTH) + "\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void an_upload_over_the_limit_is_a_413_problem_with_a_body() throws Exception {
        UserAccount analyst = SecurityTestSupport.newUser(accounts, "hygiene", Role.FORENSIC_ANALYST);
        String secret = SecurityTestSupport.as(analyst,
                () -> tokens.create("upload", EnumSet.of(Permission.PROFILES_WRITE), Duration.ofDays(1))).secret();
        String boundary = "hostile-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + "a".repeat(1_200_000) + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/remains/lab-results"))
                .header("Authorization", "Bearer " + secret).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"path\":\"file\"");
    }

    @Test
    void a_statement_with_a_huge_speaker_stored_before_the_limits_renders_whole_and_abbreviated() throws Exception {
        Source source = source();
        // Entered below the door, as statements entered before the limits are stored (statements are append-only).
        SecurityTestSupport.as(coordinator, () -> ledger.add(new NewStatement(source.id(), null, HUGE, null, "We counted 12.")));
        String page = mvc.perform(get("/ledger/sources/" + source.id()).accept(MediaType.TEXT_HTML)
                        .with(SecurityTestSupport.signedInWithEveryPermission(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("We counted 12.").contains("yyy...").doesNotContain(HUGE).endsWith("</html>\n");
    }

    @Test
    void an_audit_entry_with_a_huge_reason_leaves_the_audit_page_whole() throws Exception {
        transactions.executeWithoutResult(status -> events.publishEvent(
                AuditEvent.of("break-glass.opened", "test").with("reason", HUGE).as("test")));
        UserAccount auditor = SecurityTestSupport.newUser(accounts, "hygiene", Role.AUDITOR);
        String page = mvc.perform(get("/audit").accept(MediaType.TEXT_HTML)
                        .with(SecurityTestSupport.signedInWithEveryPermission(auditor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("reason=yyy").doesNotContain(HUGE);
    }

    private Source source() {
        return SecurityTestSupport.as(coordinator,
                () -> ledger.add(new NewSource("Press " + System.nanoTime(), null, null, null, SourceKind.OFFICIAL_STATEMENT, null)));
    }
}
