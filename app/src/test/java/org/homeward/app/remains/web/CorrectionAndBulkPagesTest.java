package org.homeward.app.remains.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.remains.BodyNumber;
import org.homeward.app.remains.CustodyEvent;
import org.homeward.app.remains.CustodyEventType;
import org.homeward.app.remains.CustodyItem;
import org.homeward.app.remains.CustodyLog;
import org.homeward.app.remains.LedgerFixture;
import org.homeward.app.remains.NewBag;
import org.homeward.app.remains.RemainsRegister;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The pages that change what was received, through the whole web stack: a split into bodies and parts,
 * a bag's label read later, and one custody event for many remains with its preview, each refusal naming
 * its field or its remains and writing nothing. (The links to them, shown to those who may write, are
 * followed in {@code CorrectionAndBulkPagesBrowserTest}.)
 */
@SpringBootTest
@WithMockUser(username = "coordinator", authorities = {"LEDGER_READ", "LEDGER_WRITE", "REMAINS_READ", "REMAINS_WRITE"})
class CorrectionAndBulkPagesTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    Ledger ledger;

    @Autowired
    RemainsRegister register;

    @Autowired
    CustodyLog custody;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    /** Registers {@code bags} bags (the last without a number) in a new transfer received on {@code date}; their body numbers. */
    private List<String> received(LocalDate date, int bags, TransferId[] transfer) {
        transfer[0] = LedgerFixture.transfer(ledger, date, bags, bags).transfer().id();
        List<String> numbers = new ArrayList<>();
        for (int i = 1; i <= bags; i++) {
            numbers.addAll(register.registerBag(transfer[0], new NewBag(i < bags ? String.valueOf(i) : null, null, null, null, null, null,
                    null, null)).bodyNumbers());
        }
        return numbers;
    }

    @Test
    void remains_are_split_into_bodies_and_parts_from_their_page_and_a_split_into_one_is_refused() throws Exception {
        TransferId[] transfer = new TransferId[1];
        String body = received(LocalDate.of(2025, 2, 3), 1, transfer).get(0);

        mvc.perform(get("/remains/" + body + "/split")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Split " + body)))
                .andExpect(content().string(containsString("Split the remains")));

        mvc.perform(post("/remains/" + body + "/split").with(csrf()).param("bodies", "1").param("bodyParts", "0").param("basis", "one"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("a split gives at least 2 parts")));
        mvc.perform(post("/remains/" + body + "/split").with(csrf()).param("bodies", "-1").param("basis", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("bodies-error")))
                .andExpect(content().string(containsString("basis-error")));
        assertThat(register.counts(transfer[0]).individuals()).isEqualTo(1);

        mvc.perform(post("/remains/" + body + "/split").with(csrf()).param("bodies", "2").param("bodyParts", "1")
                        .param("basis", "two skulls and a separate hand"))
                .andExpect(redirectedUrl("/remains/" + body))
                .andExpect(flash().attribute("notice", containsString(body + " divided into 3 new numbers")));
        assertThat(register.counts(transfer[0]).bags()).isEqualTo(1);
        assertThat(register.counts(transfer[0]).individuals()).isEqualTo(2);
        assertThat(register.counts(transfer[0]).bodyParts()).isEqualTo(1);
        mvc.perform(post("/remains/" + body + "/split").with(csrf()).param("bodies", "2").param("basis", "again"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is already divided")));
    }

    @Test
    void a_bags_label_read_later_is_recorded_from_the_receipt_and_extends_its_custody_chain() throws Exception {
        TransferId[] transfer = new TransferId[1];
        List<String> numbers = received(LocalDate.of(2025, 2, 4), 2, transfer);
        String unlabelled = numbers.get(1);
        String page = "/remains/transfers/" + transfer[0] + "/bag-label";

        mvc.perform(get(page).param("bag", "P-1")).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"P-1\"")))
                .andExpect(content().string(containsString("Record the label of bag P-1")))
                .andExpect(content().string(not(containsString("Record the label of bag 1<"))));

        mvc.perform(post(page).with(csrf()).param("bagNumber", "P-7").param("label", "RU-2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("no bag P-7 in this transfer")));
        mvc.perform(post(page).with(csrf()).param("bagNumber", "P-1").param("label", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("label-error")));
        assertThat(custody.events(CustodyItem.remains(unlabelled))).hasSize(1);

        mvc.perform(post(page).with(csrf()).param("bagNumber", "P-1").param("label", "RU-2"))
                .andExpect(redirectedUrl("/remains/transfers/" + transfer[0]))
                .andExpect(flash().attribute("notice", "Label of bag P-1 recorded: RU-2. Custody chains extended: " + unlabelled + "."));
        assertThat(custody.events(CustodyItem.remains(unlabelled))).last().extracting(CustodyEvent::type)
                .isEqualTo(CustodyEventType.LABEL_RECORDED);
        mvc.perform(get("/remains/" + unlabelled)).andExpect(content().string(containsString("label of bag P-1 read: RU-2")));
        mvc.perform(get(page)).andExpect(content().string(containsString("Every bag of this transfer has a readable label.")));
    }

    @Test
    void one_event_for_many_remains_is_previewed_item_by_item_and_recorded_all_or_none() throws Exception {
        TransferId[] transfer = new TransferId[1];
        List<String> numbers = received(LocalDate.of(2025, 2, 5), 5, transfer);
        mvc.perform(get("/remains/custody/bulk")).andExpect(status().isOk())
                .andExpect(content().string(containsString("One custody event for many remains")));

        MockMultipartFile scanned = new MockMultipartFile("file", "scans.txt", "text/plain",
                ("\uFEFF" + numbers.get(3) + "\r\n" + numbers.get(4) + "\r\nUA-1999-01-01-0009\r\n").getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/remains/custody/bulk/preview").file(scanned).with(csrf()).param("bodyNumbers", numbers.get(0))
                        .param("from", numbers.get(1)).param("to", numbers.get(2)).param("event.type", "STORAGE_IN")
                        .param("event.place", "Kyiv morgue no. 2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 of 6 cannot take this event")))
                .andExpect(content().string(containsString("UA-1999-01-01-0009: no such remains in the register")))
                .andExpect(content().string(containsString(numbers.get(4))))
                .andExpect(content().string(not(containsString("Record for 6 remains"))));

        mvc.perform(post("/remains/custody/bulk").with(csrf()).param("bodyNumbers", String.join("\n", numbers))
                        .param("event.type", "STORAGE_IN").param("event.occurredAt", "2001-01-01T10:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("5 of 5 cannot take this event")))
                .andExpect(content().string(containsString(numbers.get(2) + ": the event cannot have happened before")));
        assertThat(numbers).allSatisfy(number -> assertThat(custody.events(CustodyItem.remains(number))).hasSize(1));

        mvc.perform(post("/remains/custody/bulk").with(csrf()).param("from", numbers.get(0)).param("to", "XX-1")
                        .param("event.type", "STORAGE_IN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("to-error")));
        mvc.perform(post("/remains/custody/bulk/preview").with(csrf()).param("bodyNumbers", String.join(" ", numbers))
                        .param("event.type", "STORAGE_IN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Each of the 5 remains can take this event")))
                .andExpect(content().string(containsString("Record for 5 remains")));

        mvc.perform(post("/remains/custody/bulk").with(csrf()).param("bodyNumbers", String.join(", ", numbers))
                        .param("event.type", "STORAGE_IN").param("event.storage", "REFRIGERATED_CONTAINER"))
                .andExpect(redirectedUrl("/remains/custody/bulk"))
                .andExpect(flash().attribute("notice", containsString("Recorded 5 custody events")));
        assertThat(numbers).allSatisfy(number -> assertThat(custody.events(CustodyItem.remains(number)))
                .extracting(CustodyEvent::type).containsExactly(CustodyEventType.HANDOVER, CustodyEventType.STORAGE_IN));
        assertThat(register.file(new BodyNumber(numbers.get(0))).custody()).hasSize(2);
        assertThat(custody.verify().intact()).isTrue();
    }
}
