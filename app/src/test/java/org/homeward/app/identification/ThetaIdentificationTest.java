package org.homeward.app.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.homeward.app.demo.RegistryDemoFamilies;
import org.homeward.app.genetics.DropoutClass;
import org.homeward.app.genetics.SampleDropoutClasses;
import org.homeward.app.genetics.MarkerAlleles;
import org.homeward.app.identification.ReferenceFamilySource.Family;
import org.homeward.app.identification.ScreeningOutcome.Snapshot;
import org.homeward.app.security.Permission;
import org.homeward.app.security.SystemTasks;
import org.homeward.kinship.Chromosome;
import org.homeward.kinship.DropoutModel;
import org.homeward.kinship.Hypothesis;
import org.homeward.kinship.InheritanceUnit;
import org.homeward.kinship.Observation;
import org.homeward.kinship.Profile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * θ set for the application ({@code homeward.identification.theta}): the run's candidate carries the
 * kinship library's LR with that θ (the extended model, {@link Hypothesis#missingPersonLr}), the run
 * records its model, and the report states θ and the frequency database.
 */
@SpringBootTest(properties = {"homeward.identification.watch-interval=1h", "homeward.identification.theta=0.02"})
@DirtiesContext // its own database and settings
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThetaIdentificationTest extends IdentificationCases {

    static final double THETA = 0.02;






    @Autowired
    IdentificationReports reports;

    @Autowired
    ScreeningEngine engine;


    static final String DEGRADED = "TH-R-2";

    @Autowired
    SampleDropoutClasses dropoutClasses;

    @Autowired
    IdentificationProperties properties;

    RegistryDemoFamilies.Truth truth;
    Run run;
    CandidateMatch candidate;
    CandidateMatch degradedCandidate;
    Snapshot snapshot;

    @BeforeAll
    void registerAFamilyTypeItsRemainsAndRun() {
        SystemTasks.runAs("lab", () -> {
            // one family typed at both parents (the first configuration): θ costs little when the founders are typed
            truth = RegistryDemoFamilies.register(missingPersons, families, samples,
                    RegistryDemoFamilies.simulator(0.001, 0.002, 20251204), "TH", 1, false).get(0);
            genetics.storeRemainsProfile("TH-R-1", SimulatedCases.alleles(truth.profile()));
            // a second sample of the same person that lost one allele at every fourth marker: the MILD class
            List<MarkerAlleles> degraded = new ArrayList<>();
            truth.profile().genotypes().forEach((m, pair) -> degraded.add(degraded.size() % 4 == 0
                    ? new MarkerAlleles(m, pair.first(), pair.first()) : new MarkerAlleles(m, pair.first(), pair.second())));
            genetics.storeRemainsProfile(DEGRADED, degraded);
        });
        SystemTasks.runAs("analyst", () -> dropoutClasses.set(DEGRADED, DropoutClass.MILD));
        SystemTasks.runAs("lab", () -> {
            run = identification.runAll();
            snapshot = engine.snapshot();
            candidate = candidateOf("TH-R-1");
            degradedCandidate = candidateOf(DEGRADED);
        });
    }

    private CandidateMatch candidateOf(String sample) {
        return identification.candidatesOfRun(new RunId(run.id())).stream()
                .filter(c -> c.missingPersonId().equals(truth.missingPersonId()) && c.sampleCode().equals(sample)).findFirst().orElseThrow();
    }

    @Test
    void the_candidates_lr_is_the_librarys_with_theta() {
        double withTheta = libraryLog10Lr(candidate, "TH-R-1", THETA, null);
        assertThat(candidate.log10Lr()).isCloseTo(withTheta, within(1e-9 * Math.abs(withTheta)));
        assertThat(withTheta).as("θ changes the LR").isNotCloseTo(libraryLog10Lr(candidate, "TH-R-1", 0, null), within(0.01));
    }

    /** Remains of a dropout class are screened under θ too: the candidate's LR is the library's with θ and the class's model. */
    @Test
    void a_degraded_samples_lr_is_the_librarys_with_theta_and_its_dropout_class() {
        DropoutModel mild = properties.dropout().model(DropoutClass.MILD).orElseThrow();
        double exact = libraryLog10Lr(degradedCandidate, DEGRADED, THETA, mild);
        assertThat(degradedCandidate.log10Lr()).isCloseTo(exact, within(1e-9 * Math.abs(exact)));
        assertThat(exact).as("θ changes the LR with dropout").isNotCloseTo(libraryLog10Lr(degradedCandidate, DEGRADED, 0, mild), within(0.01));
        assertThat(run.notes() == null ? "" : run.notes()).doesNotContain("not screened");
    }

    /** The library's direct LR of the sample against the candidate's missing person, on the run's markers (model null: clean). */
    private double libraryLog10Lr(CandidateMatch c, String sample, double theta, DropoutModel model) {
        Family family = snapshot.families().get(c.familyId());
        List<Profile> all = new ArrayList<>(snapshot.remains().values());
        all.addAll(snapshot.references().values());
        List<InheritanceUnit> units = engine.markersFor(all).markers().stream()
                .map(m -> InheritanceUnit.of(m, Chromosome.AUTOSOMAL)).toList();
        Map<String, Map<String, Observation>> refs = new LinkedHashMap<>();
        family.referenceSamples().forEach((person, code) -> refs.put(person, observations(snapshot.references().get(code))));
        return Hypothesis.of(family.pedigree()).missingPersonLr(c.missingPedigreeId(), units, refs, observations(snapshot.remains().get(sample)),
                theta, Map.of(), model).log10Lr();
    }

    @Test
    void the_run_records_its_model_and_the_report_states_theta_and_the_database() {
        Decision proposal = SystemTasks.callAs("alice", () -> identification.propose(new CandidateId(candidate.id()), "consistent"));
        Decision confirmed = SystemTasks.callAs("bob", () -> identification.confirm(new DecisionId(proposal.id()), "agreed"));
        String text = IdentificationTest.reportText(reports, confirmed, Locale.ENGLISH);
        assertThat(text).contains("θ = 0.02").contains("norSTR European database v2023").doesNotContain("not applied (θ = 0)");
        assertThat(IdentificationTest.reportText(reports, confirmed, Locale.forLanguageTag("uk"))).contains("θ = 0,02");
    }

    @Test
    void the_run_and_the_candidate_pages_carry_their_charts_with_a_table_each() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        RequestPostProcessor analyst = user("theta-analyst")
                .authorities(Arrays.stream(Permission.values()).map(p -> new SimpleGrantedAuthority(p.name())).toList());
        String runPage = mvc.perform(get("/identification/runs/" + run.id()).with(analyst).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(runPage).contains("<figure class=\"chart\" id=\"lr-distribution\" data-chart=\"{&quot;type&quot;:&quot;histogram&quot;")
                .contains("&quot;markLine&quot;:{&quot;value&quot;:4.0").contains("<th scope=\"row\">" + (int) Math.floor(candidate.log10Lr()) + "–");
        String candidatePage = mvc.perform(get("/identification/candidates/" + candidate.id()).with(analyst).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(candidatePage).contains("<figure class=\"chart\" id=\"marker-lrs\" data-chart=\"{&quot;type&quot;:&quot;bar&quot;")
                .contains("<th scope=\"row\">D3S1358</th>");
    }

    private static Map<String, Observation> observations(Profile p) {
        Map<String, Observation> out = new LinkedHashMap<>();
        p.genotypes().forEach((marker, pair) -> out.put(marker, Observation.pair(pair)));
        return out;
    }
}
