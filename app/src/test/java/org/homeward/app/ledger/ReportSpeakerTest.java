package org.homeward.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.app.demo.LedgerDemoData;
import org.homeward.app.security.SystemTasks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who is quoted and whose figure it is, chosen apart on the one-screen report entry: a medium retelling
 * Kyiv's count is the medium's statement about Kyiv's figure, never Kyiv's own count.
 */
@SpringBootTest
class ReportSpeakerTest extends LedgerPagesFixture {

    Agreement agreement;
    Transfer transfer;

    @BeforeEach
    void setUp() {
        agreement = SystemTasks.callAs("test", () -> ledger.add(new NewAgreement("Speaker test " + UUID.randomUUID(),
                LocalDate.of(2025, 6, 30), DatePrecision.DAY, null, List.of(),
                List.of(new NewCommitment(LedgerDemoData.RUSSIA.id(), LedgerDemoData.UKRAINE.id(), "bodies")), null)));
        transfer = SystemTasks.callAs("test", () -> ledger.add(new NewTransfer(LocalDate.of(2025, 7, 1), DatePrecision.DAY, null, null,
                LedgerDemoData.RUSSIA.id(), LedgerDemoData.UKRAINE.id(), agreement.id(), TransferKind.REPATRIATION, null, List.of(), null)));
    }

    @Test
    void a_media_retelling_entered_through_the_report_screen_does_not_become_the_partys_figure() throws Exception {
        // the headquarters' own count, then a medium retelling Kyiv's count a day later (latest by date)
        mvc.perform(confirm("Headquarters (speaker test)", "2025-07-02", LedgerDemoData.COORDINATION_HQ.id(), LedgerDemoData.UKRAINE.id(),
                        "97 bodies were returned, the headquarters said.", 97)).andExpect(status().is3xxRedirection());
        String retelling = "Kyiv received 109 bodies, a wire reported (" + UUID.randomUUID() + ").";
        mvc.perform(confirm("Wire (speaker test)", "2025-07-03", LedgerDemoData.BBC_MEDIAZONA.id(), LedgerDemoData.UKRAINE.id(),
                retelling, 109)).andExpect(status().is3xxRedirection());

        DirectionProgress direction = ledger.agreementProgress(agreement.id()).directions().get(0);
        assertThat(direction.recorded()).filteredOn(tally -> tally.party().id().equals(LedgerDemoData.UKRAINE.id()))
                .singleElement().satisfies(tally -> assertThat(tally.total()).isEqualTo(97));
        ClaimView retold = ledger.transferView(transfer.id()).count().claims().stream()
                .filter(view -> view.statement().quote().equals(retelling)).findFirst().orElseThrow();
        assertThat(retold.speaker()).isEqualTo(LedgerDemoData.BBC_MEDIAZONA);
        assertThat(retold.party()).isEqualTo(LedgerDemoData.UKRAINE);
        assertThat(retold.reliability()).isEqualTo(Reliability.DISPUTED);
    }

    @Test
    void the_review_screen_proposes_the_speaker_and_whose_figure_and_saves_them_as_posted_back() throws Exception {
        String sentence = "Vladimir Medinsky said Russia handed over 1,000 bodies to Ukraine (" + UUID.randomUUID() + ").";
        Document review = Jsoup.parse(mvc.perform(post("/ledger/proposals").with(COORDINATOR).with(csrf()).param("text", sentence)
                        .param("publisher", "Round trip (speaker test)").param("sourceKind", "INDEPENDENT_MEDIA").param("publishedOn", "2025-07-02"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        String negotiator = LedgerDemoData.RUSSIA_NEGOTIATOR.id().toString();
        assertThat(review.select("select[name=rows[0].speaker] option[selected]").val()).isEqualTo(negotiator);
        assertThat(review.select("input[name=rows[0].person]").val()).isEqualTo("Vladimir Medinsky");
        assertThat(review.select("select[name=rows[0].party] option[selected]").val()).isEqualTo(negotiator);

        // the coordinator posts the screen back as it stands, confirming the row and choosing the transfer
        Map<String, String> fields = new LinkedHashMap<>();
        ((FormElement) review.selectFirst("form[action$=/ledger/proposals/confirm]")).formData()
                .forEach(pair -> fields.putIfAbsent(pair.key(), pair.value()));
        fields.put("rows[0].decision", "ACCEPT");
        fields.put("rows[0].subject", "TRANSFER:" + transfer.id());
        MockHttpServletRequestBuilder post = post("/ledger/proposals/confirm").with(COORDINATOR).with(csrf());
        fields.forEach(post::param);
        mvc.perform(post).andExpect(status().is3xxRedirection());

        Statement saved = ledger.statements().stream().filter(statement -> statement.quote().equals(sentence)).findFirst().orElseThrow();
        assertThat(saved.party()).isEqualTo(LedgerDemoData.RUSSIA_NEGOTIATOR.id());
        assertThat(saved.speaker()).isEqualTo("Vladimir Medinsky");
        assertThat(ledger.transferView(transfer.id()).count().claims()).anySatisfy(view -> {
            assertThat(view.statement().id()).isEqualTo(saved.id());
            assertThat(view.party()).isEqualTo(LedgerDemoData.RUSSIA_NEGOTIATOR);
            // "handed over 1,000" states 1,000: the verb's "over" is no bound
            assertThat(view.claim().figure()).isEqualTo(Figure.stated(Qualifier.EXACT, 1_000L, null, null));
        });
    }

    @Test
    void an_unknown_speaker_is_refused_beside_its_field_and_nothing_is_saved() throws Exception {
        int sources = ledger.sources().size();
        Document refused = Jsoup.parse(mvc.perform(confirm("Nobody (speaker test)", "2025-07-02", new PartyId(UUID.randomUUID()),
                        LedgerDemoData.UKRAINE.id(), "A speaker nobody recorded counted 5 bodies.", 5))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        org.jsoup.nodes.Element error = refused.getElementById("rows[0].speaker-error");
        assertThat(error).isNotNull();
        assertThat(error.text()).contains("no such party");
        assertThat(ledger.sources()).hasSize(sources);
    }

    /** One confirmed row about the test's transfer: the speaker quoted and whose figure it is. */
    private MockHttpServletRequestBuilder confirm(String publisher, String publishedOn, PartyId speaker, PartyId party,
                                                  String sentence, long value) {
        return post("/ledger/proposals/confirm").with(COORDINATOR).with(csrf())
                .param("publisher", publisher).param("sourceKind", "INDEPENDENT_MEDIA").param("publishedOn", publishedOn)
                .param("rows[0].decision", "ACCEPT").param("rows[0].kind", "COUNT").param("rows[0].sentence", sentence)
                .param("rows[0].qualifier", "EXACT").param("rows[0].value", String.valueOf(value)).param("rows[0].unit", "BODIES")
                .param("rows[0].speaker", speaker.toString()).param("rows[0].party", party.toString())
                .param("rows[0].statedOn", publishedOn).param("rows[0].subject", "TRANSFER:" + transfer.id());
    }
}
