package org.homeward.app.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.homeward.app.demo.RegistryDemoFamilies;
import org.homeward.app.genetics.GeneticData;
import org.homeward.app.genetics.ImportRejectedException;
import org.homeward.app.genetics.LabImport;
import org.homeward.app.genetics.Lineage;
import org.homeward.app.genetics.LineagePanel;
import org.homeward.app.genetics.LineageProfile;
import org.homeward.app.genetics.LineageProfiles;
import org.homeward.app.genetics.ConsentScope;
import org.homeward.app.genetics.RowProblem;
import org.homeward.app.registry.Families;
import org.homeward.app.registry.MissingPersons;
import org.homeward.app.registry.NewMissingPerson;
import org.homeward.app.registry.NewReferenceSample;
import org.homeward.app.registry.NewRelative;
import org.homeward.app.registry.ReferenceSamples;
import org.homeward.app.remains.RemainsLab;
import org.homeward.app.security.Permission;
import org.homeward.app.security.SystemTasks;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.lineage.MtDnaFiles;
import org.homeward.formats.lineage.YStrFiles;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.AllelePair;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;
import org.homeward.kinship.lineage.DiscreteLaplace;
import org.homeward.kinship.lineage.FrequencyMethod;
import org.homeward.kinship.lineage.MtComparison;
import org.homeward.kinship.lineage.MtHaplotype;
import org.homeward.kinship.lineage.MtHaplotypeDatabase;
import org.homeward.kinship.lineage.MtLineageEvidence;
import org.homeward.kinship.lineage.MtRegion;
import org.homeward.kinship.lineage.YHaplotype;
import org.homeward.kinship.lineage.YHaplotypeDatabase;
import org.homeward.kinship.lineage.YLineage;
import org.homeward.kinship.lineage.YLineageLr;
import org.homeward.kinship.sim.Simulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Y-STR and mtDNA through the application: haplotype databases uploaded and chosen, lineage profiles
 * imported through the lab-file door, a run, and candidates whose lineage LRs are the library's. A
 * family typed only at lineage markers (a paternal uncle for Y, a maternal aunt for mtDNA) is found.
 */
@SpringBootTest(properties = {"homeward.identification.screen-on-change=false", "homeward.identification.watch-interval=1h"})
@DirtiesContext // its own database
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LineageIdentificationTest {

    static final String RESOURCES = "/org/homeward/formats/lineage/";
    static final MtRegion REGION = MtRegion.parse("HVS-I+HVS-II");
    static final String HEADER = "sample,DYS19,DYS385,DYS389I,DYS389II,DYS390,DYS391,DYS392,DYS393,DYS437,DYS438,DYS439,DYS448,DYS456,DYS458,DYS635,Y-GATA-H4\n";
    /** SIMY0009 (7 men in the simulated database) and SIMY0012 (5). */
    static final String UNCLE_Y = "12,11/16,13,28,22,9,12,13,15,14,12,21,16,19,25,12";
    /** SIMMT0014 (7 persons) and SIMMT0009 (1). */
    static final String AUNT_MT = "150T 263G 295T 315.1C 16189C 16224C";
    static final String MOTHER_MT = "150T 263G 295T 315.1C";

    @Autowired MissingPersons missingPersons;
    @Autowired Families families;
    @Autowired ReferenceSamples samples;
    @Autowired GeneticData genetics;
    @Autowired LineageProfiles lineageProfiles;
    @Autowired HaplotypeDatabases databases;
    @Autowired Identification identification;
    @Autowired ScreeningEngine engine;
    @Autowired RemainsLab remainsLab;
    @Autowired IdentificationReports reports;
    @Autowired WebApplicationContext context;
    @Autowired MessageSource messages;

    HaplotypeDatabase yDatabase;
    HaplotypeDatabase mtDatabase;
    String lineageOnlyMissing;
    RegistryDemoFamilies.Truth truth;
    String motherCode;
    Run run;

    @BeforeAll
    void uploadDatabasesImportProfilesAndRun() {
        SystemTasks.callAs("lab", () -> {
            yDatabase = databases.choose(databases.upload(Lineage.Y_STR, "simulated-ystr-database-v1.csv",
                    resource("simulated-ystr-database-v1.csv")).id());
            mtDatabase = databases.choose(databases.upload(Lineage.MTDNA, "simulated-mtdna-database-v1.csv",
                    resource("simulated-mtdna-database-v1.csv")).id());
            // family A: only a paternal uncle (Y) and a maternal aunt (mtDNA) typed, no autosomal reference
            MissingPersons.Report report = missingPersons.reportMissing(new NewMissingPerson(null, "Lineage", "Only", null, null,
                    Sex.MALE, null, null, null, null, null, null), null);
            lineageOnlyMissing = report.missingPerson().id();
            long familyId = report.missingPerson().familyId();
            String uncle = families.addRelative(familyId, new NewRelative("Uncle Lineage", null, Sex.MALE, "paternal uncle",
                    lineageOnlyMissing, false, true, null)).id();
            String aunt = families.addRelative(familyId, new NewRelative("Aunt Lineage", null, Sex.FEMALE, "maternal aunt",
                    lineageOnlyMissing, false, true, null)).id();
            samples.recordReferenceSample(uncle, new NewReferenceSample("LA-REF-U", null, ConsentScope.IDENTIFICATION_ONLY, null));
            samples.recordReferenceSample(aunt, new NewReferenceSample("LA-REF-T", null, ConsentScope.IDENTIFICATION_ONLY, null));
            LabImport y = samples.attachLineageResults("uncle-y.csv", bytes(HEADER + "LA-REF-U," + UNCLE_Y + "\n"), Strictness.STRICT, Lineage.Y_STR, null);
            assertThat(y.stored()).containsExactly("LA-REF-U");
            samples.attachLineageResults("aunt-mt.csv", bytes("sample,region,variants\nLA-REF-T,HVS-I+HVS-II," + AUNT_MT + "\n"),
                    Strictness.STRICT, Lineage.MTDNA, REGION);
            // family B: the demo's first configuration (both parents typed autosomally); the mother also typed for mtDNA
            Simulator simulator = RegistryDemoFamilies.simulator(0.001, 0.002, 20251205);
            truth = RegistryDemoFamilies.register(missingPersons, families, samples, simulator, "LB", 1, false).get(0);
            ReferenceFamilySource.Family familyB = familyOf(truth.missingPersonId());
            Pedigree pedigree = familyB.pedigree();
            String mpB = missing(familyB, truth.missingPersonId());
            motherCode = familyB.referenceSamples().get(pedigree.id(pedigree.mother(pedigree.require(mpB))));
            samples.attachLineageResults("mother-mt.csv", bytes("sample,region,variants\n" + motherCode + ",HVS-I+HVS-II," + MOTHER_MT + "\n"),
                    Strictness.STRICT, Lineage.MTDNA, REGION);
            // the remains: A's (an unrelated autosomal profile, typed for Y and mtDNA) and B's (its truth, typed for mtDNA)
            genetics.storeRemainsProfile("LA-R-1", SimulatedCases.alleles(withoutAmelogenin(simulator.unrelated("LA-R-1"))));
            lineageProfiles.storeRemainsProfile(LineageProfile.of("LA-R-1", y(UNCLE_Y)), "test");
            lineageProfiles.storeRemainsProfile(LineageProfile.of("LA-R-1", MtHaplotype.parse(REGION, AUNT_MT)), "test");
            genetics.storeRemainsProfile("LB-R-1", SimulatedCases.alleles(new Profile("LB-R-1", truth.profile().genotypes())));
            lineageProfiles.storeRemainsProfile(LineageProfile.of("LB-R-1", MtHaplotype.parse(REGION, MOTHER_MT)), "test");
            run = identification.runAll();
            return null;
        });
    }

    @Test
    void a_family_typed_only_at_lineage_markers_is_found_with_the_librarys_y_and_mtdna_lrs() {
        CandidateMatch found = candidate(run, "LA-R-1", lineageOnlyMissing).orElseThrow();
        CandidateLineage parts = detail(found).lineage();
        YLineageLr expectedY = new YLineage(LineagePanel.Y).lr(y(UNCLE_Y), y(UNCLE_Y), 3, yDatabaseContent());
        MtLineageEvidence expectedMt = MtLineageEvidence.of(MtHaplotype.parse(REGION, AUNT_MT), MtHaplotype.parse(REGION, AUNT_MT),
                mtDatabaseContent());
        assertThat(parts.autosomalTyped()).isFalse();
        assertThat(parts.y().orElseThrow().lr().meioses()).as("paternal uncle").isEqualTo(3);
        assertThat(parts.y().orElseThrow().lr().lr()).isCloseTo(expectedY.lr(), within(1e-9 * expectedY.lr()));
        assertThat(parts.y().orElseThrow().lr().count().matches()).isEqualTo(7);
        assertThat(parts.y().orElseThrow().database()).isEqualTo(yDatabase.label()).contains("SIMULATED");
        assertThat(parts.mt().orElseThrow().verdict()).isEqualTo(MtComparison.Verdict.CANNOT_EXCLUDE);
        double mtLr = expectedMt.statistic().orElseThrow().lr();
        assertThat(parts.mt().orElseThrow().lr().orElseThrow()).isCloseTo(mtLr, within(1e-9 * mtLr));
        assertThat(parts.mt().orElseThrow().evidence().statistic().orElseThrow().conservativeLr())
                .isCloseTo(expectedMt.statistic().orElseThrow().conservativeLr(), within(1e-9 * mtLr));
        assertThat(found.log10Lr()).as("combined = Y × mtDNA, no autosomal evidence")
                .isCloseTo(Math.log10(expectedY.lr() * mtLr), within(1e-9));
    }

    @Test
    void an_autosomal_candidate_combines_its_lr_with_the_mothers_mtdna_lr() {
        CandidateMatch found = candidate(run, "LB-R-1", truth.missingPersonId()).orElseThrow();
        CandidateLineage parts = detail(found).lineage();
        assertThat(parts.autosomalTyped()).isTrue();
        assertThat(parts.y()).isEmpty();
        MtHaplotype mother = MtHaplotype.parse(REGION, MOTHER_MT);
        double expected = MtLineageEvidence.of(mother, mother, mtDatabaseContent()).statistic().orElseThrow().lr();
        assertThat(expected).as("(x + 1) / (N + 1) with x = 1, N = 500").isCloseTo(501 / 2.0, within(1e-9));
        assertThat(parts.mt().orElseThrow().lr().orElseThrow()).isCloseTo(expected, within(1e-9 * expected));
        assertThat(parts.autosomalLog10Lr()).as("the screened autosomal LR").isGreaterThan(2);
        assertThat(found.log10Lr()).isCloseTo(parts.autosomalLog10Lr() + Math.log10(expected), within(1e-9));
    }

    @Test
    void an_autosomal_pair_below_the_threshold_is_proposed_when_its_lineage_lr_lifts_it() {
        CandidateDetail full = detail(candidate(run, "LB-R-1", truth.missingPersonId()).orElseThrow());
        // markers of the truth whose autosomal LR stays below min-lr (100) but, times the mother's mtDNA LR (250.5), reaches it
        Map<String, AllelePair> typed = new java.util.LinkedHashMap<>();
        double autosomal = 0;
        for (CandidateDetail.MarkerRow row : full.markers()) {
            if (autosomal <= 0.3 && row.log10Lr() != null && row.log10Lr() > 0 && autosomal + row.log10Lr() < 1.8) {
                typed.put(row.marker(), truth.profile().genotypes().get(row.marker()));
                autosomal += row.log10Lr();
            }
        }
        assertThat(autosomal).as("the chosen markers' autosomal log10 LR").isBetween(0.3, 1.8);
        Map<String, AllelePair> markers = typed;
        Run lifted = SystemTasks.callAs("lab", () -> {
            genetics.storeRemainsProfile("LB-R-2", SimulatedCases.alleles(new Profile("LB-R-2", markers)));
            lineageProfiles.storeRemainsProfile(LineageProfile.of("LB-R-2", MtHaplotype.parse(REGION, MOTHER_MT)), "test");
            // the same weak autosomal evidence, but two mtDNA differences from the mother: excluded on the maternal line
            genetics.storeRemainsProfile("LB-R-3", SimulatedCases.alleles(new Profile("LB-R-3", markers)));
            lineageProfiles.storeRemainsProfile(LineageProfile.of("LB-R-3", MtHaplotype.parse(REGION, AUNT_MT)), "test");
            return identification.runAll();
        });
        CandidateMatch found = candidate(lifted, "LB-R-2", truth.missingPersonId()).orElseThrow();
        CandidateLineage parts = detail(found).lineage();
        MtHaplotype mother = MtHaplotype.parse(REGION, MOTHER_MT);
        double mtLr = MtLineageEvidence.of(mother, mother, mtDatabaseContent()).statistic().orElseThrow().lr();
        assertThat(parts.autosomalTyped()).isTrue();
        assertThat(parts.autosomalLog10Lr()).as("the screened autosomal LR, below min-lr").isCloseTo(autosomal, within(1e-9)).isLessThan(2);
        assertThat(found.log10Lr()).as("autosomal × mtDNA reaches min-lr").isCloseTo(autosomal + Math.log10(mtLr), within(1e-9))
                .isGreaterThanOrEqualTo(2);
        assertThat(candidate(lifted, "LB-R-3", truth.missingPersonId())).as("an mtDNA exclusion lifts nothing").isEmpty();
    }

    @Test
    void incremental_runs_without_a_lineage_change_add_no_lineage_candidates_again_and_count_what_they_add() {
        Simulator simulator = RegistryDemoFamilies.simulator(0.001, 0.002, 20260101);
        List<Run> runs = SystemTasks.callAs("lab", () -> java.util.stream.IntStream.rangeClosed(1, 3).mapToObj(i -> {
            genetics.storeRemainsProfile("LA-X-" + i, SimulatedCases.alleles(withoutAmelogenin(simulator.unrelated("LA-X-" + i))));
            return identification.screenChanges().orElseThrow();
        }).toList());
        for (Run incremental : runs.subList(1, 3)) {
            assertThat(incremental.kind()).isEqualTo(RunKind.INCREMENTAL);
            List<CandidateMatch> added = SystemTasks.callAs("lab", () -> identification.candidatesOfRun(new RunId(incremental.id())));
            assertThat(added).as("only the new remains' pairs").allSatisfy(c -> assertThat(c.sampleCode()).startsWith("LA-X-"));
            assertThat(candidate(incremental, "LA-R-1", lineageOnlyMissing)).as("the lineage-only candidate is not added again").isEmpty();
            assertThat(incremental.candidates()).isEqualTo(added.size());
        }
        assertThat(candidate(run, "LA-R-1", lineageOnlyMissing)).isPresent();
    }

    @Test
    void the_candidate_page_and_the_report_state_each_part_its_model_and_its_database() throws Exception {
        CandidateMatch found = candidate(run, "LA-R-1", lineageOnlyMissing).orElseThrow();
        assertThat(candidatePage(found)).contains("id=\"lineage-y\"").contains("paternal-line relative").contains("3 meioses apart")
                .contains("seen 7 times among 500 men").contains("cannot exclude: maternal-line relative")
                .contains("no autosomal typing on both sides").contains("Clopper–Pearson").contains(yDatabase.label());
        Decision proposal = SystemTasks.callAs("alice", () -> identification.propose(new CandidateId(found.id()), "consistent"));
        Decision confirmed = SystemTasks.callAs("bob", () -> identification.confirm(new DecisionId(proposal.id()), "agreed"));
        String text = IdentificationTest.reportText(reports, confirmed, Locale.ENGLISH).replaceAll("\\s+", " ");
        assertThat(text).contains("Y-STR lineage model").contains("two-step share s = 0.05").contains("mtDNA lineage model")
                .contains("Clopper–Pearson").contains("Combined LR").contains("independent given each hypothesis")
                .contains("SIMULATED illustrative Y-STR database").contains("Illustrative 16-locus Y-STR panel");
        assertThat(IdentificationTest.reportText(reports, confirmed, Locale.forLanguageTag("uk"))).contains("Модель лінії за Y-STR");
    }

    @Test
    void a_withdrawn_consent_takes_the_relatives_lineage_profile_out_of_reads_and_matching() {
        SystemTasks.callAs("lab", () -> {
            assertThat(lineageProfiles.profiles(List.of(motherCode))).extracting(LineageProfile::lineage).containsExactly(Lineage.MTDNA);
            samples.withdrawConsent(motherCode, "the donor asked to withdraw");
            assertThat(lineageProfiles.profiles(List.of(motherCode))).isEmpty();
            assertThat(lineageProfiles.profilesEligibleForMatching(org.homeward.app.genetics.SampleKind.REFERENCE))
                    .extracting(LineageProfile::sampleCode).doesNotContain(motherCode).contains("LA-REF-U");
            return null;
        });
    }

    @Test
    void a_database_with_a_duplicate_haplotype_or_an_unknown_locus_is_refused_whole_naming_line_and_field() {
        int before = SystemTasks.callAs("lab", () -> databases.all()).size();
        String file = "## database: Broken\n## version: 1\n## simulated: yes\nhaplotype,count,DYS19,DYS385\nH1,2,14,11/14\nH2,1,14,14/11\n";
        List<RowProblem> rows = refusal(() -> SystemTasks.callAs("lab", () -> databases.upload(Lineage.Y_STR, "broken.csv", bytes(file))));
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.row()).isEqualTo(6);
            assertThat(r.column()).isEqualTo("haplotype");
            assertThat(r.message()).contains("line 5");
        });
        String unknown = "## database: Broken\n## version: 2\n## simulated: yes\nhaplotype,count,DYS19,DYS999\nH1,2,14,11\n";
        assertThat(refusal(() -> SystemTasks.callAs("lab", () -> databases.upload(Lineage.Y_STR, "unknown.csv", bytes(unknown))))).anySatisfy(r -> assertThat(r.message()).contains("DYS999"));
        assertThat(SystemTasks.callAs("lab", () -> databases.all())).hasSize(before);
    }

    @Test
    void a_lineage_file_naming_a_sample_the_register_does_not_know_is_refused_whole() {
        assertThatThrownBy(() -> SystemTasks.callAs("lab", () -> remainsLab.importLineageResults("remains-y.csv",
                bytes(HEADER + "NOBODY-1," + UNCLE_Y + "\n"), Strictness.STRICT, Lineage.Y_STR, null)))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.rows())
                        .containsExactly(new RowProblem(0, "sample NOBODY-1", "no sample with this code in the register")));
    }

    @Test
    void the_discrete_laplace_method_chosen_for_the_y_database_gives_the_librarys_lr_recorded_on_the_candidate() throws Exception {
        int clusters = 3;
        HaplotypeDatabase chosen = SystemTasks.callAs("lab", () -> databases.chooseYFrequency(yDatabase.id(),
                YFrequency.of(FrequencyMethod.DISCRETE_LAPLACE, clusters)));
        assertThat(chosen.yFrequency()).isEqualTo(new YFrequency(FrequencyMethod.DISCRETE_LAPLACE, clusters));
        Run laplace = SystemTasks.callAs("lab", () -> identification.runAll());
        CandidateMatch found = candidate(laplace, "LA-R-1", lineageOnlyMissing).orElseThrow();
        CandidateLineage.YPart y = detail(found).lineage().y().orElseThrow();
        YHaplotypeDatabase content = yDatabaseContent();
        YLineageLr expected = new YLineage(LineagePanel.Y).lr(y(UNCLE_Y), y(UNCLE_Y), 3, content, DiscreteLaplace.fit(content, clusters));
        assertThat(y.lr().method()).isEqualTo(FrequencyMethod.DISCRETE_LAPLACE);
        assertThat(y.clusters()).isEqualTo(clusters);
        assertThat(y.lr().frequency()).isCloseTo(expected.frequency(), within(1e-9 * expected.frequency()));
        assertThat(y.lr().lr()).isCloseTo(expected.lr(), within(1e-9 * expected.lr()));
        assertThat(candidatePage(found)).contains("frequency by the discrete Laplace method (3 clusters)");
        assertThat(LineageReportRows.of(detail(found).lineage(), (key, args) -> messages.getMessage(key, args, Locale.ENGLISH),
                Locale.ENGLISH)).anySatisfy(row -> assertThat(row.value()).contains("discrete Laplace method (Andersen, Eriksen and Morling 2013)"));
        SystemTasks.callAs("lab", () -> databases.chooseYFrequency(yDatabase.id(), YFrequency.AUGMENTED_COUNT));
    }

    String candidatePage(CandidateMatch found) throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        RequestPostProcessor analyst = user("lineage-analyst")
                .authorities(Arrays.stream(Permission.values()).map(p -> new SimpleGrantedAuthority(p.name())).toList());
        return mvc.perform(get("/identification/candidates/" + found.id()).with(analyst).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static List<RowProblem> refusal(Runnable upload) {
        try {
            upload.run();
        } catch (ImportRejectedException e) {
            return e.rows();
        }
        throw new AssertionError("not refused");
    }

    Optional<CandidateMatch> candidate(Run of, String sample, String missingPersonId) {
        return SystemTasks.callAs("lab", () -> identification.candidatesOfRun(new RunId(of.id()))).stream()
                .filter(c -> c.sampleCode().equals(sample) && c.missingPersonId().equals(missingPersonId)).findFirst();
    }

    CandidateDetail detail(CandidateMatch c) {
        return SystemTasks.callAs("lab", () -> identification.candidate(new CandidateId(c.id())));
    }

    ReferenceFamilySource.Family familyOf(String missingPersonId) {
        return engine.snapshot().families().values().stream()
                .filter(f -> f.missingPersons().stream().anyMatch(m -> m.missingPersonId().equals(missingPersonId))).findFirst().orElseThrow();
    }

    static String missing(ReferenceFamilySource.Family f, String missingPersonId) {
        return f.missingPersons().stream().filter(m -> m.missingPersonId().equals(missingPersonId)).findFirst().orElseThrow().pedigreeId();
    }

    static YHaplotype y(String row) {
        return YStrFiles.readProfiles("y.csv", bytes(HEADER + "S," + row + "\n"), LineagePanel.Y).get("S");
    }

    static YHaplotypeDatabase yDatabaseContent() {
        return YStrFiles.readDatabase("y.csv", resource("simulated-ystr-database-v1.csv"), LineagePanel.Y);
    }

    static MtHaplotypeDatabase mtDatabaseContent() {
        return MtDnaFiles.readDatabase("mt.csv", resource("simulated-mtdna-database-v1.csv"));
    }

    static Profile withoutAmelogenin(Profile p) {
        Map<String, org.homeward.kinship.AllelePair> genotypes = new java.util.LinkedHashMap<>(p.genotypes());
        genotypes.keySet().removeIf(m -> m.toUpperCase(java.util.Locale.ROOT).startsWith("AMEL"));
        return new Profile(p.id(), genotypes);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] resource(String name) {
        try (InputStream in = YStrFiles.class.getResourceAsStream(RESOURCES + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
