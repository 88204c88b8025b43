package org.homeward.app.genetics;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.homeward.app.audit.AuditEntry;
import org.homeward.app.audit.AuditLog;
import org.homeward.app.security.Permission;
import org.homeward.app.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 14, findings 2 to 4 over HTTP: a sample is paired with its donor only for holders of
 * GENETIC_LINK_READ, on every registry endpoint that returns samples, per role; genotypes are never
 * on registry endpoints; a profile read through the API is audited with its endpoint; a malformed
 * allele is refused at its JSON path.
 */
@SpringBootTest
class SampleLinksApiTest {

    private static final String MARKERS = """
            [{"marker": "D3S1358", "allele1": "15", "allele2": "16"}, {"marker": "FGA", "allele1": "21", "allele2": "22"}]""";

    @Autowired
    WebApplicationContext context;

    @Autowired
    AuditLog audit;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    static RequestPostProcessor as(Role role) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(role.name().toLowerCase(), null,
                role.permissions().stream().map(p -> new SimpleGrantedAuthority(p.name())).toList()));
    }

    @Test
    void registry_views_pair_a_sample_with_its_donor_only_for_holders_of_the_link_permission() throws Exception {
        String report = mvc.perform(post("/api/registry/missing-persons").with(as(Role.FAMILY_LIAISON)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"missingPerson": {"surname": "Коваль", "givenNames": "Петро", "sex": "MALE"},
                                 "reporter": {"fullName": "Олена Коваль", "relationWords": "mother", "mayGiveSample": true}}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String relative = JsonPath.read(report, "$.reporter.id");
        long family = ((Number) JsonPath.read(report, "$.missingPerson.familyId")).longValue();
        mvc.perform(post("/api/registry/relatives/" + relative + "/samples").with(as(Role.FAMILY_LIAISON)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"sampleCode": "LINK-1", "consentScope": "IDENTIFICATION_ONLY"}"""))
                .andExpect(status().isCreated());
        mvc.perform(put("/api/samples/LINK-1/profile").with(as(Role.FORENSIC_ANALYST)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"REFERENCE\", \"consent\": {\"scope\": \"IDENTIFICATION_ONLY\"}, \"markers\": " + MARKERS + "}"))
                .andExpect(status().isNoContent());
        mvc.perform(put("/api/samples/LINK-1/subject").with(as(Role.FORENSIC_ANALYST)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"relative\", \"id\": \"" + relative + "\"}"))
                .andExpect(status().isNoContent());

        for (Role role : Role.values()) {
            if (!role.permissions().contains(Permission.MISSING_READ)) {
                mvc.perform(get("/api/registry/samples/LINK-1").with(as(role))).andExpect(status().isForbidden());
                mvc.perform(get("/api/registry/families/" + family).with(as(role))).andExpect(status().isForbidden());
                continue;
            }
            boolean mayPair = role.permissions().contains(Permission.GENETIC_LINK_READ);
            mvc.perform(get("/api/registry/samples/LINK-1").with(as(role)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.sampleCode").value("LINK-1"))
                    .andExpect(jsonPath("$.relativeId").value(mayPair ? relative : null))
                    .andExpect(jsonPath("$.markers").doesNotExist());
            mvc.perform(get("/api/registry/families/" + family).with(as(role)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.samples[0].sampleCode").value("LINK-1"))
                    .andExpect(jsonPath("$.samples[0].relativeId").value(mayPair ? relative : null))
                    .andExpect(jsonPath("$.samples[0].markers").doesNotExist());
            mvc.perform(get("/api/samples/LINK-1/subject").with(as(role)))
                    .andExpect(mayPair ? status().isOk() : status().isForbidden());
        }
    }

    @Test
    void a_profile_read_through_the_api_is_audited_with_its_endpoint() throws Exception {
        mvc.perform(put("/api/samples/READ-1/profile").with(as(Role.FORENSIC_ANALYST)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"REMAINS\", \"markers\": " + MARKERS + "}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/samples/READ-1/profile").with(as(Role.AUDITOR))).andExpect(status().isOk());

        AuditEntry read = audit.about("sample:READ-1").stream().filter(e -> e.action().equals(GeneticData.READ_ACTION))
                .reduce((first, second) -> second).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(read.actor()).isEqualTo("auditor");
        org.assertj.core.api.Assertions.assertThat(read.details()).containsEntry(GeneticData.READ_SAMPLES, "READ-1")
                .containsEntry(GeneticData.READ_WHY, "GET /api/samples/READ-1/profile");
        mvc.perform(get("/api/audit/genetic-reads").param("q", "READ-1").with(as(Role.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].user").value("auditor"))
                .andExpect(jsonPath("$.items[0].samples", Matchers.contains("READ-1")))
                .andExpect(jsonPath("$.items[0].why").value("GET /api/samples/READ-1/profile"));
        mvc.perform(get("/audit/genetic-reads").param("actor", "auditor").with(as(Role.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("GET /api/samples/READ-1/profile")));
        mvc.perform(get("/api/audit/genetic-reads").with(as(Role.FORENSIC_ANALYST))).andExpect(status().isForbidden());
    }

    @Test
    void a_blank_or_off_ladder_allele_is_refused_at_its_json_path() throws Exception {
        for (String allele : List.of(" ", "OL")) {
            mvc.perform(put("/api/samples/BAD-1/profile").with(as(Role.FORENSIC_ANALYST)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"kind\": \"REMAINS\", \"markers\": [{\"marker\": \"D3S1358\", \"allele1\": \"" + allele
                                    + "\", \"allele2\": \"16\"}]}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].path").value("$.markers[0].allele1"));
        }
        mvc.perform(get("/api/samples/BAD-1/profile").with(as(Role.FORENSIC_ANALYST))).andExpect(status().isNotFound());
    }
}
