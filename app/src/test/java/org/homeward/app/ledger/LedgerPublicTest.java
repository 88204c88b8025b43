package org.homeward.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.homeward.app.demo.LedgerDemoData;
import org.homeward.app.security.SystemTasks;
import org.homeward.app.testing.CsvFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.jayway.jsonpath.JsonPath;

/**
 * Issue 16 items 4, 5, 8 and 9 through the whole web stack, on the demo data: claims without a
 * figure stored and published, possible duplicate handovers reported and, once merged, counted once,
 * the agreement's self-checks, the public page and its open data holding the same figures, and bad
 * input refused with its field named and nothing saved.
 */
@SpringBootTest
class LedgerPublicTest {

    private static final RequestPostProcessor COORDINATOR = user("coordinator").authorities(
            List.of(new SimpleGrantedAuthority("LEDGER_READ"), new SimpleGrantedAuthority("LEDGER_WRITE")));

    @Autowired
    WebApplicationContext context;

    @Autowired
    LedgerDemoData demoData;

    @Autowired
    Ledger ledger;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        SystemTasks.runAs("test", demoData::load);
    }

    @Test
    void a_claim_without_a_figure_is_stored_and_shown_publicly_in_its_own_section() throws Exception {
        String source = LedgerDemoData.id("source/000").toString();
        String speaker = LedgerDemoData.RUSSIA_UNNAMED.id().toString();
        String statement = id(postJson("/api/ledger/statements", "{\"source\":\"" + source + "\",\"party\":\"" + speaker
                + "\",\"quote\":\"Bodies were left unburied along the road to Lyman, the sources said.\"}").andReturn()
                .getResponse().getContentAsString());
        int before = ledger.qualitativeClaims().size();

        // refused, nothing saved: corroborated without saying by whom; a date without its precision
        postJson("/api/ledger/qualitative-claims", qualitative(statement, "\"verification\":\"CORROBORATED\""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("$.corroboratedBy"));
        postJson("/api/ledger/qualitative-claims", qualitative(statement, "\"verification\":\"UNVERIFIED\",\"claimedOn\":\"2025-11-01\""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("$.precision"));
        assertThat(ledger.qualitativeClaims()).hasSize(before);

        postJson("/api/ledger/qualitative-claims", qualitative(statement, "\"verification\":\"CORROBORATED\","
                + "\"corroboratedBy\":\"Mediazona\",\"claimedOn\":\"2025-11-01\",\"precision\":\"MONTH\""))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.assertion").value("Bodies left unburied near Lyman"));
        assertThat(ledger.qualitativeClaims()).hasSize(before + 1);

        String page = mvc.perform(get("/statistics").accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String section = page.substring(page.indexOf("<section id=\"qualitative\""));
        assertThat(section).contains("Bodies left unburied near Lyman", "Lyman", "November 2025", "corroborated by Mediazona",
                "Unnamed Russian law-enforcement sources",
                // seed 000, without a number, and the monitors' order of magnitude in words
                "A vast number of corpses of Ukrainian troops left in the city", "Retreating Ukrainian soldiers do not evacuate fallen comrades",
                "Soldiers killed on both sides since February 2022", "tens of thousands");
        assertThat(page).doesNotContain("10,000–99,999").doesNotContain("shared/reports/");
        // never mixed into figures: the casualty figures hold no claim without a number
        assertThat(page.substring(page.indexOf("<section id=\"casualties\""), page.indexOf("<section id=\"qualitative\"")))
                .doesNotContain("Soldiers killed on both sides");
    }

    @Test
    void two_possible_duplicate_handovers_are_reported_and_once_merged_counted_once() throws Exception {
        // the demo's two 1,000-body transfers, one of July 2025, one known only as 2025
        String july = LedgerDemoData.id("transfer/2025-07/ru-ua").toString();
        String year = LedgerDemoData.id("transfer/2025-1000-31/ru-ua").toString();
        assertThat(ledger.possibleDuplicates()).filteredOn(PossibleDuplicate::isUnresolved)
                .extracting(pair -> List.of(pair.first().id().toString(), pair.second().id().toString()))
                .contains(List.of(july, year));
        String page = mvc.perform(get("/statistics").accept(MediaType.TEXT_HTML)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("1 possible duplicate", "the transfers of July 2025 and of 2025 (1,000) may be one handover entered twice");

        String north = id(postJson("/api/ledger/parties", "{\"name\":\"Northland (duplicates)\",\"kind\":\"STATE\"}").andReturn().getResponse().getContentAsString());
        String south = id(postJson("/api/ledger/parties", "{\"name\":\"Southland (duplicates)\",\"kind\":\"STATE\"}").andReturn().getResponse().getContentAsString());
        String statement = statementOf(north, "Northland handed over 500 bodies.");
        String march = transfer(north, south, "2026-03-01", "MONTH", statement, 500);
        String sometime = transfer(north, south, "2026-01-01", "YEAR", statement, 500);
        String other = transfer(north, south, "2026-03-10", "DAY", statement, 700);

        DirectionTotal total = total("Northland (duplicates)");
        assertThat(total.transfers()).isEqualTo(3);
        assertThat(total.lower()).isEqualTo(1_700);
        assertThat(total.unresolved()).singleElement()
                .satisfies(pair -> assertThat(List.of(pair.first().id().toString(), pair.second().id().toString()))
                        .containsExactlyInAnyOrder(march, sometime));

        // 500 and 700 cannot be one handover: refused, naming the field
        postJson("/api/ledger/duplicates", verdict(march, other, "SAME")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("$.second"));
        postJson("/api/ledger/duplicates", verdict(sometime, march, "SAME")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.verdict").value("SAME"));

        DirectionTotal merged = total("Northland (duplicates)");
        assertThat(merged.transfers()).isEqualTo(2);
        assertThat(merged.lower()).isEqualTo(1_200);
        assertThat(merged.upper()).isEqualTo(1_200L);
        assertThat(merged.unresolved()).isEmpty();
        assertThat(merged.byParty()).filteredOn(tally -> tally.party().name().equals("Northland (duplicates)")).singleElement()
                .satisfies(tally -> {
                    assertThat(tally.total()).isEqualTo(1_200);
                    assertThat(tally.counted()).isEqualTo(2);
                    assertThat(tally.of()).isEqualTo(2);
                });
        // both transfers, and so both sources, stay; the pair is listed with its verdict
        assertThat(ledger.transferView(new TransferId(java.util.UUID.fromString(march))).count().claims()).isNotEmpty();
        assertThat(ledger.possibleDuplicates()).filteredOn(PossibleDuplicate::isSame).hasSize(1);
    }

    @Test
    void the_agreement_page_explains_what_the_ledger_checks() throws Exception {
        AgreementId istanbul = new AgreementId(LedgerDemoData.id("agreement/istanbul-2025"));
        List<SelfCheck> checks = ledger.agreementProgress(istanbul).checks();
        assertThat(checks).extracting(SelfCheck::kind, SelfCheck::outcome, check -> check.party().name(), SelfCheck::compared,
                        SelfCheck::difference)
                .contains(
                        // Kyiv states 6,057; its counts of the five recorded handovers sum to 6,057
                        org.assertj.core.groups.Tuple.tuple(SelfCheck.Kind.STATED_TOTAL, SelfCheck.Outcome.AGREES, "Ukraine", 6_057L, 0L),
                        // Moscow states 78 returned; the one recorded transfer it counted holds 51
                        org.assertj.core.groups.Tuple.tuple(SelfCheck.Kind.STATED_TOTAL, SelfCheck.Outcome.SHORT, "Russia", 51L, 27L),
                        // 6,057 delivered against 6,000 committed
                        org.assertj.core.groups.Tuple.tuple(SelfCheck.Kind.COMMITTED_DELIVERED, SelfCheck.Outcome.EXCEEDS, "Ukraine", 6_000L, 57L),
                        org.assertj.core.groups.Tuple.tuple(SelfCheck.Kind.REVERSE, SelfCheck.Outcome.INFORMATION, "Ukraine", 6_057L, 0L));

        String page = mvc.perform(get("/ledger/agreements/" + istanbul).with(COORDINATOR).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Ukraine states 6,057; its counts of the recorded transfers sum to 6,057: they agree.",
                "Russia states 78; its counts of the recorded transfers sum to 51 (1 of 1 transfer counted): "
                        + "27 are in no recorded transfer, so a handover may be missing.",
                "Ukraine states 6,057 delivered against 6,000 committed: 57 more than committed.",
                "Russia → Ukraine: 6,057 by Ukraine’s count of the recorded transfers; Ukraine → Russia: 51 by Russia’s count.")
                .doesNotContain("4,857");
    }

    @Test
    void the_open_data_holds_the_figures_of_the_page() throws Exception {
        String page = mvc.perform(get("/statistics").accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String summary = page.substring(page.indexOf("<section id=\"summary\""), page.indexOf("<section id=\"charts\""));
        String json = mvc.perform(get("/api/public/statistics.json")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        List<Map<String, Object>> directions = JsonPath.read(json, "$.directions");
        assertThat(directions).hasSizeGreaterThanOrEqualTo(2);
        for (Map<String, Object> direction : directions) {
            long lower = ((Number) direction.get("lower")).longValue();
            Number upper = (Number) direction.get("upper");
            String range = upper == null ? "≥ " + numbers.format(lower) : upper.longValue() == lower ? numbers.format(lower)
                    : numbers.format(lower) + "–" + numbers.format(upper.longValue());
            assertThat(summary).contains(direction.get("from") + " → " + direction.get("to"), range);
            List<Map<String, Object>> sums = JsonPath.read(direction, "$.byParty");
            sums.forEach(sum -> assertThat(summary).contains(numbers.format(((Number) sum.get("total")).longValue())));
        }
        List<String> assertions = JsonPath.read(json, "$.qualitativeClaims[*].assertion");
        assertThat(assertions).contains("A vast number of corpses of Ukrainian troops left in the city")
                .allSatisfy(assertion -> assertThat(page).contains(assertion));
        List<Object> transferClaims = JsonPath.read(json, "$.transfers[*].claims[*]");
        assertThat(json).doesNotContain("shared/reports/").doesNotContain("recordedBy");
        assertThat((String) JsonPath.read(json, "$.updatedAt")).isNotBlank();

        byte[] csv = mvc.perform(get("/api/public/claims.csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<String> header = CsvFiles.cells(csv).get(0);
        assertThat(header).startsWith("kind", "subject", "date", "party", "unit", "qualifier", "low", "best", "high");
        // the values in words are in the reader's language; the column names are the documented schema
        assertThat(CsvFiles.column(csv, "kind")).filteredOn("Transfer"::equals).hasSize(transferClaims.size());
        assertThat(CsvFiles.column(csv, "kind")).filteredOn("Claim without a figure"::equals).hasSize(assertions.size())
                .doesNotContain("TRANSFER");
        assertThat(CsvFiles.column(csv, "subject")).anyMatch(subject -> subject.endsWith(", Phase 5"));
        assertThat(CsvFiles.column(csv, "unit")).contains("bodies").doesNotContain("BODIES");
        assertThat(CsvFiles.column(csv, "qualifier")).contains("exactly");
        byte[] ukrainian = mvc.perform(get("/api/public/claims.csv").header("Accept-Language", "uk")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(CsvFiles.cells(ukrainian).get(0)).isEqualTo(header);
        assertThat(CsvFiles.column(ukrainian, "kind")).filteredOn("Передача"::equals).hasSize(transferClaims.size());
        assertThat(CsvFiles.column(ukrainian, "kind")).filteredOn("Твердження без цифри"::equals).hasSize(assertions.size());
        assertThat(CsvFiles.column(ukrainian, "subject")).anyMatch(subject -> subject.endsWith(", Етап 5"))
                .noneMatch(subject -> subject.contains("Phase 5"));
        assertThat(CsvFiles.column(ukrainian, "unit")).doesNotContain("bodies");
        assertThat(CsvFiles.cells(csv)).allSatisfy(row -> assertThat(row).noneMatch(cell -> cell.contains("shared/reports/")));

        // a quote with a comma, quotes and a line break comes back whole; one a spreadsheet would run as a formula, as text
        String party = id(postJson("/api/ledger/parties", "{\"name\":\"Eastland (open data)\",\"kind\":\"STATE\"}").andReturn().getResponse().getContentAsString());
        String other = id(postJson("/api/ledger/parties", "{\"name\":\"Westland (open data)\",\"kind\":\"STATE\"}").andReturn().getResponse().getContentAsString());
        transfer(party, other, "2026-05-05", "DAY", statementOf(party, "=HYPERLINK(\\\"https://example.org\\\"), 12 bodies\\nhanded over"), 12);
        byte[] after = mvc.perform(get("/api/public/claims.csv")).andReturn().getResponse().getContentAsByteArray();
        assertThat(CsvFiles.column(after, "quote")).contains("'=HYPERLINK(\"https://example.org\"), 12 bodies\nhanded over");

        String openApi = mvc.perform(get("/api-docs").with(COORDINATOR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(openApi).contains("/api/public/statistics.json", "/api/public/claims.csv", "PublicStatistics");
    }

    @Test
    void impossible_claims_are_refused_naming_the_field_and_nothing_is_half_saved() throws Exception {
        String source = id(postJson("/api/ledger/sources", "{\"publisher\":\"Dated press\",\"kind\":\"INDEPENDENT_MEDIA\","
                + "\"publishedOn\":\"2025-06-10\"}").andReturn().getResponse().getContentAsString());
        int statements = ledger.statements().size();
        postJson("/api/ledger/statements", "{\"source\":\"" + source + "\",\"quote\":\"Said the day after.\",\"statedOn\":\"2025-06-11\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("$.statedOn"));
        assertThat(ledger.statements()).hasSize(statements);

        String whole = LedgerDemoData.claimId("001/320").toString();
        String statement = LedgerDemoData.statementId("001/89").toString();
        int claims = ledger.claims().size();
        postJson("/api/ledger/claims", "{\"statement\":\"" + statement + "\",\"party\":\"" + LedgerDemoData.COORDINATION_HQ.id()
                + "\",\"subject\":{\"kind\":\"CASUALTY\",\"about\":\"near Bakhmut\"},\"unit\":\"BODIES\","
                + "\"figure\":{\"qualifier\":\"EXACT\",\"best\":400},\"partOf\":\"" + whole + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("$.figure"));
        assertThat(ledger.claims()).hasSize(claims);
    }

    @Test
    void claims_without_a_figure_and_verdicts_are_entered_from_the_pages() throws Exception {
        // the demo enters report 000 through the text path, so its statements have no fixed ids: found by their words
        String statement = ledger.statements().stream().filter(st -> st.quote().contains("a vast number of corpses"))
                .findFirst().orElseThrow().id().toString();
        mvc.perform(post("/ledger/qualitative-claims").with(COORDINATOR).with(csrf()).param("statement", statement)
                        .param("assertion", "Corpses seen in the city centre").param("verification", "CORROBORATED"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .attributeHasFieldErrors("qualitativeClaimForm", "corroboratedBy"));
        mvc.perform(post("/ledger/qualitative-claims").with(COORDINATOR).with(csrf()).param("statement", statement)
                        .param("assertion", "Corpses seen in the city centre").param("place", "Kupyansk")
                        .param("claimedOn", "2025-11-01").param("precision", "MONTH").param("verification", "CONTESTED"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/ledger/qualitative-claims").with(COORDINATOR).accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Corpses seen in the city centre")));
        String phase1 = LedgerDemoData.id("transfer/istanbul/phase-1/ru-ua").toString();
        String phase2 = LedgerDemoData.id("transfer/istanbul/phase-2/ru-ua").toString();
        mvc.perform(post("/ledger/duplicates").with(COORDINATOR).with(csrf()).param("first", phase1).param("second", phase2)
                        .param("verdict", "SAME"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("is not a possible duplicate of the first transfer")));
        mvc.perform(get("/ledger/duplicates").with(COORDINATOR).accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Not ruled on: the totals count both.")));
    }

    // --- helpers -----------------------------------------------------------------------------------

    private DirectionTotal total(String from) {
        return ledger.directionTotals().stream().filter(t -> t.from().name().equals(from)).findFirst().orElseThrow();
    }

    private String statementOf(String party, String quote) throws Exception {
        String source = id(postJson("/api/ledger/sources", "{\"publisher\":\"Northern Herald\",\"kind\":\"OFFICIAL_STATEMENT\"}")
                .andReturn().getResponse().getContentAsString());
        return id(postJson("/api/ledger/statements", "{\"source\":\"" + source + "\",\"party\":\"" + party + "\",\"quote\":\"" + quote + "\"}")
                .andReturn().getResponse().getContentAsString());
    }

    private String transfer(String from, String to, String date, String precision, String statement, long count) throws Exception {
        String transfer = id(postJson("/api/ledger/transfers", "{\"date\":\"" + date + "\",\"precision\":\"" + precision + "\",\"from\":\""
                + from + "\",\"to\":\"" + to + "\",\"kind\":\"REPATRIATION\"}").andReturn().getResponse().getContentAsString());
        postJson("/api/ledger/claims", "{\"statement\":\"" + statement + "\",\"party\":\"" + from + "\",\"subject\":{\"kind\":\"TRANSFER\","
                + "\"transfer\":\"" + transfer + "\"},\"unit\":\"BODIES\",\"figure\":{\"qualifier\":\"EXACT\",\"best\":" + count + "}}")
                .andExpect(status().isCreated());
        return transfer;
    }

    private static String qualitative(String statement, String rest) {
        return "{\"statement\":\"" + statement + "\",\"assertion\":\"Bodies left unburied near Lyman\",\"place\":\"Lyman\"," + rest + "}";
    }

    private static String verdict(String first, String second, String verdict) {
        return "{\"first\":\"" + first + "\",\"second\":\"" + second + "\",\"verdict\":\"" + verdict + "\"}";
    }

    private ResultActions postJson(String path, String json) throws Exception {
        return mvc.perform(post(path).with(COORDINATOR).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String id(String json) {
        return JsonPath.read(json, "$.id");
    }
}
