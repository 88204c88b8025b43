package org.homeward.app.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.homeward.app.demo.RegistryDemoFamilies;
import org.homeward.app.genetics.DropoutClass;
import org.homeward.app.genetics.ImportRejectedException;
import org.homeward.app.genetics.MarkerAlleles;
import org.homeward.app.genetics.RowProblem;
import org.homeward.app.genetics.SampleDropoutClasses;
import org.homeward.app.identification.ReferenceFamilySource.Family;
import org.homeward.app.identification.ScreeningOutcome.Snapshot;
import org.homeward.app.security.Permission;
import org.homeward.app.security.SystemTasks;
import org.homeward.kinship.AllelePair;
import org.homeward.kinship.Chromosome;
import org.homeward.kinship.DropoutModel;
import org.homeward.kinship.Hypothesis;
import org.homeward.kinship.InheritanceUnit;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Observation;
import org.homeward.kinship.Profile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * A degraded remains sample (issue 18 item 7): alleles dropped out at several markers exclude the
 * true family when the sample is taken as clean; with the SEVERE dropout class set by an analyst
 * (audited) the run's candidate carries the kinship library's direct pedigree LR under the class's
 * model, the candidate page and the report name the model and the markers that rely on it, and a
 * lab's table with a bad class is refused naming the file, line and field.
 */
@SpringBootTest(properties = {"homeward.identification.watch-interval=1h", "homeward.identification.screen-on-change=false"})
@DirtiesContext // its own database
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DropoutIdentificationTest extends IdentificationCases {

    static final String REMAINS = "DR-R-1";
    /** The SEVERE class's default model (homeward.identification.dropout.*). */
    static final DropoutModel SEVERE = new DropoutModel(0.3, 0.09, 0.05);





    @Autowired
    SampleDropoutClasses dropoutClasses;


    @Autowired
    IdentificationReports reports;

    @Autowired
    ScreeningEngine engine;

    @Autowired
    IdentificationProperties properties;

    @Autowired
    JdbcClient jdbc;


    RegistryDemoFamilies.Truth truth;
    List<String> dropped;
    Optional<CandidateMatch> clean;
    CandidateMatch candidate;
    Snapshot snapshot;

    @BeforeAll
    void typeADegradedSampleAndRunWithoutThenWithItsClass() {
        SystemTasks.runAs("lab", () -> {
            truth = RegistryDemoFamilies.register(missingPersons, families, samples,
                    RegistryDemoFamilies.simulator(0.001, 0.002, 20251205), "DR", 1, false).get(0);
            dropped = new ArrayList<>();
            List<MarkerAlleles> markers = new ArrayList<>();
            Family family = engine.snapshot().families().values().iterator().next();
            List<Profile> all = new ArrayList<>(engine.snapshot().references().values());
            all.add(truth.profile());
            Map<String, Marker> panel = new LinkedHashMap<>();
            engine.markersFor(all).markers().forEach(m -> panel.put(m.name(), m));
            truth.profile().genotypes().forEach((m, pair) -> {
                // one allele of a heterozygote drops out where the shown homozygote is impossible for the family
                if (dropped.size() < 6 && !pair.first().equals(pair.second()) && panel.containsKey(m)
                        && impossibleWithoutDropout(family, panel.get(m), pair.first())) {
                    dropped.add(m);
                    markers.add(new MarkerAlleles(m, pair.first(), pair.first()));
                } else {
                    markers.add(new MarkerAlleles(m, pair.first(), pair.second()));
                }
            });
            genetics.storeRemainsProfile(REMAINS, markers);
            clean = candidateOf(identification.runAll());
        });
        SystemTasks.runAs("analyst", () -> dropoutClasses.set(REMAINS, DropoutClass.SEVERE));
        SystemTasks.runAs("lab", () -> {
            candidate = candidateOf(identification.runAll()).orElseThrow();
            snapshot = engine.snapshot();
        });
        typeTwoMissingSiblingsOneDegradedAndRun();
    }

    static final String CLEAN_SIBLING = "DJ-R-1";
    static final String DEGRADED_SIBLING = "DJ-R-2";
    List<DviConclusion> joint;
    Run jointRun;
    Snapshot jointSnapshot;

    /** A family of two missing siblings (one typed sibling): one's remains typed clean, the other's lost alleles and are SEVERE. */
    private void typeTwoMissingSiblingsOneDegradedAndRun() {
        SystemTasks.runAs("lab", () -> {
            List<RegistryDemoFamilies.Truth> siblings = RegistryDemoFamilies.register(missingPersons, families, samples,
                    RegistryDemoFamilies.simulator(0.001, 0.002, 20251213), "DJ", 0, true);
            genetics.storeRemainsProfile(CLEAN_SIBLING, SimulatedCases.alleles(siblings.get(0).profile()));
            List<MarkerAlleles> degraded = new ArrayList<>();
            siblings.get(1).profile().genotypes().forEach((m, pair) -> degraded.add(degraded.size() % 5 == 0
                    ? new MarkerAlleles(m, pair.first(), pair.first()) : new MarkerAlleles(m, pair.first(), pair.second())));
            genetics.storeRemainsProfile(DEGRADED_SIBLING, degraded);
        });
        SystemTasks.runAs("analyst", () -> dropoutClasses.set(DEGRADED_SIBLING, DropoutClass.SEVERE));
        SystemTasks.runAs("lab", () -> {
            jointRun = identification.runAll();
            joint = identification.dviOfRun(new RunId(jointRun.id()));
            jointSnapshot = engine.snapshot();
        });
    }

    @Test
    void without_its_class_the_degraded_sample_is_excluded_and_with_it_the_lr_is_the_librarys() {
        assertThat(dropped).hasSizeGreaterThanOrEqualTo(3);
        Family family = snapshot.families().get(candidate.familyId());
        double withClass = libraryLog10Lr(family, SEVERE);
        double withoutClass = libraryLog10Lr(family, null);
        assertThat(clean).as("taken as clean, the true family is not a candidate").isEmpty();
        assertThat(withoutClass).isLessThan(Math.log10(properties.minLr()));
        assertThat(candidate.log10Lr()).isCloseTo(withClass, within(1e-9 * Math.abs(withClass)));
        assertThat(withClass).isGreaterThan(Math.log10(properties.minLr()));
        assertThat(properties.dropout().model(DropoutClass.SEVERE)).contains(SEVERE);
    }

    /**
     * The joint analysis of the siblings' family takes the degraded remains too, under their class's
     * model: its LR is the library's with the SEVERE model, not the clean one.
     */
    @Test
    void the_joint_analysis_takes_the_degraded_remains_under_their_class() {
        Family family = jointSnapshot.families().values().stream().filter(f -> f.missingPersons().size() == 2).findFirst().orElseThrow();
        List<Profile> all = new ArrayList<>(jointSnapshot.remains().values());
        all.addAll(jointSnapshot.references().values());
        List<InheritanceUnit> units = engine.markersFor(all).markers().stream().map(m -> InheritanceUnit.of(m, Chromosome.AUTOSOMAL)).toList();
        Map<String, Observation> remains = new LinkedHashMap<>();
        jointSnapshot.remains().get(DEGRADED_SIBLING).genotypes().forEach((m, pair) -> remains.put(m, Observation.pair(pair)));
        List<Double> withModel = new ArrayList<>();
        List<Double> clean = new ArrayList<>();
        for (ReferenceFamilySource.MissingPerson mp : family.missingPersons()) {
            Hypothesis h = Hypothesis.of(family.pedigree());
            Map<String, Map<String, Observation>> refs = references(family, jointSnapshot.references());
            withModel.add(h.missingPersonLr(mp.pedigreeId(), units, refs, remains, 0, Map.of(), SEVERE).log10Lr());
            clean.add(h.missingPersonLr(mp.pedigreeId(), units, refs, remains, 0).log10Lr());
        }
        assertThat(joint).as("the siblings' joint analysis (run notes: %s)", jointRun.notes())
                .filteredOn(d -> d.side().equals("PM")).extracting(DviConclusion::subject).contains(CLEAN_SIBLING, DEGRADED_SIBLING);
        DviConclusion degraded = joint.stream().filter(d -> d.side().equals("PM") && d.subject().equals(DEGRADED_SIBLING))
                .findFirst().orElseThrow();
        assertThat(degraded.log10Lr()).isNotNull();
        assertThat(withModel).anySatisfy(lr -> assertThat(degraded.log10Lr()).isCloseTo(lr, within(1e-9 * Math.abs(lr))));
        assertThat(clean).allSatisfy(lr -> assertThat(degraded.log10Lr()).isNotCloseTo(lr, within(1e-3)));
    }

    @Test
    void the_setting_is_audited() {
        String details = jdbc.sql("SELECT details FROM audit_event WHERE action = 'genetic-profile.dropout-class-set' AND subject = ?")
                .param("sample:" + REMAINS).query(String.class).single();
        assertThat(details).contains("SEVERE").contains("analyst");
    }

    @Test
    void the_candidate_page_and_the_report_state_the_model_and_the_markers_relying_on_it() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        RequestPostProcessor analyst = user("dropout-analyst")
                .authorities(Arrays.stream(Permission.values()).map(p -> new SimpleGrantedAuthority(p.name())).toList());
        String page = mvc.perform(get("/identification/candidates/" + candidate.id()).with(analyst).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("severe sample: allele dropout 0.3, homozygote dropout 0.09, drop-in 0.05");
        assertThat(page.split("\\(relies on dropout\\)", -1)).hasSize(dropped.size() + 1);
        String uk = mvc.perform(get("/identification/candidates/" + candidate.id()).with(analyst).locale(Locale.forLanguageTag("uk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(uk).contains("зразок класу «сильний»: випадіння алеля 0,3");
        Decision proposal = SystemTasks.callAs("alice", () -> identification.propose(new CandidateId(candidate.id()), "consistent"));
        Decision confirmed = SystemTasks.callAs("bob", () -> identification.confirm(new DecisionId(proposal.id()), "agreed"));
        String text = IdentificationTest.reportText(reports, confirmed, Locale.ENGLISH).replaceAll("\\s+", " ");
        assertThat(text).contains("dropout class severe of the remains sample").contains(dropped.get(0));
    }

    @Test
    void a_table_with_a_bad_class_is_refused_naming_file_line_and_field_and_nothing_is_set() {
        byte[] table = ("sample,dropout class\n" + REMAINS + ",mild\n" + REMAINS + "-X,moderate\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SystemTasks.runAs("lab", () -> dropoutClasses.importClasses("classes.csv", table)))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.rows())
                        .anySatisfy(r -> {
                            assertThat(r).extracting(RowProblem::row, RowProblem::column).containsExactly(3, "dropout class");
                            assertThat(r.message()).contains("classes.csv").contains("'moderate' is not a dropout class");
                        })
                        .anySatisfy(r -> assertThat(r).extracting(RowProblem::row, RowProblem::column).containsExactly(3, "sample")));
        assertThat(SystemTasks.callAs("lab", () -> dropoutClasses.forMatching(List.of(REMAINS)))).containsEntry(REMAINS, DropoutClass.SEVERE);
    }

    @Test
    void the_page_sets_a_class_refuses_an_unknown_sample_at_its_field_and_takes_a_table() throws Exception {
        SystemTasks.runAs("lab", () -> genetics.storeRemainsProfile("DR-R-2", List.of(new MarkerAlleles("TH01", "6", "7"))));
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        RequestPostProcessor analyst = user("dropout-analyst").authorities(new SimpleGrantedAuthority(Permission.PROFILES_WRITE.name()));
        String refused = mvc.perform(post("/identification/dropout-classes").with(analyst).with(csrf()).locale(Locale.ENGLISH)
                        .param("sampleCode", "NO-SUCH-1").param("dropoutClass", "MILD"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("no remains profile under this sample code").contains("field-invalid");
        mvc.perform(post("/identification/dropout-classes").with(analyst).with(csrf()).param("sampleCode", "DR-R-2").param("dropoutClass", "MILD"))
                .andExpect(status().is3xxRedirection());
        assertThat(SystemTasks.callAs("lab", () -> dropoutClasses.forMatching(List.of("DR-R-2")))).containsEntry("DR-R-2", DropoutClass.MILD);
        mvc.perform(multipart("/identification/dropout-classes/file").file(new MockMultipartFile("file", "lab-classes.tsv", "text/plain",
                        "sample\tdropout class\nDR-R-2\tNone\n".getBytes(StandardCharsets.UTF_8))).with(analyst).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(SystemTasks.callAs("lab", () -> dropoutClasses.forMatching(List.of("DR-R-2")))).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'genetic-profile.dropout-classes-imported' AND subject = ?")
                .param("file:lab-classes.tsv").query(Long.class).single()).isEqualTo(1);
    }

    /** The clean pedigree likelihood without mutation is 0 when the remains show only {@code allele} here. */
    private boolean impossibleWithoutDropout(Family family, Marker marker, String allele) {
        Map<String, Map<String, Observation>> refs = references(family, engine.snapshot().references());
        double lr = Hypothesis.of(family.pedigree()).missingPersonLr(family.missingPersons().get(0).pedigreeId(), List.of(InheritanceUnit.of(marker.withoutMutation(), Chromosome.AUTOSOMAL)),
                refs, Map.of(marker.name(), Observation.pair(new AllelePair(allele, allele))), 0).perMarker().get(marker.name());
        return lr == 0;
    }

    /** The library's LR of the remains against the family under this dropout model (null: clean), on the run's markers. */
    private double libraryLog10Lr(Family family, DropoutModel model) {
        List<Profile> all = new ArrayList<>(snapshot.remains().values());
        all.addAll(snapshot.references().values());
        List<InheritanceUnit> units = engine.markersFor(all).markers().stream().map(m -> InheritanceUnit.of(m, Chromosome.AUTOSOMAL)).toList();
        Map<String, Observation> remains = new LinkedHashMap<>();
        snapshot.remains().get(REMAINS).genotypes().forEach((m, pair) -> remains.put(m, Observation.pair(pair)));
        return Hypothesis.of(family.pedigree()).missingPersonLr(candidate.missingPedigreeId(), units, references(family, snapshot.references()),
                remains, 0, Map.of(), model).log10Lr();
    }

    private static Map<String, Map<String, Observation>> references(Family family, Map<String, Profile> profiles) {
        Map<String, Map<String, Observation>> refs = new LinkedHashMap<>();
        family.referenceSamples().forEach((person, code) -> {
            Map<String, Observation> obs = new LinkedHashMap<>();
            profiles.get(code).genotypes().forEach((m, pair) -> obs.put(m, Observation.pair(pair)));
            refs.put(person, obs);
        });
        return refs;
    }

    private Optional<CandidateMatch> candidateOf(Run run) {
        return identification.candidatesOfRun(new RunId(run.id())).stream()
                .filter(c -> c.missingPersonId().equals(truth.missingPersonId()) && c.sampleCode().equals(REMAINS)).findFirst();
    }
}
