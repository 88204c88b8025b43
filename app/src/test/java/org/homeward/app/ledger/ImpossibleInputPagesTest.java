package org.homeward.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.homeward.app.demo.LedgerDemoData;
import org.homeward.app.security.SystemTasks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The list of impossible input, entered from the pages as a coordinator would: a range with
 * low above high, a transfer between a party and itself, a statement dated after its source's
 * publication, a part larger than its whole. Each comes back beside the field it names, and nothing
 * of it is saved (not the new source or the statement a refused claim would have quoted).
 */
@SpringBootTest
class ImpossibleInputPagesTest extends LedgerPagesFixture {

    RequestPostProcessor coordinator;
    String lastPhase = LedgerDemoData.id("transfer/istanbul/phase-5/ru-ua").toString();

    @BeforeEach
    void setUp() {
        coordinator = signedInCoordinator("impossible");
    }

    @Test
    void a_range_with_low_above_high_is_refused_at_its_value_and_its_new_source_and_statement_are_not_kept() throws Exception {
        String publisher = "Range press " + UUID.randomUUID();
        int[] before = counts();
        Document page = refused(post("/ledger/transfers/" + lastPhase + "/claims").param("party", LedgerDemoData.UKRAINE.id().toString())
                .param("qualifier", "RANGE").param("low", "600").param("high", "500").param("unit", "BODIES")
                .param("publisher", publisher).param("sourceKind", "INDEPENDENT_MEDIA").param("quote", "Between 600 and 500 bodies."));
        assertThat(page.select("#value-error").text()).contains("low ≤ best ≤ high");
        assertThat(counts()).containsExactly(before);
        assertThat(ledger.sources()).noneMatch(source -> source.publisher().equals(publisher));
    }

    @Test
    void a_count_without_a_party_is_refused_at_the_party() throws Exception {
        int[] before = counts();
        Document page = refused(post("/ledger/transfers/" + lastPhase + "/claims").param("qualifier", "EXACT").param("value", "5")
                .param("unit", "BODIES").param("publisher", "Nobody's press").param("sourceKind", "INDEPENDENT_MEDIA")
                .param("quote", "Five bodies."));
        assertThat(page.select("#party-error").text()).contains("choose whose figure it is");
        assertThat(counts()).containsExactly(before);
    }

    @Test
    void a_transfer_between_a_party_and_itself_is_refused_at_its_receiver() throws Exception {
        int transfers = ledger.transfers().size();
        Document page = refused(post("/ledger/transfers").param("date", "2025-06-20").param("precision", "DAY")
                .param("from", LedgerDemoData.UKRAINE.id().toString()).param("to", LedgerDemoData.UKRAINE.id().toString())
                .param("kind", "REPATRIATION"));
        assertThat(page.select("#to-error").text()).contains("must differ from the sending party");
        assertThat(ledger.transfers()).hasSize(transfers);
    }

    @Test
    void a_statement_dated_after_its_source_is_refused_at_its_date() throws Exception {
        Source source = SystemTasks.callAs("test", () -> ledger.add(new NewSource("Dated wire " + UUID.randomUUID(), null, null,
                LocalDate.of(2025, 6, 10), SourceKind.INDEPENDENT_MEDIA, null)));
        int statements = ledger.statements().size();
        Document page = refused(post("/ledger/sources/" + source.id() + "/statements").param("quote", "Said the day after.")
                .param("statedOn", "2025-06-11"));
        assertThat(page.select("#statedOn-error").text()).contains("must not be after the source's publication date");
        assertThat(ledger.statements()).hasSize(statements);
    }

    @Test
    void a_part_larger_than_its_whole_is_refused_at_its_value() throws Exception {
        int[] before = counts();
        Document page = refused(post("/ledger/claims/" + LedgerDemoData.claimId("001/320") + "/parts").param("about", "near Bakhmut")
                .param("qualifier", "EXACT").param("value", "400").param("unit", "BODIES").param("share", "true")
                .param("quote", "Of those, 400 bodies near Bakhmut."));
        assertThat(page.select("#part-value-error").text()).contains("cannot be larger than its whole");
        assertThat(counts()).containsExactly(before);
    }

    @Test
    void a_report_with_one_impossible_row_is_refused_at_that_row_and_none_of_it_is_saved() throws Exception {
        String publisher = "Half wire " + UUID.randomUUID();
        int[] before = counts();
        Document page = refused(post("/ledger/proposals/confirm").param("publisher", publisher).param("sourceKind", "INDEPENDENT_MEDIA")
                .param("publishedOn", "2025-06-20")
                .param("rows[0].decision", "ACCEPT").param("rows[0].kind", "COUNT").param("rows[0].sentence", "Returned: 1,245 bodies.")
                .param("rows[0].qualifier", "EXACT").param("rows[0].value", "1245").param("rows[0].unit", "BODIES")
                .param("rows[0].party", LedgerDemoData.UKRAINE.id().toString()).param("rows[0].subject", "TRANSFER:" + lastPhase)
                .param("rows[1].decision", "ACCEPT").param("rows[1].kind", "COUNT").param("rows[1].sentence", "Of those, 2,000 from Donetsk.")
                .param("rows[1].qualifier", "EXACT").param("rows[1].value", "2000").param("rows[1].unit", "BODIES")
                .param("rows[1].party", LedgerDemoData.UKRAINE.id().toString()).param("rows[1].subject", "RECOVERY")
                .param("rows[1].about", "Donetsk").param("rows[1].partOf", "0").param("rows[1].share", "true"));
        assertThat(page.select("[id='rows[1].value-error']").text()).contains("cannot be larger than its whole");
        assertThat(counts()).containsExactly(before);
        assertThat(ledger.sources()).noneMatch(source -> source.publisher().equals(publisher));
    }

    private Document refused(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(coordinator).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    /** Sources, statements and claims recorded. */
    private int[] counts() {
        return new int[] {ledger.sources().size(), ledger.statements().size(), ledger.claims().size()};
    }
}
