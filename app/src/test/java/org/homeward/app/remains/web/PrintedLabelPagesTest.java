package org.homeward.app.remains.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.remains.BodyNumber;
import org.homeward.app.remains.LedgerFixture;
import org.homeward.app.remains.NewBag;
import org.homeward.app.remains.NewSample;
import org.homeward.app.remains.RemainsLab;
import org.homeward.app.remains.RemainsRegister;
import org.homeward.app.remains.Sample;
import org.homeward.app.remains.SampleMaterial;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The printable labels: what a body's, a sample's and a transfer's labels say, each with its QR code. */
@SpringBootTest
@WithMockUser(username = "coordinator", authorities = {"LEDGER_READ", "LEDGER_WRITE", "REMAINS_READ", "REMAINS_WRITE"})
class PrintedLabelPagesTest {

    @Test
    void a_body_a_sample_and_a_transfer_each_print_their_labels(@Autowired WebApplicationContext context, @Autowired Ledger ledger,
                                                                @Autowired RemainsRegister register, @Autowired RemainsLab lab)
            throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        TransferId transfer = LedgerFixture.transfer(ledger, LocalDate.of(2025, 3, 7), 2, 2).transfer().id();
        List<String> bodies = new ArrayList<>();
        for (String bag : new String[] {"B-71", "B-72"}) {
            bodies.addAll(register.registerBag(transfer, new NewBag(bag, null, null, null, null, null, null, null)).bodyNumbers());
        }
        Sample sample = lab.takeSample(new BodyNumber(bodies.get(0)), new NewSample(SampleMaterial.BONE, "left femur", "Dr O. Koval",
                null, null));

        assertThat(labels(mvc, "/remains/" + bodies.get(0) + "/label")).containsExactly(bodies.get(0) + " B-71 2025-03-07");
        assertThat(labels(mvc, "/remains/samples/" + sample.code() + "/label"))
                .containsExactly(sample.code() + " " + bodies.get(0) + " bone · left femur");
        assertThat(labels(mvc, "/remains/transfers/" + transfer + "/labels"))
                .containsExactly(bodies.get(0) + " B-71 2025-03-07", bodies.get(1) + " B-72 2025-03-07");
    }

    /** Each label on the page as its code and two lines; every one carries its QR code. */
    private static List<String> labels(MockMvc mvc, String page) throws Exception {
        String html = mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> labels = new ArrayList<>();
        for (Element label : Jsoup.parse(html).select("figure.label")) {
            assertThat(label.select(".qr svg")).as("the QR code of " + label.text()).hasSize(1);
            labels.add(label.select("figcaption").text());
        }
        return labels;
    }
}
