package org.homeward.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.homeward.app.demo.LedgerDemoData;
import org.homeward.app.security.SystemTasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The pages count in the reader's plural forms: the ledger's "563 тіла" and "51 тіло", not "563 тіл". */
@SpringBootTest
class PluralPagesTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    MessageSource messages;

    @Autowired
    LedgerDemoData demoData;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        SystemTasks.runAs("test", demoData::load);
    }

    @Test
    void the_application_formats_its_messages_with_icu() {
        assertThat(messages).isInstanceOf(IcuMessageSource.class);
        assertThat(messages.getMessage("ledger.unitCounted.BODIES", new Object[] {563}, Locale.forLanguageTag("uk"))).isEqualTo("тіла");
    }

    @Test
    void the_ukrainian_ledger_timeline_puts_each_figure_with_its_plural_form() throws Exception {
        String ukrainian = timeline("uk");
        assertThat(figures(ukrainian)).contains("563 тіла", "51 тіло", "31 тіло", "1 212 тіл", "1 245–1 248 тіл", "2 239 тіл");
        assertThat(figures(ukrainian)).doesNotContain("563 тіл ", "51 тіл ");

        String english = timeline("en");
        assertThat(figures(english)).contains("563 bodies", "51 bodies", "1,245–1,248 bodies");
    }

    private String timeline(String language) throws Exception {
        return mvc.perform(get("/ledger").accept(MediaType.TEXT_HTML).header(HttpHeaders.ACCEPT_LANGUAGE, language)
                        .with(user("coordinator").authorities(() -> "LEDGER_READ")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The page's text with its tags dropped and its spaces (no-break ones too) made one, to read figure and unit together. */
    private static String figures(String html) {
        return html.replaceAll("<[^>]+>", " ").replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ");
    }
}
