package org.homeward.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Typed ids arrive through the one converter (a malformed id is a 400, a well-formed unknown one a
 * 404, never a 500), and a refused page form comes back in place: each problem beside its field,
 * named by the field's label, with what was typed.
 */
@SpringBootTest
class TypedIdsAndFormsTest {

    private static final RequestPostProcessor STAFF = user("staff").authorities(() -> "MISSING_READ", () -> "MISSING_WRITE",
            () -> "REMAINS_READ", () -> "IDENTIFICATION_REVIEW", () -> "LEDGER_READ", () -> "LEDGER_WRITE");

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void a_malformed_id_is_refused_never_a_server_error() throws Exception {
        for (String path : new String[] {"/api/registry/missing-persons/R-5", "/api/registry/families/0",
                "/api/registry/families/two", "/api/identification/runs/abc", "/api/identification/candidates/-1",
                "/api/remains/samples/not a code", "/api/remains/transfers/not-a-uuid/receipt", "/api/families/notifications/x"}) {
            int status = mvc.perform(get(path).with(STAFF).accept(MediaType.APPLICATION_JSON)).andReturn().getResponse().getStatus();
            assertThat(status).as(path).isIn(400, 404); // refused at the door (some features answer 404), never 500
        }
        for (String page : new String[] {"/registry/missing-persons/MP-x", "/remains/samples/bad code!/label", "/identification/runs/x"}) {
            int status = mvc.perform(get(page).with(STAFF).accept(MediaType.TEXT_HTML)).andReturn().getResponse().getStatus();
            assertThat(status).as(page).isIn(400, 404);
        }
    }

    @Test
    void a_well_formed_id_of_nothing_is_not_found() throws Exception {
        mvc.perform(get("/api/registry/missing-persons/MP-987654321").with(STAFF)).andExpect(status().isNotFound());
        mvc.perform(get("/api/identification/runs/987654321").with(STAFF)).andExpect(status().isNotFound());
        mvc.perform(get("/api/remains/UA-1900-01-01-9999").with(STAFF)).andExpect(status().isNotFound());
    }

    @Test
    void a_refused_report_comes_back_with_each_problem_beside_its_field_and_what_was_typed() throws Exception {
        mvc.perform(post("/registry/reports").with(STAFF).with(csrf())
                        .param("surname", " ").param("givenNames", "Юрій Петрович").param("sex", "MALE")
                        .param("dateOfBirth", "1988-04-12").param("unit", "72nd brigade").param("email", "not an address"))
                .andExpect(status().isOk())
                .andExpect(view().name("registry/new"))
                .andExpect(model().attributeHasFieldErrors("missingPersonForm", "surname", "email"))
                .andExpect(content().string(allOf(
                        containsString("id=\"surname-error\""),
                        containsString("href=\"#surname\">Surname</a>"),
                        containsString("value=\"Юрій Петрович\""),
                        containsString("value=\"1988-04-12\""),
                        containsString("value=\"72nd brigade\""),
                        containsString("value=\"MALE\" selected=\"selected\""),
                        not(containsString("missingPersonForm.")))));
    }

    /** A value that cannot even be converted (a date in another form) is named beside its field, and kept. */
    @Test
    void a_date_in_another_form_is_refused_beside_its_field_and_kept() throws Exception {
        mvc.perform(post("/registry/reports").with(STAFF).with(csrf())
                        .param("surname", "Ярошенко").param("sex", "MALE").param("dateOfBirth", "12/04/1988"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("missingPersonForm", "dateOfBirth", "typeMismatch"))
                .andExpect(content().string(allOf(
                        containsString("id=\"dateOfBirth-error\""),
                        containsString("is not a date (year-month-day)"),
                        containsString("href=\"#dateOfBirth\">Date of birth</a>"),
                        containsString("value=\"12/04/1988\""),
                        containsString("value=\"Ярошенко\""))));
    }

    @Test
    void the_report_form_ignores_fields_it_does_not_allow() throws Exception {
        mvc.perform(post("/registry/reports").with(STAFF).with(csrf()).param("surname", "").param("sex", "MALE")
                        .param("class.module", "x"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("missingPersonForm", "surname"));
    }

    @Test
    void a_refused_source_comes_back_to_the_sources_page_with_the_problems_and_what_was_typed() throws Exception {
        mvc.perform(post("/ledger/sources").with(STAFF).with(csrf())
                        .param("publisher", "").param("title", "Kept title").param("url", "ftp://example.org/report")
                        .param("sourceKind", "OFFICIAL_STATEMENT").param("publishedOn", "2025-06-16"))
                .andExpect(status().isOk())
                .andExpect(view().name("ledger/sources"))
                .andExpect(model().attributeHasFieldErrors("sourceForm", "publisher", "url"))
                .andExpect(model().attributeHasFieldErrorCode("sourceForm", "url", "Pattern"))
                .andExpect(model().attribute("sourceForm", org.hamcrest.Matchers.hasToString(allOf(
                        containsString("title=Kept title"), containsString("url=ftp://example.org/report"),
                        containsString("sourceKind=OFFICIAL_STATEMENT")))));
    }
}
