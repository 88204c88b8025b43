package org.homeward.app.registry;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.homeward.app.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The registry API: problem details that name the field, a report in JSON, the drawing, a lab file refused per row. */
@SpringBootTest
class RegistryApiTest {

    @Autowired
    WebApplicationContext context;

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
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$[0].familyId"));
        mvc.perform(get("/api/registry/families/" + family + "/pedigree.svg").with(as(Role.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
                .andExpect(content().string(Matchers.containsString("Ніна Бондар")));
    }

    @Test
    void a_lab_file_with_an_unknown_code_is_refused_whole_naming_the_sample() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "lab.xml", "application/xml",
                RegistryTest.cmf(RegistryTest.profile("NOBODY-1")));
        mvc.perform(multipart("/api/registry/lab-results").file(file).with(as(Role.FORENSIC_ANALYST)).with(csrf())
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("File refused, nothing imported"))
                .andExpect(jsonPath("$.errors[0].path").value("file[sample NOBODY-1]"));
        mvc.perform(multipart("/api/registry/lab-results").file(file).with(as(Role.FAMILY_LIAISON)).with(csrf())
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isForbidden());
    }
}
