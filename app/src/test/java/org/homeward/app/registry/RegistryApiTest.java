package org.homeward.app.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.app.web.Limits.ACCOUNT_LENGTH;
import static org.homeward.app.web.Limits.ADDRESS_LENGTH;
import static org.homeward.app.web.Limits.CODE_LENGTH;
import static org.homeward.app.web.Limits.NAME_LENGTH;
import static org.homeward.app.web.Limits.NOTE_LENGTH;
import static org.homeward.app.web.Limits.SHORT_TEXT_LENGTH;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.hamcrest.Matchers;
import org.homeward.app.common.InputRefusedException;
import org.homeward.app.genetics.ConsentScope;
import org.homeward.app.genetics.GeneticData;
import org.homeward.app.jobs.store.JobStore;
import org.homeward.app.security.Role;
import org.homeward.app.testing.BackgroundJobs;
import org.homeward.kinship.Sex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.jayway.jsonpath.JsonPath;

/**
 * The registry API: problem details that name the field, a report in JSON, the drawing, a lab file refused per row;
 * and issue 14 finding 5 for the registry and the families' workflow: every text field has its named maximum
 * ({@code web.Limits}), one character more is refused at the door, 400 naming the value's path (API) or beside the
 * field (pages), before anything is looked up or stored.
 */
@SpringBootTest
class RegistryApiTest {

    /** An API request with one over-long value, and the path its refusal must name. */
    private record OverLong(HttpMethod method, String uri, Role role, String body, String path) {
    }

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Autowired
    MissingPersons missingPersons;

    @Autowired
    ReferenceSamples samples;

    @Autowired
    GeneticData genetics;

    @Autowired
    JobStore jobStore;

    static RequestPostProcessor as(Role role) {
        return as(role, role.name().toLowerCase());
    }

    static RequestPostProcessor as(Role role, String name) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
                role.permissions().stream().map(p -> new SimpleGrantedAuthority(p.name())).toList()));
    }

    @Test
    void a_report_is_refused_naming_every_field_then_recorded_and_drawn() throws Exception {
        mvc.perform(post("/api/registry/missing-persons").with(as(Role.FAMILY_LIAISON)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                        .content("""
                                {"missingPerson": {"surname": " ", "sex": "MALE", "dateOfBirth": "2030-01-01"},
                                 "reporter": {"fullName": "Ніна Бондар", "relationWords": "second cousin"}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].path", Matchers.hasItem("$.missingPerson.surname")));
        mvc.perform(post("/api/registry/missing-persons").with(as(Role.FAMILY_LIAISON)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                        .content("""
                                {"missingPerson": {"surname": "Бондар", "givenNames": "Ігор", "sex": "MALE", "dateOfBirth": "2030-01-01"},
                                 "reporter": {"fullName": "Ніна Бондар", "relationWords": "second cousin"}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].path", Matchers.hasItems("$.missingPerson.dateOfBirth", "$.reporter.relationWords")));
        mvc.perform(post("/api/registry/missing-persons").with(as(Role.FAMILY_LIAISON)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                        .content("""
                                {"missingPerson": {"surname": "Бондар", "givenNames": "Ігор", "sex": "MALE"},
                                 "reporter": {"fullName": "Ніна Бондар", "relationWords": "mother"}}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.missingPerson.surnameLatin").value("Bondar"))
                .andExpect(jsonPath("$.reporter.sex").value("FEMALE"));
        String family = String.valueOf(com.jayway.jsonpath.JsonPath.<Integer>read(mvc.perform(get("/api/registry/missing-persons")
                        .param("q", "Bondar Ihor").with(as(Role.COORDINATOR)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.items[0].familyId"));
        mvc.perform(get("/api/registry/families/" + family + "/pedigree.svg").with(as(Role.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
                .andExpect(content().string(Matchers.containsString("Ніна Бондар")));
    }

    @Test
    void a_lab_file_is_attached_as_a_background_job_all_or_nothing_followed_by_its_owner_only() throws Exception {
        MissingPersons.Report report = RegistryTestSupport.as("liaison", RegistryTest.LIAISON, () -> missingPersons.reportMissing(
                RegistryTest.person("SN-JOB-1", "Ковальчук", "Петро", Sex.MALE, LocalDate.of(1988, 5, 2)),
                RegistryTest.relative("Марія Ковальчук", null, "mother", null)));
        RegistryTestSupport.as("liaison", RegistryTest.LIAISON, () -> samples.recordReferenceSample(report.reporter().id(),
                new NewReferenceSample("REF-JOB-1", null, ConsentScope.IDENTIFICATION_ONLY, Set.of())));

        // a file naming an unknown sample: 202, then the job fails naming the sample; nothing is stored, not even the known one
        MockMultipartFile bad = new MockMultipartFile("file", "lab.xml", "application/xml",
                RegistryTest.cmf(RegistryTest.profile("REF-JOB-1"), RegistryTest.profile("NOBODY-1")));
        String refused = mvc.perform(multipart("/api/registry/lab-results").file(bad).with(as(Role.FORENSIC_ANALYST)).with(csrf())
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", Matchers.matchesPattern("/api/jobs/[0-9a-f-]{36}")))
                .andExpect(jsonPath("$.kind").value("genetics.lab-results"))
                .andExpect(jsonPath("$.input").value("lab.xml"))
                .andReturn().getResponse().getHeader("Location");
        JsonNode failed = BackgroundJobs.awaitFinished(mvc, refused, as(Role.FORENSIC_ANALYST));
        assertThat(failed.path("status").asText()).isEqualTo("FAILED");
        assertThat(failed.path("problems").get(0).path("path").asText()).isEqualTo("file[sample NOBODY-1]");
        assertThat(failed.path("problems").get(0).path("message").asText()).contains("no reference sample with this code");
        assertThat(RegistryTestSupport.as("analyst", RegistryTest.ANALYST, () -> genetics.profile("REF-JOB-1"))).isEmpty();

        // a file that cannot be read fails naming its line and field
        MockMultipartFile unreadable = new MockMultipartFile("file", "calls.txt", "text/plain",
                "Sample Name\tD3S1358\tNOT-A-MARKER\nREF-JOB-1\t15, 16\t17, 18\n".getBytes(StandardCharsets.UTF_8));
        String unread = mvc.perform(multipart("/api/registry/lab-results").file(unreadable).with(as(Role.FORENSIC_ANALYST)).with(csrf())
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        JsonNode line = BackgroundJobs.awaitFinished(mvc, unread, as(Role.FORENSIC_ANALYST));
        assertThat(line.path("status").asText()).isEqualTo("FAILED");
        assertThat(line.path("problems").findValuesAsText("path")).containsExactly("file[line 1].NOT-A-MARKER");
        assertThat(RegistryTestSupport.as("analyst", RegistryTest.ANALYST, () -> genetics.profile("REF-JOB-1"))).isEmpty();

        // a sound file: stored, with its progress and result
        MockMultipartFile good = new MockMultipartFile("file", "lab.xml", "application/xml", RegistryTest.cmf(RegistryTest.profile("REF-JOB-1")));
        String accepted = mvc.perform(multipart("/api/registry/lab-results").file(good).with(as(Role.FORENSIC_ANALYST)).with(csrf())
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        JsonNode done = BackgroundJobs.awaitFinished(mvc, accepted, as(Role.FORENSIC_ANALYST));
        assertThat(done.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(done.path("phase").asText()).isEqualTo("storing");
        assertThat(done.path("done").asLong()).isEqualTo(1);
        assertThat(done.path("total").asLong()).isEqualTo(1);
        assertThat(done.path("result").path("stored").get(0).asText()).isEqualTo("REF-JOB-1");
        assertThat(done.path("resultUrl").isNull()).isTrue();
        assertThat(RegistryTestSupport.as("analyst", RegistryTest.ANALYST, () -> genetics.profile("REF-JOB-1"))).isPresent();

        // only who asked follows the job; without the permission, nobody asks for one
        mvc.perform(get(accepted).with(as(Role.FORENSIC_ANALYST, "another-analyst")).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/api/registry/lab-results").file(good).with(as(Role.FAMILY_LIAISON)).with(csrf())
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isForbidden());

        // past the retention period the finished jobs go, with the files kept with them
        assertThat(jobStore.deleteFinishedBefore(Instant.now().plus(Duration.ofDays(1)))).isGreaterThanOrEqualTo(3);
        mvc.perform(get(accepted).with(as(Role.FORENSIC_ANALYST)).accept(MediaType.APPLICATION_JSON)).andExpect(status().isNotFound());
    }

    @Test
    void the_lab_results_page_leads_to_the_job_page_which_shows_the_refusal_line_by_line() throws Exception {
        MockMultipartFile bad = new MockMultipartFile("file", "lab.xml", "application/xml", RegistryTest.cmf(RegistryTest.profile("NOBODY-2")));
        String page = mvc.perform(multipart("/registry/lab-results").file(bad).with(as(Role.FORENSIC_ANALYST)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(page).matches("/jobs/[0-9a-f-]{36}");
        String running = mvc.perform(get(page).with(as(Role.FORENSIC_ANALYST))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(running).contains("Attaching lab results").contains("lab.xml");
        BackgroundJobs.awaitFinished(mvc, "/api" + page, as(Role.FORENSIC_ANALYST));
        mvc.perform(get(page).with(as(Role.FORENSIC_ANALYST)).locale(Locale.forLanguageTag("uk")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Файл lab.xml відхилено; нічого не імпортовано.")))
                .andExpect(content().string(Matchers.containsString("file[sample NOBODY-2]")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("hx-trigger"))));
        mvc.perform(get(page).with(as(Role.FORENSIC_ANALYST, "another-analyst"))).andExpect(status().isNotFound());
    }

    private static String over(int limit) {
        return "\"" + "я".repeat(limit + 1) + "\"";
    }

    @Test
    void one_character_over_the_limit_is_refused_at_its_path_on_every_registry_and_families_endpoint() throws Exception {
        List<OverLong> requests = List.of(
                new OverLong(HttpMethod.POST, "/api/registry/missing-persons", Role.FAMILY_LIAISON,
                        "{\"missingPerson\": {\"surname\": " + over(NAME_LENGTH) + ", \"sex\": \"MALE\"}}", "$.missingPerson.surname"),
                new OverLong(HttpMethod.POST, "/api/registry/missing-persons", Role.FAMILY_LIAISON,
                        "{\"missingPerson\": {\"surname\": \"Бондар\", \"sex\": \"MALE\"}, \"reporter\": {\"fullName\": \"Ніна Бондар\", "
                                + "\"relationWords\": \"mother\", \"contact\": {\"phone\": " + over(SHORT_TEXT_LENGTH) + "}}}",
                        "$.reporter.contact.phone"),
                new OverLong(HttpMethod.POST, "/api/registry/missing-persons/MP-999999/status", Role.FAMILY_LIAISON,
                        "{\"status\": \"PRESUMED_DEAD\", \"version\": 0, \"note\": " + over(NOTE_LENGTH) + "}", "$.note"),
                new OverLong(HttpMethod.POST, "/api/registry/missing-persons/MP-999999/merge", Role.FAMILY_LIAISON,
                        "{\"survivorId\": " + over(CODE_LENGTH) + ", \"reason\": \"the same service number\"}", "$.survivorId"),
                new OverLong(HttpMethod.PUT, "/api/registry/families/999999/relationships", Role.FAMILY_LIAISON,
                        "{\"version\": 0, \"statements\": [{\"member\": \"R-1\", \"words\": " + over(SHORT_TEXT_LENGTH)
                                + ", \"of\": \"MP-1\"}]}", "$.statements[0].words"),
                new OverLong(HttpMethod.POST, "/api/registry/families/999999/relatives", Role.FAMILY_LIAISON,
                        "{\"fullName\": \"Ганна\", \"relationWords\": \"mother\", \"relationOf\": \"MP-1\", \"contact\": {\"address\": "
                                + over(ADDRESS_LENGTH) + "}}", "$.contact.address"),
                new OverLong(HttpMethod.POST, "/api/registry/families/999999/missing-persons", Role.FAMILY_LIAISON,
                        "{\"missingPerson\": {\"surname\": \"Бондар\", \"sex\": \"MALE\", \"circumstances\": " + over(ACCOUNT_LENGTH)
                                + "}, \"relationWords\": \"brother\", \"relationOf\": \"MP-1\"}", "$.missingPerson.circumstances"),
                new OverLong(HttpMethod.PUT, "/api/registry/relatives/R-999999/contact", Role.FAMILY_LIAISON,
                        "{\"language\": " + over(SHORT_TEXT_LENGTH) + "}", "$.language"),
                new OverLong(HttpMethod.POST, "/api/registry/relatives/R-999999/samples", Role.FAMILY_LIAISON,
                        "{\"sampleCode\": " + over(CODE_LENGTH) + ", \"consentScope\": \"IDENTIFICATION_ONLY\"}", "$.sampleCode"),
                new OverLong(HttpMethod.POST, "/api/registry/relatives/R-999999/samples", Role.FAMILY_LIAISON,
                        "{\"sampleCode\": \"REF-1\", \"consentScope\": \"IDENTIFICATION_AND_SHARING\", \"organisations\": ["
                                + over(NAME_LENGTH) + "]}", "$.organisations"),
                new OverLong(HttpMethod.POST, "/api/registry/samples/REF-999999/consent/withdrawal", Role.FAMILY_LIAISON,
                        "{\"reason\": " + over(NOTE_LENGTH) + "}", "$.reason"),
                new OverLong(HttpMethod.POST, "/api/families/notifications/999999/steps", Role.FAMILY_LIAISON,
                        "{\"version\": 0, \"step\": \"VISIT_SCHEDULED\", \"place\": " + over(NAME_LENGTH) + "}", "$.place"),
                new OverLong(HttpMethod.POST, "/api/families/notifications/999999/steps", Role.FAMILY_LIAISON,
                        "{\"version\": 0, \"step\": \"CERTIFICATE_ISSUED\", \"certificateNumber\": " + over(SHORT_TEXT_LENGTH) + "}",
                        "$.certificateNumber"),
                new OverLong(HttpMethod.POST, "/api/families/notifications/999999/approval", Role.SUPERVISOR,
                        "{\"version\": 0, \"note\": " + over(NOTE_LENGTH) + "}", "$.note"));
        for (OverLong overLong : requests) {
            MvcResult result = mvc.perform(request(overLong.method(), overLong.uri()).with(as(overLong.role())).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content(overLong.body()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andReturn();
            List<String> paths = JsonPath.read(result.getResponse().getContentAsString(), "$.errors[*].path");
            assertThat(paths).as(overLong.method() + " " + overLong.uri()).isNotEmpty()
                    .allSatisfy(path -> assertThat(path).startsWith(overLong.path()));
        }
    }

    @Test
    void an_over_long_value_in_a_page_form_is_shown_beside_its_field() throws Exception {
        mvc.perform(post("/registry/reports").with(as(Role.FAMILY_LIAISON)).with(csrf())
                        .param("surname", "Бондар").param("sex", "MALE").param("unit", "я".repeat(NAME_LENGTH + 1)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("missingPersonForm", "unit"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"unit-error\"")));
        MvcResult merge = mvc.perform(post("/registry/missing-persons/MP-999999/merge").with(as(Role.FAMILY_LIAISON))
                        .with(csrf()).param("survivorId", "MP-1").param("reason", "я".repeat(NOTE_LENGTH + 1)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("refusedRow", "MP-1"))
                .andReturn();
        assertThat((List<?>) merge.getFlashMap().get("rowProblems")).singleElement()
                .extracting(problem -> ((InputRefusedException.Problem) problem).path()).isEqualTo("reason");
    }
}
