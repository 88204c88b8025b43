package org.homeward.app.remains.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.homeward.app.audit.AuditEntry;
import org.homeward.app.audit.AuditLog;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.remains.BodyNumber;
import org.homeward.app.remains.LabelStatements;
import org.homeward.app.remains.LedgerFixture;
import org.homeward.app.remains.Nationality;
import org.homeward.app.remains.NationalityEvidence;
import org.homeward.app.remains.NewBag;
import org.homeward.app.remains.NewNationalityAssessment;
import org.homeward.app.remains.NewReturn;
import org.homeward.app.remains.NewStatedIdentity;
import org.homeward.app.remains.RemainsRegister;
import org.homeward.app.remains.RemainsReturns;
import org.homeward.app.remains.StatementSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * A return to the other side and its manifest for the receiving party and the mediator: the return's
 * page, and a PDF and a CSV with Ukrainian and English side by side, each download audited.
 */
@SpringBootTest
@WithMockUser(username = "coordinator",
        authorities = {"LEDGER_READ", "LEDGER_WRITE", "REMAINS_READ", "REMAINS_WRITE", "DATA_EXPORT", "AUDIT_READ"})
class ReturnManifestTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    Ledger ledger;

    @Autowired
    RemainsRegister register;

    @Autowired
    RemainsReturns returns;

    @Autowired
    LabelStatements labels;

    @Autowired
    AuditLog audit;

    @Test
    void a_return_has_a_manifest_in_both_languages_as_pdf_and_csv() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        LedgerFixture fixture = LedgerFixture.transfer(ledger, LocalDate.of(2025, 8, 14), 2, 2);
        TransferId received = fixture.transfer().id();
        String soldier = register.registerBag(received, new NewBag("7", "RU-7", null, null, null, null, null, null)).bodyNumbers().get(0);
        String unlabelled = register.registerBag(received, new NewBag(null, null, null, null, null, null, null, null)).bodyNumbers().get(0);
        for (String number : List.of(soldier, unlabelled)) {
            register.assessNationality(new BodyNumber(number), new NewNationalityAssessment(Nationality.OTHER_SIDE,
                    Set.of(NationalityEvidence.UNIFORM), "a name tape in the pocket", "Dr O. Koval"));
        }
        labels.record(new BodyNumber(soldier), new NewStatedIdentity(StatementSource.HANDOVER, "=Ivanov Ivan", "RU-1234", Nationality.OTHER_SIDE));
        TransferId returned = returns.returnToOtherSide(new NewReturn(List.of(soldier, unlabelled), LocalDate.of(2025, 9, 20),
                "Ukraine–Belarus border", List.of(fixture.mediator().id()), null, null));

        mvc.perform(get("/remains/transfers/" + received)).andExpect(content().string(containsString("/remains/returns/" + returned)));
        mvc.perform(get("/remains/returns/" + returned)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Return to " + fixture.sender().name())))
                .andExpect(content().string(containsString("2 remains: 2 bodies, 0 body parts")))
                .andExpect(content().string(containsString("Ivanov Ivan")));

        byte[] pdf = mvc.perform(get("/remains/returns/" + returned + "/manifest.pdf")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        String text = text(pdf);
        assertThat(text).contains("Маніфест повернення / Return manifest", "Номер тіла / Body number", soldier, unlabelled, "P-1",
                "Однострій", "Ivanov Ivan", "RU-1234", fixture.sender().name(), fixture.mediator().name(), "2025-09-20",
                "Усього: 2 (тіл: 2, частин тіла: 0) / Total: 2 (bodies: 2, body parts: 0)", "Підпис / Signature");

        byte[] csv = mvc.perform(get("/remains/returns/" + returned + "/manifest.csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFПередача-повернення / Return transfer,Дата / Date,")
                .contains("Номер тіла / Body number", "Тимчасовий номер / Provisional number",
                        "Докази належності до іншої сторони / Evidence of the other side");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains(returned.toString(), "2025-09-20", soldier, "\"'=Ivanov Ivan, RU-1234, Інша сторона / Other side (");
        assertThat(lines.get(2)).contains(unlabelled, "P-1", "Однострій / Uniform — a name tape in the pocket");

        assertThat(audit.about("transfer:" + returned)).extracting(AuditEntry::action)
                .containsSubsequence("remains.return-manifest.exported", "remains.return-manifest.exported");
        mvc.perform(get("/remains/returns/" + received)).andExpect(status().isNotFound());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        }
    }
}
