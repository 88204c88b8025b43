package org.homeward.app.frequencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.JsonPath;

import org.homeward.app.identification.Identification;
import org.homeward.app.security.SystemTasks;
import org.homeward.app.testing.BackgroundJobs;
import org.homeward.formats.familias.FamDatabase;
import org.homeward.formats.familias.FamFile;
import org.homeward.formats.familias.FamLocus;
import org.homeward.formats.familias.FamMutation;
import org.homeward.formats.familias.FamiliasWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A laboratory's own frequency databases: uploaded in each format through the page and the API,
 * kept as versions with the policy's warnings, refused whole with every problem at its line and
 * field, chosen for identification (which queues a screening of everything anew, in the choice's
 * transaction), and named by every run made with it. Uploads are background jobs, followed as a client does.
 */
@SpringBootTest(properties = "homeward.identification.screen-on-change=true")
class FrequencyDatabasesTest {

    /** D3S1358 sums to 1, vWA to 0.99 (normalised), TH01 has an allele below the minimum (raised, then normalised). */
    static final String GOOD_CSV = """
            marker,allele,frequency
            D3S1358,14,0.5
            D3S1358,15,0.3
            D3S1358,16,0.2
            vWA,16,0.5
            vWA,17,0.49
            TH01,6,0.0005
            TH01,7,0.9995
            """;

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Identification identification;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private static RequestPostProcessor analyst() {
        return user("freq-analyst").authorities(new SimpleGrantedAuthority("FREQUENCIES_MANAGE"),
                new SimpleGrantedAuthority("IDENTIFICATION_REVIEW"), new SimpleGrantedAuthority("IDENTIFICATION_RUN"));
    }

    private static MockMultipartFile file(String name, String text) {
        return new MockMultipartFile("file", name, "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    /** The upload's job once finished: 202 and its address, followed as a client does. */
    private JsonNode uploaded(String name, String fileName, String text, boolean use) throws Exception {
        String job = mvc.perform(multipart("/api/identification/frequencies").file(file(fileName, text)).param("name", name)
                        .param("use", Boolean.toString(use)).with(analyst()).with(csrf()))
                .andExpect(status().isAccepted()).andExpect(header().string("Location", startsWith("/api/jobs/")))
                .andReturn().getResponse().getHeader("Location");
        return BackgroundJobs.awaitFinished(mvc, job, analyst());
    }

    /** What a succeeded upload kept, as JSON. */
    private String upload(String name, String fileName, String text, boolean use) throws Exception {
        JsonNode done = uploaded(name, fileName, text, use);
        assertThat(done.path("status").asText()).isEqualTo("SUCCEEDED");
        return done.path("result").toString();
    }

    private long kept() {
        return jdbc.sql("SELECT count(*) FROM frequency_database").query(Long.class).single();
    }

    @Test
    void a_csv_database_is_kept_as_the_next_version_of_its_name_with_the_policy_applied() throws Exception {
        String first = upload("Lab West", "west.csv", GOOD_CSV, false);
        assertThat((Integer) JsonPath.read(first, "$.database.version")).isEqualTo(1);
        assertThat((List<String>) JsonPath.read(first, "$.warnings")).anySatisfy(w -> assertThat(w).startsWith("vWA: the frequencies sum to 0.99"))
                .anySatisfy(w -> assertThat(w).isEqualTo("TH01: alleles 6 raised to the minimum allele frequency 0.001"));
        assertThat((String) JsonPath.read(first, "$.database.checksum")).hasSize(64);
        assertThat((Boolean) JsonPath.read(first, "$.database.chosen")).isFalse();
        int id = JsonPath.read(first, "$.database.id");
        Map<String, Double> vwa = jdbc.sql("SELECT allele, frequency FROM frequency_database_allele WHERE database_id = ? AND marker = 'vWA'")
                .param(id).query((row, n) -> Map.entry(row.getString(1), row.getDouble(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(vwa.get("16")).isEqualTo(0.5 / 0.99, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(vwa.values().stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(1, org.assertj.core.data.Offset.offset(1e-12));

        String second = upload("Lab West", "west-2.csv", GOOD_CSV, false);
        assertThat((Integer) JsonPath.read(second, "$.database.version")).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'frequencies.uploaded' AND actor = 'freq-analyst'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_file_with_any_error_is_refused_whole_naming_the_line_and_the_field() throws Exception {
        long before = kept();
        JsonNode broken = uploaded("Broken", "broken.csv", """
                        marker,allele,frequency
                        D3S1358,14,0.5
                        D3S1358,15,zero point five
                        D3S1358,14,0.25
                        """, false);
        assertThat(broken.path("status").asText()).isEqualTo("FAILED");
        assertThat(broken.path("problems").findValuesAsText("path")).contains("file[line 3].frequency", "file[line 4].allele");
        JsonNode missing = uploaded("Short", "short.csv", """
                        marker,allele,frequency
                        D3S1358,14,0.5
                        D3S1358,15,0.3
                        vWA,16,1
                        """, false);
        assertThat(missing.path("problems").get(0).path("path").asText()).isEqualTo("file[line 2].D3S1358");
        assertThat(missing.path("problems").get(0).path("message").asText()).contains("alleles are missing");
        JsonNode notes = uploaded("Notes", "notes.txt", "just some notes\n", false);
        assertThat(notes.path("status").asText()).isEqualTo("FAILED");
        assertThat(notes.path("problems").get(0).path("message").asText()).contains("not a frequency database");
        assertThat(kept()).as("nothing of a refused file is kept").isEqualTo(before);
    }

    @Test
    void norstr_and_familias_frequency_files_are_read_too() throws Exception {
        String norstr = upload("Lab norSTR", "lab.txt", "D3S1358\n14\t0.5\n15\t0.5\n\nvWA\n16\t0.25\n17\t0.75\n", false);
        assertThat((Integer) JsonPath.read(norstr, "$.database.markers")).isEqualTo(2);
        FamMutation none = new FamMutation(FamMutation.EQUAL, 0, 0.1, 0);
        String fam = FamiliasWriter.toText(new FamFile("3.3", List.of(), 0, 0, List.of(), List.of(), new FamDatabase("lab", 0,
                List.of(new FamLocus("D3S1358", none, none, Map.of("14", 0.6, "15", 0.4), false, 0, 0, 0, 0))), Optional.empty(), List.of()));
        String familias = upload("Lab Familias", "lab.fam", fam, false);
        assertThat((Integer) JsonPath.read(familias, "$.database.markers")).isEqualTo(1);
        assertThat((List<String>) JsonPath.read(familias, "$.warnings"))
                .anySatisfy(w -> assertThat(w).startsWith("markers of the common kit not in the database").contains("vWA"));
    }

    @Test
    void choosing_a_database_queues_a_full_screening_and_every_run_names_the_database_it_used() throws Exception {
        String body = upload("Lab East", "east.csv", GOOD_CSV, false);
        int id = JsonPath.read(body, "$.database.id");
        String label = "Lab East v1 (SHA-256 " + JsonPath.<String>read(body, "$.database.checksum").substring(0, 12) + ")";
        long queuedBefore = fullScreeningsAsked();

        mvc.perform(post("/api/identification/frequencies/choice").with(analyst()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"database\": " + id + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inUse").value(label));
        assertThat(fullScreeningsAsked()).as("the choice queued a screening of everything, in its transaction").isEqualTo(queuedBefore + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'frequencies.chosen' AND subject = ?")
                .param("frequency-database:" + id).query(Long.class).single()).isEqualTo(1);

        long run = SystemTasks.callAs("freq-analyst", identification::runAll).id();
        assertThat(jdbc.sql("SELECT frequency_database FROM identification_run_model WHERE run_id = ?").param(run).query(String.class).single())
                .isEqualTo(label);

        mvc.perform(post("/api/identification/frequencies/choice").with(analyst()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"database\": null}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inUse").value(FrequenciesInUse.BUNDLED_LABEL));
        long bundled = SystemTasks.callAs("freq-analyst", identification::runAll).id();
        assertThat(jdbc.sql("SELECT frequency_database FROM identification_run_model WHERE run_id = ?").param(bundled).query(String.class)
                .single()).isEqualTo(FrequenciesInUse.BUNDLED_LABEL);
    }

    private long fullScreeningsAsked() {
        return jdbc.sql("SELECT count(*) FROM background_job WHERE kind = 'identification.screening' AND parameters = 'full' "
                + "AND started_by = ?").param(SystemTasks.SCREENING).query(Long.class).single();
    }

    @Test
    void the_page_lists_the_databases_keeps_an_upload_and_shows_a_refusal_line_by_line() throws Exception {
        mvc.perform(get("/identification/frequencies").with(analyst()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"in-use\"")))
                .andExpect(content().string(containsString("norSTR European database v2023")));
        String kept = mvc.perform(multipart("/identification/frequencies").file(file("page.csv", GOOD_CSV)).param("name", "Lab Page")
                        .param("use", "true").with(analyst()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(kept).matches("/jobs/[0-9a-f-]{36}");
        BackgroundJobs.awaitFinished(mvc, "/api" + kept, analyst());
        mvc.perform(get(kept).with(analyst())).andExpect(content().string(containsString("id=\"uploaded\"")));
        mvc.perform(get("/identification/frequencies").with(analyst()))
                .andExpect(content().string(containsString("Lab Page v1 (SHA-256")));
        String refused = mvc.perform(multipart("/identification/frequencies").file(file("bad.csv", "marker,allele,frequency\nD3S1358,14,x\n"))
                        .param("name", "Lab Bad").with(analyst()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        BackgroundJobs.awaitFinished(mvc, "/api" + refused, analyst());
        mvc.perform(get(refused).with(analyst()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The file bad.csv was refused; nothing was imported.")))
                .andExpect(content().string(containsString("file[line 2].frequency")));
        mvc.perform(multipart("/identification/frequencies").file(file("page.csv", GOOD_CSV)).param("name", " ")
                        .with(analyst()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\"")));
        mvc.perform(post("/identification/frequencies/choice").with(analyst()).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }
}
