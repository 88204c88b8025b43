package org.homeward.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.homeward.app.demo.LedgerDemoData;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;

/** One report on one screen: an uploaded HTML page proposes its source; a confirmation is saved whole or not at all. */
@SpringBootTest
class ReportEntryTest extends LedgerPagesFixture {

    @Test
    void an_uploaded_html_page_proposes_its_publisher_title_date_and_figures() throws Exception {
        String html = """
                <!DOCTYPE html><html><head><title>Повернення тіл</title>
                <meta property="og:site_name" content="Укрінформ (тест)">
                <meta property="article:published_time" content="2025-06-16T10:00:00+03:00"></head>
                <body><nav>Меню 2025</nav><h1>В Україну повернули тіла</h1>
                <p>Координаційний штаб повідомив, що в Україну повернули тіла 1&nbsp;200 загиблих.</p></body></html>""";
        mvc.perform(multipart("/ledger/proposals").file(new MockMultipartFile("file", "report.html", "text/html",
                        html.getBytes(StandardCharsets.UTF_8))).param("sourceKind", "INDEPENDENT_MEDIA").with(COORDINATOR).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Укрінформ (тест)\"")))
                .andExpect(content().string(containsString("value=\"Повернення тіл\"")))
                .andExpect(content().string(containsString("value=\"2025-06-16\"")))
                .andExpect(content().string(containsString("1 figure found.")));
    }

    @Test
    void a_refused_row_comes_back_beside_its_field_and_nothing_of_the_report_is_saved() throws Exception {
        int sources = ledger.sources().size();
        String transfer = LedgerDemoData.id("transfer/istanbul/phase-5/ru-ua").toString();
        mvc.perform(post("/ledger/proposals/confirm").with(COORDINATOR).with(csrf())
                        .param("publisher", "Atomic wire (test)").param("sourceKind", "INDEPENDENT_MEDIA").param("publishedOn", "2025-06-20")
                        .param("rows[0].decision", "ACCEPT").param("rows[0].kind", "COUNT").param("rows[0].sentence", "Повернуто 1 245 тіл.")
                        .param("rows[0].qualifier", "EXACT").param("rows[0].value", "1245").param("rows[0].unit", "BODIES")
                        .param("rows[0].party", LedgerDemoData.UKRAINE.id().toString()).param("rows[0].subject", "TRANSFER:" + transfer)
                        .param("rows[1].decision", "ACCEPT").param("rows[1].kind", "COUNT").param("rows[1].sentence", "Росія заявила про 1 248 тіл.")
                        .param("rows[1].qualifier", "EXACT").param("rows[1].value", "1248").param("rows[1].unit", "BODIES")
                        .param("rows[1].party", LedgerDemoData.RUSSIA.id().toString()).param("rows[1].subject", "TRANSFER:" + transfer)
                        .param("rows[1].statedOn", "2025-06-21"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("must not be after the source")));

        assertThat(ledger.sources()).hasSize(sources);
        assertThat(ledger.statements()).noneMatch(statement -> statement.quote().equals("Повернуто 1 245 тіл."));
    }

    @Test
    void a_qualitative_row_is_saved_as_a_claim_without_a_figure_with_its_speaker_place_date_and_verification() throws Exception {
        String sentence = "Russian officials, who were not named, said their troops found a vast number of corpses in the city (test "
                + java.util.UUID.randomUUID() + ").";
        mvc.perform(post("/ledger/proposals/confirm").with(COORDINATOR).with(csrf())
                        .param("publisher", "Qualitative wire (test)").param("sourceKind", "UNNAMED_OFFICIALS").param("publishedOn", "2025-11-20")
                        .param("rows[0].decision", "ACCEPT").param("rows[0].kind", "QUALITATIVE").param("rows[0].sentence", sentence)
                        .param("rows[0].speaker", LedgerDemoData.RUSSIA_UNNAMED.id().toString()).param("rows[0].person", "unnamed officials")
                        .param("rows[0].statedOn", "2025-11-19").param("rows[0].assertion", "A vast number of corpses left in the city")
                        .param("rows[0].about", "Kupiansk").param("rows[0].verification", "CONTESTED"))
                .andExpect(status().is3xxRedirection());

        QualitativeClaimView saved = ledger.qualitativeClaims().stream()
                .filter(view -> view.statement().quote().equals(sentence)).findFirst().orElseThrow();
        assertThat(saved.claim().assertion()).isEqualTo("A vast number of corpses left in the city");
        assertThat(saved.claim().place()).isEqualTo("Kupiansk");
        assertThat(saved.claim().claimedOn()).isEqualTo(LedgerDate.day(java.time.LocalDate.of(2025, 11, 19)));
        assertThat(saved.claim().verification()).isEqualTo(Verification.CONTESTED);
        assertThat(saved.speaker()).isEqualTo(LedgerDemoData.RUSSIA_UNNAMED);
        assertThat(saved.statement().speaker()).isEqualTo("unnamed officials");
        assertThat(ledger.statistics().qualitative()).extracting(view -> view.claim().id()).contains(saved.claim().id());
    }
}
