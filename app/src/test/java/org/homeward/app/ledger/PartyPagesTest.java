package org.homeward.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.homeward.app.demo.LedgerDemoData;
import org.homeward.app.security.SystemTasks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Actors by kind (issue 16 item 2): parties to the conflict, mediators and monitors each listed apart,
 * created and edited from their pages; only belligerents are offered where a transfer's sender or
 * receiver or the state an agency speaks for is chosen; nothing is chosen for the user on "Record a
 * count"; two sources of one publisher are told apart in the drop-downs by title and date.
 */
@SpringBootTest
class PartyPagesTest extends LedgerPagesFixture {

    /** A signed-in coordinator: the pages show their forms to who may use them. */
    RequestPostProcessor coordinator;

    @BeforeEach
    void setUp() {
        coordinator = signedInCoordinator("parties");
    }

    @Test
    void each_kind_of_actor_has_its_own_list() throws Exception {
        Document page = page("/ledger/parties");
        assertThat(page.select("#belligerents [data-party]").eachAttr("data-party"))
                .contains("Ukraine", "Russia", "Coordination Headquarters for the Treatment of Prisoners of War")
                .doesNotContain("Türkiye", "BBC and Mediazona");
        assertThat(page.select("#mediators [data-party]").eachAttr("data-party"))
                .contains("Türkiye", "International Committee of the Red Cross").doesNotContain("Ukraine", "BBC and Mediazona");
        assertThat(page.select("#monitors [data-party]").eachAttr("data-party"))
                .contains("BBC and Mediazona").doesNotContain("Ukraine", "Türkiye");
        assertThat(page.select("#monitors [data-party=BBC and Mediazona] td").get(1).text()).isEqualTo("monitor or medium");
    }

    @Test
    void a_coordinator_creates_an_agency_and_edits_it_from_the_pages() throws Exception {
        String name = "Ombudsman " + UUID.randomUUID();
        mvc.perform(post("/ledger/parties").with(coordinator).with(csrf()).param("name", name).param("kind", "AGENCY")
                        .param("sideOf", LedgerDemoData.UKRAINE.id().toString()).param("aliases", "Lubinets, Dmytro Lubinets"))
                .andExpect(redirectedUrl("/ledger/parties"));
        Party added = party(name);
        assertThat(added.kind()).isEqualTo(PartyKind.AGENCY);
        assertThat(added.sideOf()).isEqualTo(LedgerDemoData.UKRAINE.id());
        assertThat(added.aliases()).containsExactly("Lubinets", "Dmytro Lubinets");

        Document edit = page("/ledger/parties/" + added.id());
        assertThat(edit.select("#name").val()).isEqualTo(name);
        assertThat(edit.select("#sideOf option[selected]").text()).isEqualTo("Ukraine");
        assertThat(edit.select("#sideOf option").eachText()).contains("Ukraine", "Russia")
                .doesNotContain("Türkiye", "BBC and Mediazona", "Coordination Headquarters for the Treatment of Prisoners of War");

        mvc.perform(post("/ledger/parties/" + added.id()).with(coordinator).with(csrf()).param("name", name + " (renamed)")
                        .param("kind", "AGENCY").param("sideOf", LedgerDemoData.UKRAINE.id().toString()).param("aliases", "Lubinets"))
                .andExpect(redirectedUrl("/ledger/parties"));
        Party edited = party(name + " (renamed)");
        assertThat(edited.id()).isEqualTo(added.id());
        assertThat(edited.aliases()).containsExactly("Lubinets");
    }

    @Test
    void impossible_actors_are_refused_beside_their_field_and_nothing_changes() throws Exception {
        String name = "Monitor " + UUID.randomUUID();
        Document refused = Jsoup.parse(mvc.perform(post("/ledger/parties").with(coordinator).with(csrf()).param("name", name)
                        .param("kind", "INDEPENDENT").param("sideOf", LedgerDemoData.RUSSIA.id().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#sideOf-error").text()).contains("only an agency or official speaks for a state");
        assertThat(ledger.parties()).noneMatch(party -> party.name().equals(name));

        Document speaksForMediator = Jsoup.parse(mvc.perform(post("/ledger/parties").with(coordinator).with(csrf()).param("name", name)
                        .param("kind", "AGENCY").param("sideOf", LedgerDemoData.ICRC.id().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(speaksForMediator.select("#sideOf-error").text()).contains("must be a state party to the conflict");

        Document stateToMediator = Jsoup.parse(mvc.perform(post("/ledger/parties/" + LedgerDemoData.RUSSIA.id()).with(coordinator)
                        .with(csrf()).param("name", "Russia").param("kind", "MEDIATOR"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(stateToMediator.select("#kind-error").text()).contains("stays a party to the conflict");
        assertThat(party("Russia").kind()).isEqualTo(PartyKind.STATE);
    }

    @Test
    void only_belligerents_send_and_receive_and_no_party_is_chosen_for_a_count() throws Exception {
        Document newTransfer = page("/ledger/transfers/new");
        for (String field : List.of("#from", "#to")) {
            assertThat(newTransfer.select(field + " option").eachText()).contains("Ukraine", "Russia")
                    .doesNotContain("BBC and Mediazona", "Türkiye", "International Committee of the Red Cross");
            assertThat(newTransfer.select(field + " option[selected]")).isEmpty();
            assertThat(newTransfer.select(field + " option").first().val()).isEmpty();
        }
        assertThat(page("/ledger/agreements/new").select("#mediator option").eachText())
                .contains("Türkiye").doesNotContain("Ukraine", "BBC and Mediazona");

        Document transfer = page("/ledger/transfers/" + LedgerDemoData.id("transfer/istanbul/phase-5/ru-ua"));
        assertThat(transfer.select("#record-count #party option").first().val()).isEmpty();
        assertThat(transfer.select("#record-count #party option[selected]")).isEmpty();
    }

    @Test
    void sources_of_one_publisher_are_told_apart_by_title_and_date() throws Exception {
        String publisher = "Wire " + UUID.randomUUID();
        SystemTasks.runAs("test", () -> {
            ledger.add(new NewSource(publisher, "Bodies returned", null, LocalDate.of(2025, 6, 11), SourceKind.INDEPENDENT_MEDIA, null));
            ledger.add(new NewSource(publisher, "Bodies returned", null, LocalDate.of(2025, 6, 14), SourceKind.INDEPENDENT_MEDIA, null));
        });
        List<String> options = page("/ledger/transfers/" + LedgerDemoData.id("transfer/istanbul/phase-5/ru-ua"))
                .select("#record-count #source option").eachText().stream().filter(text -> text.startsWith(publisher)).toList();
        assertThat(options).containsExactlyInAnyOrder(publisher + ": Bodies returned · June 11, 2025",
                publisher + ": Bodies returned · June 14, 2025");
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(coordinator).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private Party party(String name) {
        return ledger.parties().stream().filter(party -> party.name().equals(name)).findFirst().orElseThrow();
    }
}
