package org.homeward.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.homeward.app.security.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;

/** The web contract: public pages, health only, security headers, problem details without leaks. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(WebTest.FailingApi.class)
class WebTest {

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void home_page_is_public_and_sent_with_security_headers() throws Exception {
        mvc.perform(get("/").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<h1>Homeward</h1>")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("one party’s count")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'self'")));
    }

    @Test
    void health_is_public_and_up() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    @WithMockUser
    void no_other_actuator_endpoint_is_exposed_even_when_signed_in() throws Exception {
        for (String endpoint : new String[] {"env", "beans", "configprops", "heapdump", "loggers", "mappings", "info"}) {
            mvc.perform(get("/actuator/" + endpoint)).andExpect(status().isNotFound());
        }
    }

    @Test
    void other_pages_need_a_signed_in_user() throws Exception {
        mvc.perform(get("/swagger-ui/index.html").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
        mvc.perform(get("/api-docs")).andExpect(status().is(org.hamcrest.Matchers.not(200)));
    }

    @Test
    @WithMockUser
    void api_docs_are_served_to_signed_in_users() throws Exception {
        mvc.perform(get("/api-docs")).andExpect(status().isOk()).andExpect(jsonPath("$.openapi").exists());
    }

    @Test
    @WithMockUser
    void an_unexpected_api_failure_is_a_bare_problem_without_its_message() throws Exception {
        String body = mvc.perform(get("/api/test/failure"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(500))
                .andExpect(jsonPath("$.title").value("Internal Server Error"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(FailingApi.SECRET).doesNotContain("IllegalStateException").doesNotContain("trace");
    }

    @Test
    void a_missing_resource_is_a_problem_for_programs_and_a_page_for_browsers() throws Exception {
        HttpResponse<String> problem = fetch("/css/missing.css", "application/json");
        assertThat(problem.statusCode()).isEqualTo(404);
        assertThat(problem.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(problem.body()).contains("\"status\":404").contains("\"instance\":\"/css/missing.css\"")
                .doesNotContain("trace").doesNotContain("exception");

        HttpResponse<String> page = fetch("/css/missing.css", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("There is no page at this address.").doesNotContain("Whitelabel");
    }

    private HttpResponse<String> fetch(String path, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @TestConfiguration
    @RestController
    @SignedIn
    static class FailingApi {

        static final String SECRET = "connection string with password hunter2";

        @GetMapping("/api/test/failure")
        String fail() {
            throw new IllegalStateException(SECRET);
        }
    }
}
