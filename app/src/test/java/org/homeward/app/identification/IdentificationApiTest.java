package org.homeward.app.identification;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The identification API's refusals: problem details naming the field, 404 for unknown ids; a run with nothing new. */
@SpringBootTest(properties = "homeward.identification.screen-on-change=false")
class IdentificationApiTest {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private static RequestPostProcessor analyst() {
        return user("api-analyst").authorities(new SimpleGrantedAuthority("IDENTIFICATION_REVIEW"),
                new SimpleGrantedAuthority("IDENTIFICATION_RUN"), new SimpleGrantedAuthority("DATA_EXPORT"),
                new SimpleGrantedAuthority("PROFILES_READ"));
    }

    @Test
    void a_rejection_without_reason_is_a_problem_naming_the_field() throws Exception {
        mvc.perform(post("/api/identification/candidates/1/rejection").with(analyst()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].path").value("$.reason"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("$.reason: ")));
    }

    @Test
    void an_unknown_candidate_or_decision_is_not_found() throws Exception {
        mvc.perform(get("/api/identification/candidates/424242").with(analyst()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no candidate 424242"));
        mvc.perform(post("/api/identification/decisions/424242/confirmation").with(analyst()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void screening_what_is_new_with_nothing_new_is_a_job_that_succeeds_without_a_run() throws Exception {
        String job = mvc.perform(post("/api/identification/runs").with(analyst()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"full\": false}"))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/identification/runs/jobs/")))
                .andReturn().getResponse().getHeader("Location");
        Instant deadline = Instant.now().plusSeconds(60);
        while (!mvc.perform(get(job).with(analyst())).andReturn().getResponse().getContentAsString().contains("\"SUCCEEDED\"")) {
            assertThat(Instant.now()).as("job finished in time").isBefore(deadline);
            Thread.sleep(100);
        }
        mvc.perform(get(job).with(analyst()))
                .andExpect(jsonPath("$.status").value("SUCCEEDED"))
                .andExpect(jsonPath("$.run").doesNotExist())
                .andExpect(jsonPath("$.error").doesNotExist());
    }
}
