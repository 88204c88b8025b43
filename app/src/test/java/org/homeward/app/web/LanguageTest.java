package org.homeward.app.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Pages speak the browser's language among English and Ukrainian (Accept-Language), English otherwise. */
@SpringBootTest
class LanguageTest {

    private static final String ENGLISH_TAGLINE = "Bringing the war dead home by name.";
    private static final String UKRAINIAN_TAGLINE = "Повертаємо загиблих на війні додому — кожного на імʼя.";

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void a_browser_asking_for_ukrainian_gets_the_home_page_in_ukrainian() throws Exception {
        page("/", "uk")
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("<html lang=\"uk\">")))
                .andExpect(content().string(containsString("<h1>Homeward</h1>")))
                .andExpect(content().string(containsString(UKRAINIAN_TAGLINE)))
                .andExpect(content().string(containsString("Як ведеться облік")))
                .andExpect(content().string(containsString("офіцерів зі звʼязків з родинами")))
                .andExpect(content().string(not(containsString(ENGLISH_TAGLINE))))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void ukrainian_from_ukraine_and_a_list_of_languages_find_ukrainian_too() throws Exception {
        page("/", "uk-UA").andExpect(content().string(containsString(UKRAINIAN_TAGLINE)));
        page("/", "uk-UA,uk;q=0.9,en-US;q=0.8,en;q=0.7").andExpect(content().string(containsString(UKRAINIAN_TAGLINE)));
        page("/", "de-DE,uk;q=0.8").andExpect(content().string(containsString(UKRAINIAN_TAGLINE)));
    }

    @Test
    void english_is_for_english_for_other_languages_and_without_accept_language() throws Exception {
        page("/", "en")
                .andExpect(content().string(containsString("<html lang=\"en\">")))
                .andExpect(content().string(containsString(ENGLISH_TAGLINE)))
                .andExpect(content().string(not(containsString(UKRAINIAN_TAGLINE))));
        page("/", "ru").andExpect(content().string(containsString(ENGLISH_TAGLINE)));
        mvc.perform(get("/").accept(MediaType.TEXT_HTML)).andExpect(content().string(containsString(ENGLISH_TAGLINE)));
    }

    @Test
    void the_other_public_pages_are_in_ukrainian_without_a_missing_text() throws Exception {
        page("/statistics", "uk").andExpect(status().isOk())
                .andExpect(content().string(containsString("Публічна статистика")))
                .andExpect(content().string(not(containsString("??"))));
        page("/login", "uk").andExpect(status().isOk())
                .andExpect(content().string(containsString("Імʼя користувача")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML).header(HttpHeaders.ACCEPT_LANGUAGE, "uk")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("За цією адресою немає сторінки.")))
                .andExpect(content().string(containsString("Помилка 404")));
    }

    private ResultActions page(String path, String languages) throws Exception {
        return mvc.perform(get(path).accept(MediaType.TEXT_HTML).header(HttpHeaders.ACCEPT_LANGUAGE, languages));
    }
}
