package org.homeward.app.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.app.identification.LineageIdentificationTest.HEADER;
import static org.homeward.app.identification.LineageIdentificationTest.UNCLE_Y;
import static org.homeward.app.identification.LineageIdentificationTest.bytes;
import static org.homeward.app.identification.LineageIdentificationTest.resource;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import org.homeward.app.genetics.ConsentScope;
import org.homeward.app.genetics.Lineage;
import org.homeward.app.genetics.LineageProfile;
import org.homeward.app.genetics.LineageProfiles;
import org.homeward.app.registry.Families;
import org.homeward.app.registry.MissingPersons;
import org.homeward.app.registry.NewMissingPerson;
import org.homeward.app.registry.NewReferenceSample;
import org.homeward.app.registry.NewRelative;
import org.homeward.app.registry.ReferenceSamples;
import org.homeward.app.security.Permission;
import org.homeward.app.security.SystemTasks;
import org.homeward.app.testing.BackgroundJobs;
import org.homeward.kinship.Sex;
import org.homeward.kinship.lineage.FrequencyMethod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The lineage pages: haplotype databases uploaded, listed (paged, by lineage), chosen and given their Y-STR frequency
 * method; Y-STR and mtDNA results imported for reference or remains samples, a refused file listed problem by
 * problem; in English and Ukrainian. The merged API takes the pages' request.
 */
@SpringBootTest(properties = {"homeward.identification.screen-on-change=false", "homeward.identification.watch-interval=1h"})
@DirtiesContext // its own database
class LineagePagesTest {

    static final Locale UK = Locale.forLanguageTag("uk");
    static final String DATABASES = "/identification/haplotype-databases";

    @Autowired WebApplicationContext context;
    @Autowired HaplotypeDatabases databases;
    @Autowired LineageProfiles profiles;
    @Autowired MissingPersons missingPersons;
    @Autowired Families families;
    @Autowired ReferenceSamples samples;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    static RequestPostProcessor analyst() {
        return user("lineage-pages").authorities(Arrays.stream(Permission.values()).map(p -> new SimpleGrantedAuthority(p.name())).toList());
    }

    String page(String url, Locale locale) throws Exception {
        return mvc.perform(get(url).with(analyst()).locale(locale)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void a_database_is_uploaded_listed_chosen_and_given_the_discrete_laplace_method_on_the_page() throws Exception {
        String job = mvc.perform(multipart(DATABASES).file(new MockMultipartFile("file", "y.csv", "text/csv", resource("simulated-ystr-database-v1.csv")))
                        .param("lineage", "Y_STR").with(analyst()).with(csrf()))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        assertThat(BackgroundJobs.awaitFinished(mvc, "/api" + job, analyst()).path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(page(job, Locale.ENGLISH)).contains("id=\"uploaded\"").contains("Kept ");
        HaplotypeDatabase y = SystemTasks.callAs("lab", () -> databases.all()).stream().filter(d -> d.lineage() == Lineage.Y_STR)
                .findFirst().orElseThrow();
        assertThat(page(DATABASES, Locale.ENGLISH)).contains("id=\"database-" + y.id() + "\"").contains(y.name())
                .contains("the augmented count (x + 1)/(N + 1)").contains("Use for identification");
        assertThat(page(DATABASES + "?status=MTDNA", Locale.ENGLISH)).as("filtered by lineage").doesNotContain("id=\"database-" + y.id() + "\"");

        mvc.perform(post(DATABASES + "/" + y.id() + "/choice").with(analyst()).with(csrf())).andExpect(redirectedUrl(DATABASES));
        String refused = mvc.perform(post(DATABASES + "/y-frequency").param("database", Long.toString(y.id()))
                        .param("method", "DISCRETE_LAPLACE").with(analyst()).with(csrf()).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("the discrete Laplace method needs a number of clusters").contains("href=\"#clusters\"");
        mvc.perform(post(DATABASES + "/y-frequency").param("database", Long.toString(y.id())).param("method", "DISCRETE_LAPLACE")
                .param("clusters", "2").with(analyst()).with(csrf())).andExpect(redirectedUrl(DATABASES));

        HaplotypeDatabase chosen = SystemTasks.callAs("lab", () -> databases.all()).stream().filter(d -> d.id() == y.id()).findFirst().orElseThrow();
        assertThat(chosen.chosen()).isTrue();
        assertThat(chosen.yFrequency()).isEqualTo(new YFrequency(FrequencyMethod.DISCRETE_LAPLACE, 2));
        assertThat(page(DATABASES, Locale.ENGLISH)).contains("the discrete Laplace method (2 clusters)").contains("in use");
        assertThat(page(DATABASES, UK)).contains("Бази гаплотипів Y-STR і мтДНК").contains("дискретний метод Лапласа (2 кластери)")
                .contains("використовується");
    }

    @Test
    void a_refused_database_is_listed_problem_by_problem_and_nothing_is_kept() throws Exception {
        String file = "## database: Broken\n## version: 1\n## simulated: yes\nhaplotype,count,DYS19,DYS999\nH1,2,14,11\n";
        String page = mvc.perform(multipart(DATABASES).file(new MockMultipartFile("file", "broken.csv", "text/csv", bytes(file)))
                        .param("lineage", "Y_STR").with(analyst()).with(csrf()).locale(UK))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        JsonNode refused = BackgroundJobs.awaitFinished(mvc, "/api" + page, analyst());
        assertThat(refused.path("status").asText()).isEqualTo("FAILED");
        assertThat(refused.path("problems").findValuesAsText("message")).anySatisfy(message -> assertThat(message).contains("DYS999"));
        assertThat(page(page, UK)).contains("id=\"job-problems\"").contains("Файл broken.csv відхилено").contains("DYS999");
        assertThat(SystemTasks.callAs("lab", () -> databases.all())).noneMatch(d -> d.name().equals("Broken"));
    }

    @Test
    void lineage_results_are_imported_on_the_page_for_reference_samples_and_a_refused_file_is_listed() throws Exception {
        String relative = SystemTasks.callAs("lab", () -> {
            MissingPersons.Report report = missingPersons.reportMissing(new NewMissingPerson(null, "Pages", "Lineage", null, null,
                    Sex.MALE, null, null, null, null, null, null), null);
            String uncle = families.addRelative(report.missingPerson().familyId(), new NewRelative("Uncle Pages", null, Sex.MALE,
                    "paternal uncle", report.missingPerson().id(), false, true, null)).id();
            samples.recordReferenceSample(uncle, new NewReferenceSample("LP-REF-U", null, ConsentScope.IDENTIFICATION_ONLY, null));
            return uncle;
        });
        assertThat(relative).isNotBlank();
        assertThat(page("/identification/lineage-results/references", UK)).contains("Результати Y-STR і мтДНК еталонних зразків");
        String imported = mvc.perform(multipart("/identification/lineage-results/references")
                        .file(new MockMultipartFile("file", "uncle.csv", "text/csv", bytes(HEADER + "LP-REF-U," + UNCLE_Y + "\n")))
                        .param("lineage", "Y_STR").param("strictness", "STRICT").with(analyst()).with(csrf()))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        assertThat(imported).matches("/jobs/[0-9a-f-]{36}");
        JsonNode done = BackgroundJobs.awaitFinished(mvc, "/api" + imported, analyst());
        assertThat(done.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(done.path("kind").asText()).isEqualTo("identification.lineage-results");
        assertThat(done.path("result").path("stored").get(0).asText()).isEqualTo("LP-REF-U");
        assertThat(page(imported, Locale.ENGLISH)).contains("id=\"imported\"").contains("LP-REF-U");
        assertThat(SystemTasks.callAs("lab", () -> profiles.profiles(List.of("LP-REF-U")))).extracting(LineageProfile::lineage)
                .containsExactly(Lineage.Y_STR);

        String refused = mvc.perform(multipart("/identification/lineage-results/remains")
                        .file(new MockMultipartFile("file", "remains.csv", "text/csv", bytes(HEADER + "NOBODY-1," + UNCLE_Y + "\n")))
                        .param("lineage", "Y_STR").with(analyst()).with(csrf()).locale(Locale.ENGLISH))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        assertThat(BackgroundJobs.awaitFinished(mvc, "/api" + refused, analyst()).path("status").asText()).isEqualTo("FAILED");
        assertThat(page(refused, Locale.ENGLISH)).contains("The file remains.csv was refused; nothing was imported.")
                .contains("file[sample NOBODY-1]").contains("no sample with this code in the register");
        String missing = mvc.perform(multipart("/identification/lineage-results/remains").param("lineage", "MTDNA")
                        .param("region", "HVS-I+HVS-II").with(analyst()).with(csrf()).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(missing).contains("choose a Y-STR or mtDNA results file").contains("href=\"#file\"");
    }

    @Test
    void the_merged_api_takes_the_same_request_for_either_side() throws Exception {
        String job = mvc.perform(multipart("/api/remains/lineage-results")
                        .file(new MockMultipartFile("file", "remains.csv", "text/csv", bytes(HEADER + "NOBODY-2," + UNCLE_Y + "\n")))
                        .param("lineage", "Y_STR").with(analyst()).with(csrf()))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.input").value("remains.csv"))
                .andReturn().getResponse().getHeader("Location");
        JsonNode refused = BackgroundJobs.awaitFinished(mvc, job, analyst());
        assertThat(refused.path("status").asText()).isEqualTo("FAILED");
        assertThat(refused.path("problems").get(0).path("path").asText()).isEqualTo("file[sample NOBODY-2]");
        mvc.perform(multipart("/api/registry/lineage-results")
                        .file(new MockMultipartFile("file", "mt.csv", "text/csv", bytes("sample,region,variants\nNOBODY-3,HVS-I+HVS-II,73G\n")))
                        .param("lineage", "MTDNA").param("region", "not a region").with(analyst()).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("region"));
    }
}
