package org.homeward.app.remains;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;

import org.homeward.app.ledger.Ledger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The sample form of a body's page: refused, it comes back in place with the problems beside the fields. */
@SpringBootTest
@WithMockUser(username = "coordinator", authorities = {"LEDGER_READ", "LEDGER_WRITE", "REMAINS_READ", "REMAINS_WRITE"})
class SampleFormTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    RemainsRegister register;

    @Autowired
    Ledger ledger;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void a_refused_sample_comes_back_on_the_body_page_with_what_was_typed() throws Exception {
        String body = receivedBody();
        mvc.perform(post("/remains/{n}/samples", body).with(user("coordinator").authorities(() -> "REMAINS_READ", () -> "REMAINS_WRITE",
                                () -> "LEDGER_READ")).with(csrf())
                        .param("material", "BONE").param("element", "left femur").param("takenBy", "")
                        .param("takenAt", "2025-06-16T10:30"))
                .andExpect(status().isOk())
                .andExpect(view().name("remains/body"))
                .andExpect(model().attributeHasFieldErrors("sampleForm", "takenBy"))
                .andExpect(content().string(allOf(containsString("id=\"takenBy-error\""), containsString("value=\"left femur\""),
                        containsString("value=\"2025-06-16T10:30:00\""), containsString("value=\"BONE\" selected=\"selected\""))));
    }

    private String receivedBody() {
        LedgerFixture fixture = LedgerFixture.transfer(ledger, LocalDate.of(2025, 6, 20), 1, 1);
        return register.registerBag(fixture.transfer().id(), new NewBag("1", null, null, null, null, RemainsKind.BODY, null, null)).bodyNumbers().get(0);
    }
}
