package org.homeward.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.hamcrest.Matchers;
import org.homeward.app.demo.LedgerDemoData;
import org.homeward.app.testing.BackgroundJobs;
import org.homeward.app.testing.CsvFiles;
import org.homeward.app.web.Limits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.JsonPath;

/**
 * The ledger's REST API and pages through the whole web stack, on the demo data: the four June
 * phases entered through the API, problems that name the field, exports, and every page rendered.
 */
@SpringBootTest
class LedgerWebTest {

    private static final RequestPostProcessor COORDINATOR = user("coordinator")
            .authorities(authorities("LEDGER_READ", "LEDGER_WRITE", "DATA_EXPORT", "STATISTICS_READ"));

    @Autowired
    WebApplicationContext context;

    @Autowired
    LedgerDemoData demoData;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        org.homeward.app.security.SystemTasks.runAs("test", demoData::load);
    }

    @Test
    void a_coordinator_enters_the_four_june_phases_through_the_api() throws Exception {
        String ukraine = id(postJson("/api/ledger/parties", "{\"name\":\"Ukraine (API)\",\"kind\":\"STATE\"}"));
        String russia = id(postJson("/api/ledger/parties", "{\"name\":\"Russia (API)\",\"kind\":\"STATE\"}"));
        String source = id(postJson("/api/ledger/sources", "{\"publisher\":\"Coordination Headquarters\",\"kind\":\"OFFICIAL_STATEMENT\","
                + "\"url\":\"https://example.org/1245\"}"));
        String kyiv = id(postJson("/api/ledger/statements", "{\"source\":\"" + source + "\",\"party\":\"" + ukraine
                + "\",\"quote\":\"Another 1,245 bodies returned to Ukraine from Russia.\"}"));
        String moscow = id(postJson("/api/ledger/statements", "{\"source\":\"" + source + "\",\"party\":\"" + russia
                + "\",\"quote\":\"1,248 bodies had been returned in the final transfer.\"}"));
        String agreement = postJson("/api/ledger/agreements", "{\"name\":\"Istanbul (API)\",\"concludedOn\":\"2025-06-02\","
                + "\"precision\":\"DAY\",\"place\":\"Istanbul\",\"commitments\":[{\"from\":\"" + russia + "\",\"to\":\"" + ukraine + "\"}]}");
        String agreementId = JsonPath.read(agreement, "$.id");
        String commitment = JsonPath.read(agreement, "$.commitments[0].id");
        claim(kyiv, ukraine, "{\"kind\":\"COMMITTED\",\"commitment\":\"" + commitment + "\"}", 6_000);
        String last = null;
        int[] counts = {1_212, 1_200, 1_200, 1_245};
        for (int phase = 1; phase <= 4; phase++) {
            last = id(postJson("/api/ledger/transfers", "{\"date\":\"2025-06-1" + phase + "\",\"precision\":\"DAY\",\"phase\":" + phase
                    + ",\"from\":\"" + russia + "\",\"to\":\"" + ukraine + "\",\"agreement\":\"" + agreementId + "\",\"kind\":\"REPATRIATION\"}"));
            claim(kyiv, ukraine, "{\"kind\":\"TRANSFER\",\"transfer\":\"" + last + "\"}", counts[phase - 1]);
        }
        claim(moscow, russia, "{\"kind\":\"TRANSFER\",\"transfer\":\"" + last + "\"}", 1_248);
        claim(kyiv, ukraine, "{\"kind\":\"DELIVERED\",\"commitment\":\"" + commitment + "\"}", 6_057);
        claim(moscow, russia, "{\"kind\":\"DELIVERED\",\"commitment\":\"" + commitment + "\"}", 6_060);

        mvc.perform(get("/api/ledger/transfers/" + last).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures[0].discrepancy").value(3))
                .andExpect(jsonPath("$.figures[0].lower").value(1_245))
                .andExpect(jsonPath("$.figures[0].upper").value(1_248))
                .andExpect(jsonPath("$.figures[0].byParty[0].party.name").value("Russia (API)"))
                .andExpect(jsonPath("$.figures[0].byParty[1].party.name").value("Ukraine (API)"));
        mvc.perform(get("/ledger/transfers/" + last).with(COORDINATOR).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1,245–1,248")))
                .andExpect(content().string(containsString("The figures differ by 3.")));
        mvc.perform(get("/api/ledger/agreements/" + agreementId).with(COORDINATOR))
                .andExpect(jsonPath("$.directions[0].committed.lower").value(6_000))
                .andExpect(jsonPath("$.directions[0].delivered.lower").value(6_057))
                .andExpect(jsonPath("$.directions[0].delivered.upper").value(6_060));
        mvc.perform(get("/ledger/agreements/" + agreementId).with(COORDINATOR).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("6,057")))
                .andExpect(content().string(containsString("6,060")))
                .andExpect(content().string(containsString("6,000")))
                .andExpect(content().string(containsString("<svg")));
    }

    @Test
    void refused_input_is_a_problem_that_names_the_field() throws Exception {
        mvc.perform(post("/api/ledger/sources").with(COORDINATOR).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"publisher\":\"\",\"kind\":\"STATE_MEDIA\",\"url\":\"ftp://x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors[*].path").value(org.hamcrest.Matchers.containsInAnyOrder("$.publisher", "$.url")));
        String statement = LedgerDemoData.statementId("004/1245").toString();
        mvc.perform(post("/api/ledger/claims").with(COORDINATOR).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"statement\":\"" + statement + "\",\"party\":\"" + LedgerDemoData.UKRAINE.id() + "\",\"unit\":\"BODIES\","
                                + "\"subject\":{\"kind\":\"TRANSFER\"},\"figure\":{\"qualifier\":\"EXACT\",\"best\":5}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("$.subject.transfer"));
        mvc.perform(post("/api/ledger/claims").with(COORDINATOR).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"statement\":\"" + statement + "\",\"party\":\"" + LedgerDemoData.UKRAINE.id() + "\",\"unit\":\"SOULS\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("$.unit"));
        mvc.perform(get("/api/ledger/transfers/not-an-id").with(COORDINATOR)).andExpect(status().isNotFound());
    }

    @Test
    void claims_are_exported_as_csv_and_json_with_their_sources() throws Exception {
        String csvJob = mvc.perform(post("/api/ledger/claims/export.csv").with(COORDINATOR).with(csrf()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", Matchers.matchesPattern("/api/jobs/[0-9a-f-]{36}")))
                .andReturn().getResponse().getHeader("Location");
        JsonNode csvDone = BackgroundJobs.awaitFinished(mvc, csvJob, COORDINATOR);
        assertThat(csvDone.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(csvDone.path("kind").asText()).isEqualTo("ledger.claims-export");
        byte[] csv = mvc.perform(get(csvDone.path("resultUrl").asText()).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("ledger-claims.csv")))
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> cells = CsvFiles.cells(csv);
        assertThat(cells.get(0)).startsWith("claim_id", "recorded_at").contains("quote", "publisher");
        assertThat(CsvFiles.column(csv, "best")).contains("1248");
        assertThat(cells).anySatisfy(row -> assertThat(row).contains("Ministry of Defence of Russia"));
        assertThat(CsvFiles.column(csv, "quote"))
                .anyMatch(quote -> quote.startsWith("Russia's defence ministry gave a slightly different figure, saying 1,248 bodies"));
        String page = mvc.perform(post("/api/ledger/claims/export.json").with(COORDINATOR).with(csrf()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isSeeOther()).andReturn().getResponse().getHeader("Location");
        assertThat(page).matches("/jobs/[0-9a-f-]{36}");
        BackgroundJobs.awaitFinished(mvc, "/api" + page, COORDINATOR);
        mvc.perform(get(page + "/result").with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.claim.figure.best == 6057)].source.publisher").value("Homeward design notes"));
        mvc.perform(post("/api/ledger/claims/export.csv").with(user("reader").authorities(authorities("LEDGER_READ"))).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void text_is_turned_into_proposals_and_confirmed_claims() throws Exception {
        mvc.perform(post("/api/ledger/proposals").with(COORDINATOR).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"Moscow also confirmed the receipt of 51 bodies of Russian soldiers.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].figure.best").value(51))
                .andExpect(jsonPath("$[0].unit").value("BODIES"))
                .andExpect(jsonPath("$[0].party").value(LedgerDemoData.RUSSIA.id().toString()));
        String transfer = LedgerDemoData.id("transfer/istanbul/phase-5/ua-ru").toString();
        mvc.perform(post("/ledger/proposals/confirm").with(COORDINATOR).with(csrf())
                        .param("publisher", "Test wire").param("sourceKind", "INDEPENDENT_MEDIA")
                        .param("rows[0].decision", "ACCEPT").param("rows[0].sentence", "Moscow confirmed the receipt of 52 bodies.")
                        .param("rows[0].qualifier", "EXACT").param("rows[0].value", "52").param("rows[0].unit", "BODIES")
                        .param("rows[0].party", LedgerDemoData.RUSSIA.id().toString()).param("rows[0].subject", "TRANSFER:" + transfer)
                        .param("rows[1].decision", "REJECT").param("rows[1].sentence", "x"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/ledger/transfers/" + transfer).with(COORDINATOR))
                .andExpect(jsonPath("$.figures[0].claims[*].claim.figure.best").value(org.hamcrest.Matchers.hasItem(52)));
    }

    /** Each ledger endpoint that takes text refuses one value a character over its named limit, naming it. */
    @Test
    void every_ledger_endpoint_refuses_an_over_long_text_naming_its_path() throws Exception {
        String party = LedgerDemoData.RUSSIA.id().toString();
        String other = LedgerDemoData.UKRAINE.id().toString();
        String source = LedgerDemoData.id("source/001").toString();
        String statement = JsonPath.read(postJson("/api/ledger/statements", "{\"source\":\"" + source + "\",\"quote\":\"x\"}"), "$.id");
        String transfer = LedgerDemoData.id("transfer/istanbul/phase-5/ru-ua").toString();
        String offer = LedgerDemoData.id("offer/2239").toString();
        String agreementStart = "{\"concludedOn\":\"2025-06-02\",\"precision\":\"DAY\",\"commitments\":[{\"from\":\"" + party
                + "\",\"to\":\"" + other + "\"}],";
        String dated = "\"date\":\"2025-06-02\",\"precision\":\"DAY\",\"from\":\"" + party + "\",\"to\":\"" + other + "\",";
        String[][] cases = {
                {"POST", "/api/ledger/parties", "{\"kind\":\"STATE\",\"name\":%s}", "$.name", "" + Limits.NAME_LENGTH},
                {"POST", "/api/ledger/sources", "{\"kind\":\"STATE_MEDIA\",\"publisher\":%s}", "$.publisher", "" + Limits.TITLE_LENGTH},
                {"POST", "/api/ledger/statements", "{\"source\":\"" + source + "\",\"quote\":%s}", "$.quote", "" + Limits.QUOTE_LENGTH},
                {"POST", "/api/ledger/claims", "{\"statement\":\"" + statement + "\",\"party\":\"" + party
                        + "\",\"subject\":{\"kind\":\"TRANSFER\",\"transfer\":\"" + transfer
                        + "\"},\"unit\":\"BODIES\",\"figure\":{\"qualifier\":\"EXACT\",\"best\":1},\"note\":%s}", "$.note", "" + Limits.NOTE_LENGTH},
                {"POST", "/api/ledger/proposals", "{\"text\":%s}", "$.text", "" + Limits.LONGEST_TEXT},
                {"POST", "/api/ledger/agreements", agreementStart + "\"name\":%s}", "$.name", "" + Limits.TITLE_LENGTH},
                {"POST", "/api/ledger/transfers", "{" + dated + "\"kind\":\"REPATRIATION\",\"place\":%s}", "$.place", "" + Limits.TITLE_LENGTH},
                {"POST", "/api/ledger/offers", "{" + dated + "\"description\":%s}", "$.description", "" + Limits.NOTE_LENGTH},
                {"PUT", "/api/ledger/offers/" + offer + "/response", "{\"status\":\"AWAITING\",\"response\":%s}", "$.response",
                        "" + Limits.NOTE_LENGTH},
        };
        for (String[] c : cases) {
            String body = c[2].formatted("\"" + "x".repeat(Integer.parseInt(c[4]) + 1) + "\"");
            var request = (c[0].equals("PUT") ? put(c[1]) : post(c[1])).with(COORDINATOR).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content(body);
            mvc.perform(request)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].path").value(org.hamcrest.Matchers.hasItem(c[3])));
        }
    }

    @Test
    void a_confirmation_whose_rows_are_not_rows_comes_back_to_the_review_refused() throws Exception {
        mvc.perform(post("/ledger/proposals/confirm").with(COORDINATOR).with(csrf())
                        .param("publisher", "Test wire").param("sourceKind", "INDEPENDENT_MEDIA").param("rows", "1"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void every_page_renders_the_demo_data() throws Exception {
        String lastPhase = LedgerDemoData.id("transfer/istanbul/phase-5/ru-ua").toString();
        String batch = LedgerDemoData.id("transfer/2024-563/ru-ua").toString();
        String[] pages = {"/ledger", "/ledger/transfers/" + lastPhase, "/ledger/transfers/" + batch,
                "/ledger/agreements/" + LedgerDemoData.id("agreement/istanbul-2025"), "/ledger/sources",
                "/ledger/sources/" + LedgerDemoData.id("source/001"), "/ledger/claims/" + LedgerDemoData.claimId("004/1248"),
                "/ledger/proposals", "/ledger/transfers/new", "/ledger/agreements/new"};
        for (String page : pages) {
            mvc.perform(get(page).with(COORDINATOR).accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
        }
        mvc.perform(get("/ledger/transfers/" + batch).with(COORDINATOR).accept(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("The parts do not add up: they come to 474 of 563; 89 are not accounted for.")))
                .andExpect(content().string(containsString("The parts add up to the whole (563).")));
        String statistics = mvc.perform(get("/statistics").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(statistics).contains("1,245–1,248", "6,057", "6,060", "2,239", "≥ 46,000", "≥ 135,000", "Homeward design notes",
                "DnewsInfo", "ViralWar");
        mvc.perform(post("/ledger/proposals").with(COORDINATOR).with(csrf())
                        .param("publisher", "EWN").param("sourceKind", "INDEPENDENT_MEDIA")
                        .param("text", "While Russia’s defense ministry reported a slightly different number — claiming 1,248 bodies had been returned in the final transfer — the discrepancy of three was not officially addressed by either side."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 figures found.")));
    }

    /** Posts an entry to add; 201 with the entry, whose address is the collection's followed by its id. */
    private String postJson(String path, String json) throws Exception {
        var response = mvc.perform(post(path).with(COORDINATOR).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated())
                .andReturn().getResponse();
        String body = response.getContentAsString();
        String id = JsonPath.read(body, body.contains("\"claim\"") ? "$.claim.id" : "$.id");
        assertThat(response.getHeader("Location")).endsWith(path + "/" + id);
        return body;
    }

    private void claim(String statement, String party, String subject, long value) throws Exception {
        postJson("/api/ledger/claims", "{\"statement\":\"" + statement + "\",\"party\":\"" + party + "\",\"subject\":" + subject
                + ",\"unit\":\"BODIES\",\"figure\":{\"qualifier\":\"EXACT\",\"best\":" + value + "}}");
    }

    private static String id(String json) {
        return JsonPath.read(json, "$.id");
    }

    private static java.util.List<org.springframework.security.core.GrantedAuthority> authorities(String... names) {
        return java.util.Arrays.stream(names).<org.springframework.security.core.GrantedAuthority>map(
                org.springframework.security.core.authority.SimpleGrantedAuthority::new).toList();
    }

}
