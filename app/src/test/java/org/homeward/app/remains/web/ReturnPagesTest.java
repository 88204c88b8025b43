package org.homeward.app.remains.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.PartyId;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.remains.BodyNumber;
import org.homeward.app.remains.LedgerFixture;
import org.homeward.app.remains.Nationality;
import org.homeward.app.remains.NationalityEvidence;
import org.homeward.app.remains.NewBag;
import org.homeward.app.remains.NewNationalityAssessment;
import org.homeward.app.remains.RemainsRegister;
import org.homeward.app.remains.RemainsReturns;
import org.homeward.app.security.SystemTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A coordinator returns remains of the other side from the pages: the receipt's return page lists
 * those assessed as the other side's with their evidence, a refused return names its field and writes
 * nothing, and a confirmed one lands on the return's page with its manifest.
 */
@SpringBootTest
@WithMockUser(username = "coordinator", authorities = {"LEDGER_READ", "LEDGER_WRITE", "REMAINS_READ", "REMAINS_WRITE", "DATA_EXPORT"})
class ReturnPagesTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    Ledger ledger;

    @Autowired
    RemainsRegister register;

    @Autowired
    RemainsReturns returns;

    @Test
    void a_return_is_chosen_confirmed_and_lands_on_its_manifest() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        LedgerFixture fixture = LedgerFixture.transfer(ledger, LocalDate.of(2025, 8, 14), 2, 2);
        TransferId received = fixture.transfer().id();
        String theirs = register.registerBag(received, new NewBag("7", "RU-7", null, null, null, null, null, null)).bodyNumbers().get(0);
        String ours = register.registerBag(received, new NewBag("8", "RU-8", null, null, null, null, null, null)).bodyNumbers().get(0);
        register.assessNationality(new BodyNumber(theirs), new NewNationalityAssessment(Nationality.OTHER_SIDE,
                Set.of(NationalityEvidence.UNIFORM), "a name tape in the pocket", "Dr O. Koval"));
        register.assessNationality(new BodyNumber(ours), new NewNationalityAssessment(Nationality.OWN_SIDE,
                Set.of(NationalityEvidence.DOCUMENTS), "military ID", "Dr O. Koval"));
        String page = "/remains/transfers/" + received + "/return";
        PartyId mediator = fixture.mediator().id();

        mvc.perform(get(page)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(theirs), containsString("Uniform"), containsString("a name tape in the pocket"),
                        containsString(fixture.sender().name()), containsString(fixture.mediator().name()), not(containsString(ours)))));
        mvc.perform(get(page).locale(Locale.forLanguageTag("uk"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Останки для повернення"), containsString("Дата передавання"))));

        mvc.perform(returning(page, theirs, LocalDate.now().plusYears(5), mediator)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("date-error"), containsString("is in the future"))));
        mvc.perform(returning(page, theirs, LocalDate.of(2025, 8, 1), mediator)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("date-error"), containsString("before the remains were received"))));
        mvc.perform(returning(page, ours, LocalDate.of(2025, 9, 20), mediator)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("bodyNumbers-error"), containsString("is not assessed as the other side"))));
        mvc.perform(post(page).with(csrf()).param("date", "2025-09-20")).andExpect(status().isOk())
                .andExpect(content().string(containsString("bodyNumbers-error")));
        // MockMvc leaves no signed-in user behind: what was written is read as a system task
        assertThat(SystemTasks.callAs("checker", () -> ledger.transferView(received)).returnedBy()).isEmpty();
        assertThat(SystemTasks.callAs("checker", () -> returns.returnable(received)))
                .extracting(candidate -> candidate.remains().bodyNumber()).containsExactly(theirs);

        String returnPage = mvc.perform(returning(page, theirs, LocalDate.of(2025, 9, 20), mediator))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", containsString("1 remains returned")))
                .andReturn().getResponse().getRedirectedUrl();
        TransferId returned = SystemTasks.callAs("checker", () -> ledger.transferView(received)).returnedBy().get(0).id();
        assertThat(returnPage).isEqualTo("/remains/returns/" + returned);
        mvc.perform(get(returnPage)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(theirs), containsString(fixture.mediator().name()))));
        mvc.perform(get(returnPage + "/manifest.csv")).andExpect(status().isOk()).andExpect(content().string(containsString(theirs)));
        assertThat(SystemTasks.callAs("checker", () -> ledger.transferView(returned)).facilitators())
                .extracting(party -> party.id()).containsExactly(mediator);
        assertThat(SystemTasks.callAs("checker", () -> returns.returnable(received))).isEmpty();
    }

    private static MockHttpServletRequestBuilder returning(String page, String bodyNumber, LocalDate date, PartyId mediator) {
        return post(page).with(csrf()).param("bodyNumbers", bodyNumber).param("date", date.toString()).param("place", "border")
                .param("facilitators", mediator.toString());
    }
}
