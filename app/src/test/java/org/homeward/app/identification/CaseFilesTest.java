package org.homeward.app.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.app.demo.RegistryDemoFamilies;
import org.homeward.app.genetics.MarkerAlleles;
import org.homeward.app.security.SystemTasks;
import org.homeward.formats.Remains;
import org.homeward.formats.RemainsSample;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.common.TextFile;
import org.homeward.formats.familias.DviCase;
import org.homeward.formats.familias.FamiliasKinship;
import org.homeward.formats.familias.FamiliasReader;
import org.homeward.kinship.Chromosome;
import org.homeward.kinship.Hypothesis;
import org.homeward.kinship.InheritanceUnit;
import org.homeward.kinship.Observation;
import org.homeward.kinship.Profile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * A candidate's case leaves as lab files: the Familias file, read back with the project's Familias
 * reader, gives the kinship engine the candidate's LR; the CMF file, read back with the project's
 * CMF reader, gives the same profiles; both name people by sample codes and pedigree ids, never by
 * name, and both downloads are audited.
 */
@SpringBootTest(properties = {"homeward.identification.screen-on-change=false", "homeward.test.purpose=lab-files"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseFilesTest extends IdentificationCases {






    @Autowired
    CaseFiles files;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.homeward.app.security.UserAccounts accounts;


    RegistryDemoFamilies.Truth truth;
    CandidateMatch candidate;

    @BeforeAll
    void registerAFamilyTypeItsRemainsAndRun() {
        candidate = SystemTasks.callAs("lab", () -> {
            truth = RegistryDemoFamilies.register(missingPersons, families, samples,
                    RegistryDemoFamilies.simulator(0.001, 0.002, 20251205), "LF", 2, false).get(1);
            List<MarkerAlleles> markers = new ArrayList<>();
            truth.profile().genotypes().forEach((m, pair) -> markers.add(new MarkerAlleles(m, pair.first(), pair.second())));
            genetics.storeRemainsProfile("LF-R-1", markers);
            Run run = identification.runAll();
            return identification.candidatesOfRun(new RunId(run.id())).stream()
                    .filter(c -> c.missingPersonId().equals(truth.missingPersonId())).findFirst().orElseThrow();
        });
    }

    @Test
    void the_familias_file_read_back_gives_the_candidates_lr() {
        byte[] fam = SystemTasks.callAs("analyst", () -> files.familias(new CandidateId(candidate.id()))).content();
        DviCase read = FamiliasKinship.dviCase(FamiliasReader.parse(TextFile.decode("case.fam", fam), Strictness.STRICT).value(), "case.fam",
                Strictness.STRICT).value();
        assertThat(read.victims()).singleElement().satisfies(v -> assertThat(v.profile().id()).isEqualTo("LF-R-1"));
        DviCase.Family family = read.families().get(0);
        List<InheritanceUnit> units = read.markers().stream().map(m -> InheritanceUnit.of(m, Chromosome.AUTOSOMAL)).toList();
        Map<String, Map<String, Observation>> refs = new LinkedHashMap<>();
        family.references().forEach((person, profile) -> refs.put(person, observations(profile)));
        double lr = Hypothesis.of(family.pedigree()).missingPersonLr(family.missingPersons().get(0), units, refs,
                observations(read.victims().get(0).profile()), 0).log10Lr();
        assertThat(lr).isCloseTo(candidate.log10Lr(), within(1e-9 * Math.abs(candidate.log10Lr())));
        assertNoName(new String(fam, StandardCharsets.UTF_8));
    }

    @Test
    void the_cmf_file_read_back_gives_the_same_profiles_under_sample_codes() {
        byte[] cmf = SystemTasks.callAs("analyst", () -> files.cmf(new CandidateId(candidate.id()))).content();
        List<RemainsSample> read = Remains.load("case.cmf.xml", cmf, Strictness.STRICT).value();
        RemainsSample remains = read.stream().filter(s -> s.profile().id().equals("LF-R-1")).findFirst().orElseThrow();
        assertThat(remains.profile().genotypes()).isEqualTo(truth.profile().genotypes());
        Map<String, String> references = identificationReferences();
        assertThat(read).extracting(s -> s.profile().id()).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(java.util.stream.Stream.of("LF-R-1"), references.values().stream()).toList());
        assertNoName(new String(cmf, StandardCharsets.UTF_8));
    }

    @Test
    void the_downloads_need_data_export_and_are_audited() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var exporter = user("lab-exporter").authorities(new SimpleGrantedAuthority("IDENTIFICATION_REVIEW"),
                new SimpleGrantedAuthority("DATA_EXPORT"), new SimpleGrantedAuthority("PROFILES_READ"),
                new SimpleGrantedAuthority("GENETIC_LINK_READ"));
        mvc.perform(get("/identification/candidates/{id}/case.fam", candidate.id()).with(exporter))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"candidate-" + candidate.id() + ".fam\""))
                .andExpect(content().string(org.hamcrest.Matchers.startsWith(FamiliasReader.SIGNATURE)));
        mvc.perform(get("/identification/candidates/{id}/profiles.cmf", candidate.id()).with(exporter))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/xml"));
        org.homeward.app.security.UserAccount analyst = org.homeward.app.security.SecurityTestSupport.newUser(accounts, "lab-files",
                org.homeward.app.security.Role.FORENSIC_ANALYST);
        mvc.perform(get("/identification/candidates/{id}", candidate.id())
                        .with(org.homeward.app.security.SecurityTestSupport.signedInAs(analyst)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"familias-file\"")));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'identification.lab-file-exported' AND actor = 'lab-exporter'")
                .query(Long.class).single()).isEqualTo(2);
        mvc.perform(get("/identification/candidates/{id}/case.fam", candidate.id()).with(user("unlinked-exporter").authorities(
                        new SimpleGrantedAuthority("IDENTIFICATION_REVIEW"), new SimpleGrantedAuthority("DATA_EXPORT"),
                        new SimpleGrantedAuthority("PROFILES_READ"))))
                .andExpect(status().isConflict());
        mvc.perform(get("/identification/candidates/{id}/case.fam", candidate.id())
                        .with(user("reviewer-only").authorities(new SimpleGrantedAuthority("IDENTIFICATION_REVIEW"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_candidate_page_draws_the_pedigree_beside_the_genotypes_naming_people_only_for_registry_readers() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String name = SystemTasks.callAs("lab", () -> missingPersons.findMissingPerson(truth.missingPersonId()).orElseThrow().name());
        String coded = mvc.perform(get("/identification/candidates/{id}", candidate.id())
                        .with(user("coded-reviewer").authorities(new SimpleGrantedAuthority("IDENTIFICATION_REVIEW"),
                                new SimpleGrantedAuthority("PROFILES_READ")))
                        .header("Accept-Language", "uk"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String drawing = coded.substring(coded.indexOf("id=\"pedigree-drawing\""), coded.indexOf("</svg>"));
        assertThat(drawing).contains("<svg").contains("data-id=\"" + truth.missingPersonId() + "\"").contains("зникла безвісти особа")
                .doesNotContain(name);
        assertThat(coded.indexOf("id=\"pedigree-drawing\"")).as("beside the genotype table, in one row").isLessThan(coded.indexOf("<table>",
                coded.indexOf("id=\"markers\"")));
        String named = mvc.perform(get("/identification/candidates/{id}", candidate.id())
                        .with(user("registry-reviewer").authorities(new SimpleGrantedAuthority("IDENTIFICATION_REVIEW"),
                                new SimpleGrantedAuthority("PROFILES_READ"), new SimpleGrantedAuthority("MISSING_READ"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(named.substring(named.indexOf("id=\"pedigree-drawing\""), named.indexOf("</svg>"))).contains(name);
    }

    private Map<String, String> identificationReferences() {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.sql("SELECT pedigree_id, sample_code FROM identification_candidate_reference WHERE candidate_id = ?").param(candidate.id())
                .query((row, n) -> out.put(row.getString(1), row.getString(2))).list();
        return out;
    }

    /** Neither the missing person's name nor any relative's appears; only codes. */
    private void assertNoName(String text) {
        String name = SystemTasks.callAs("lab", () -> missingPersons.findMissingPerson(truth.missingPersonId()).orElseThrow().name());
        assertThat(text).contains(candidate.sampleCode()).doesNotContain(name);
    }

    private static Map<String, Observation> observations(Profile p) {
        Map<String, Observation> out = new LinkedHashMap<>();
        p.genotypes().forEach((marker, pair) -> out.put(marker, Observation.pair(pair)));
        return out;
    }
}
