package org.homeward.app.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.homeward.app.jobs.JobProgress;
import org.homeward.app.demo.RegistryDemoFamilies;
import org.homeward.app.frequencies.LabFrequencies;
import org.homeward.app.genetics.ConsentScope;
import org.homeward.app.genetics.ImportRejectedException;
import org.homeward.app.genetics.MarkerAlleles;
import org.homeward.app.registry.Families;
import org.homeward.app.registry.MissingPersons;
import org.homeward.app.registry.NewMissingPerson;
import org.homeward.app.registry.NewReferenceSample;
import org.homeward.app.registry.NewRelative;
import org.homeward.app.registry.ReferenceSamples;
import org.homeward.app.security.Permission;
import org.homeward.app.security.SystemTasks;
import org.homeward.formats.codis.CmfBuilder;
import org.homeward.formats.codis.CmfWriter;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.common.TextFile;
import org.homeward.formats.frequencies.CsvFrequencyReader;
import org.homeward.formats.frequencies.FrequencyDatabases;
import org.homeward.formats.frequencies.FrequencyTable;
import org.homeward.kinship.AllelePair;
import org.homeward.kinship.Chromosome;
import org.homeward.kinship.Hypothesis;
import org.homeward.kinship.InheritanceUnit;
import org.homeward.kinship.Marker;
import org.homeward.kinship.MutationModel;
import org.homeward.kinship.Observation;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;
import org.homeward.kinship.sim.Simulator;
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
import org.springframework.web.context.WebApplicationContext;

/**
 * X-STRs through the application: the SIMULATED X database uploaded through the frequency-database
 * upload, references imported as CODIS files with their X markers, remains typed at X, a run. The
 * candidate's X LR equals the kinship library's direct computation on hand-built pedigrees
 * (father–daughter, two sisters) within 1e-9, and multiplies the LR; father–daughter is close to the
 * hand formula Π 1/(2p_a). The page and the API show it; a man with two X alleles is refused whole.
 */
@SpringBootTest(properties = {"homeward.identification.screen-on-change=false", "homeward.identification.watch-interval=1h"})
@DirtiesContext // its own database
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XIdentificationTest {

    /** One marker per linkage group (the first of each group's order); DXS8378 is LG1's third and must not be used. */
    static final Map<String, String> FATHER_X = Map.of("DXS10135", "20", "DXS10074", "16", "DXS10101", "30", "DXS10146", "27",
            "DXS8378", "11");
    static final Map<String, String[]> DAUGHTER_X = Map.of("DXS10135", new String[] {"20", "22"}, "DXS10074", new String[] {"16", "17"},
            "DXS10101", new String[] {"30", "31.2"}, "DXS10146", new String[] {"27", "28"}, "DXS8378", new String[] {"11", "12"});
    static final Map<String, String[]> SISTER_X = Map.of("DXS10135", new String[] {"20", "21"}, "DXS10079", new String[] {"18", "19"},
            "DXS10103", new String[] {"17", "18"}, "DXS7423", new String[] {"15", "15"});
    static final Map<String, String[]> MISSING_SISTER_X = Map.of("DXS10135", new String[] {"20", "24"}, "DXS10079", new String[] {"18", "18"},
            "DXS10103", new String[] {"17", "19"}, "DXS7423", new String[] {"14", "15"});

    @Autowired MissingPersons missingPersons;
    @Autowired Families families;
    @Autowired ReferenceSamples samples;
    @Autowired org.homeward.app.genetics.GeneticData genetics;
    @Autowired LabFrequencies frequencies;
    @Autowired Identification identification;
    @Autowired IdentificationProperties properties;
    @Autowired WebApplicationContext context;
    @Autowired IdentificationReports reports;
    @Autowired SampleAdvice sampleAdvice;

    /** Family ids by prefix. */
    final Map<String, Long> familyIds = new LinkedHashMap<>();

    String daughter;
    String sister;
    Run run;

    @BeforeAll
    void uploadTheXDatabaseRegisterFamiliesAndRun() throws IOException {
        byte[] database = simulatedX();
        Simulator simulator = RegistryDemoFamilies.simulator(0.001, 0.002, 20261203);
        SystemTasks.runAs("lab", () -> {
            frequencies.upload("SIMULATED Argus X-12", "SIMULATED-argus-x12-x-str-frequencies-v1.csv", database, true);
            Profile father = autosomal(simulator.unrelated("XF-F"));
            Profile mother = autosomal(simulator.unrelated("XF-M"));
            daughter = family("XF", "father", Sex.MALE, withX(father, hemizygous(FATHER_X)));
            genetics.storeRemainsProfile("XF-R-1", alleles(child("XF-R-1", father, mother), DAUGHTER_X, "X"));
            Profile p = autosomal(simulator.unrelated("XS-F"));
            Profile m = autosomal(simulator.unrelated("XS-M"));
            sister = family("XS", "sister", Sex.FEMALE, withX(child("XS-S", p, m), SISTER_X));
            // autosomally the sisters share both parents' alleles (enough for a candidate); on X only the father's
            genetics.storeRemainsProfile("XS-R-1", alleles(child("XS-R-1", p, m), MISSING_SISTER_X, "X"));
            run = identification.runAll();
        });
    }

    @Test
    void father_daughter_x_lr_is_the_librarys_and_near_the_hand_formula_and_multiplies_the_lr() throws IOException {
        CandidateMatch c = candidate("XF-R-1", daughter);
        CandidateX x = detail(c).x();
        Pedigree pedigree = Pedigree.builder().founder("F", Sex.MALE).founder("M", Sex.FEMALE).person("D", Sex.FEMALE, "F", "M").build();
        Map<String, Map<String, Observation>> refs = Map.of("F", observations(hemizygous(FATHER_X), true, List.of(
                "DXS10135", "DXS10074", "DXS10101", "DXS10146")));
        Map<String, Observation> remains = observations(DAUGHTER_X, false, List.of("DXS10135", "DXS10074", "DXS10101", "DXS10146"));
        double expected = library(pedigree, "D", refs, remains);
        assertThat(x.units()).extracting(CandidateX.Unit::marker).containsExactly("DXS10135", "DXS10074", "DXS10101", "DXS10146");
        assertThat(x.units()).extracting(CandidateX.Unit::linkageGroup).containsExactly("LG1", "LG2", "LG3", "LG4");
        assertThat(x.xLog10Lr()).isCloseTo(expected, within(1e-9));
        assertThat(x.remainsSex()).isEqualTo(Sex.FEMALE);
        double hand = 0;
        FrequencyTable table = table();
        for (String m : List.of("DXS10135", "DXS10074", "DXS10101", "DXS10146")) {
            hand -= Math.log10(2 * table.locus(m).orElseThrow().alleles().get(FATHER_X.get(m)));
        }
        assertThat(x.xLog10Lr()).as("1/(2p_a) per marker, up to mutation").isCloseTo(hand, within(0.01));
        assertThat(c.log10Lr()).as("combined = autosomal × X").isCloseTo(x.beforeLog10Lr() + x.xLog10Lr(), within(1e-9));
        assertThat(x.beforeLog10Lr()).as("the screened autosomal LR").isGreaterThan(2);
        assertThat(x.frequencyDatabase()).contains("SIMULATED Argus X-12 v1");
    }

    @Test
    void two_sisters_x_lr_is_the_librarys() throws IOException {
        CandidateMatch c = candidate("XS-R-1", sister);
        CandidateX x = detail(c).x();
        Pedigree pedigree = Pedigree.builder().founder("F", Sex.MALE).founder("M", Sex.FEMALE).person("S", Sex.FEMALE, "F", "M")
                .person("MP", Sex.FEMALE, "F", "M").build();
        List<String> used = List.of("DXS10135", "DXS10079", "DXS10103", "DXS7423");
        double expected = library(pedigree, "MP", Map.of("S", observations(SISTER_X, false, used)), observations(MISSING_SISTER_X, false, used));
        assertThat(x.units()).extracting(CandidateX.Unit::marker).containsExactlyElementsOf(used);
        assertThat(x.xLog10Lr()).isCloseTo(expected, within(1e-9));
        assertThat(c.log10Lr()).isCloseTo(x.beforeLog10Lr() + x.xLog10Lr(), within(1e-9));
    }

    @Test
    void the_candidate_page_and_the_api_show_the_x_part() throws Exception {
        CandidateMatch c = candidate("XF-R-1", daughter);
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        RequestPostProcessor analyst = user("x-analyst")
                .authorities(Arrays.stream(Permission.values()).map(p -> new SimpleGrantedAuthority(p.name())).toList());
        String page = mvc.perform(get("/identification/candidates/" + c.id()).with(analyst).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("X-STR evidence").contains("id=\"x-lr\"").contains("over 4 linkage groups").contains("DXS10146")
                .contains("taken as independent");
        String uk = mvc.perform(get("/identification/candidates/" + c.id()).with(analyst).locale(Locale.forLanguageTag("uk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(uk).contains("Докази за X-STR").contains("за 4 групами зчеплення");
        mvc.perform(get("/api/identification/candidates/" + c.id()).with(analyst))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.x.units.length()").value(4))
                .andExpect(jsonPath("$.x.remainsSex").value("FEMALE"));
        Decision proposal = SystemTasks.callAs("alice", () -> identification.propose(new CandidateId(c.id()), "consistent"));
        Decision confirmed = SystemTasks.callAs("bob", () -> identification.confirm(new DecisionId(proposal.id()), "agreed"));
        String report = IdentificationTest.reportText(reports, confirmed, Locale.ENGLISH).replaceAll("\\s+", " ");
        assertThat(report).contains("X-STR LR").contains("LG4 DXS10146").contains("Combined LR = autosomal LR × lineage LR × X-STR LR");
    }

    @Test
    void an_x_database_is_uploaded_with_its_warning_and_a_bad_one_refused_at_its_line_and_marker_keeping_nothing() {
        SystemTasks.runAs("lab", () -> {
            int before = frequencies.databases().size();
            String bad = "marker,allele,frequency\nDXS8378,10,0.4\nDXS8378,11,0.4\nHPRT-B,12,0.5\nHPRT-B,13,0.5\n";
            assertThatThrownBy(() -> frequencies.upload("Bad X", "bad-x.csv", bad.getBytes(StandardCharsets.UTF_8), false))
                    .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.rows()).singleElement().satisfies(r -> {
                        assertThat(r.row()).isEqualTo(2);
                        assertThat(r.column()).isEqualTo("DXS8378");
                        assertThat(r.message()).contains("sum to 0.8");
                    }));
            assertThat(frequencies.databases()).hasSize(before);
            LabFrequencies.Uploaded good = frequencies.upload("Small X", "small-x.csv",
                    "marker,allele,frequency\nHPRT-B,12,0.5\nHPRT-B,13,0.5\n".getBytes(StandardCharsets.UTF_8), false);
            assertThat(good.warnings()).contains("an X-STR database: identification uses it for X evidence beside the bundled European"
                    + " autosomal frequencies");
            assertThat(good.database().markers()).isEqualTo(1);
        });
    }

    @Test
    void a_man_with_two_alleles_at_an_x_marker_refuses_the_whole_file_and_stores_nothing() {
        SystemTasks.runAs("lab", () -> {
            MissingPersons.Report report = missingPersons.reportMissing(person("XB", Sex.FEMALE), null);
            String relative = families.addRelative(report.missingPerson().familyId(), new NewRelative("XB father", null, Sex.MALE, "father",
                    report.missingPerson().id(), false, true, null)).id();
            samples.recordReferenceSample(relative, new NewReferenceSample("XB-REF-1", null, ConsentScope.IDENTIFICATION_ONLY, null));
            Profile bad = Profile.builder("XB-REF-1").put("vWA", "16", "17").put("DXS7423", "14", "15").build();
            byte[] xml = CmfWriter.toXml(CmfBuilder.importFile("LAB", "2026-12-03T10:00:00",
                    List.of(CmfBuilder.specimen(bad, Sex.MALE, "Reference")))).getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> samples.importResults("bad-x.xml", xml, Strictness.STRICT, JobProgress.NONE))
                    .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.rows()).anySatisfy(r -> {
                        assertThat(r.column()).contains("/LOCUS[2]");
                        assertThat(r.row()).isPositive();
                        assertThat(r.message()).contains("XB-REF-1 is a man but shows two alleles (14, 15) at the X-linked marker DXS7423");
                    }));
            assertThat(genetics.profiles(List.of("XB-REF-1"))).isEmpty();
        });
    }

    /**
     * The advice counts the father's X for his daughter: by hand, an unrelated woman is excluded at a marker when she
     * lacks the father's allele a, (s − p_a)² with s the marker's frequency total; over the four markers used,
     * 1 − Π_m (1 − (s − p_a)²). The page says what X adds.
     */
    @Test
    void the_advice_counts_the_fathers_x_for_his_daughter() throws Exception {
        SampleAdvice.ForMissingPerson a = SystemTasks.callAs("lab", () -> sampleAdvice.forFamily(familyIds.get("XF"))).get(0);
        assertThat(a.xMarkers()).isEqualTo(4);
        FrequencyTable table = table();
        double notExcluded = 1;
        for (String m : List.of("DXS10135", "DXS10074", "DXS10101", "DXS10146")) {
            Map<String, Double> f = table.locus(m).orElseThrow().alleles();
            double s = f.values().stream().mapToDouble(Double::doubleValue).sum();
            notExcluded *= 1 - Math.pow(s - f.get(FATHER_X.get(m)), 2);
        }
        assertThat(a.power().xExclusionPower()).isCloseTo(1 - notExcluded, within(1e-9));
        assertThat(a.power().exclusionPower()).isGreaterThanOrEqualTo(a.power().xExclusionPower());
        assertThat(a.power().xExpectedLog10Lr()).as("about Σ log10 1/(2p_a)").isGreaterThan(1);
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        RequestPostProcessor analyst = user("x-analyst")
                .authorities(Arrays.stream(Permission.values()).map(p -> new SimpleGrantedAuthority(p.name())).toList());
        String page = mvc.perform(get("/identification/families/" + familyIds.get("XF") + "/advice").with(analyst).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("The 4 X-STR markers typed in the references").contains("An unrelated person would be excluded");
        String uk = mvc.perform(get("/identification/families/" + familyIds.get("XF") + "/advice").with(analyst)
                .locale(Locale.forLanguageTag("uk"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(uk).contains("4 X-STR маркери, типовані в референтних зразках");
    }

    // --- the library's direct computation ----------------------------------------------------------------

    double library(Pedigree pedigree, String missing, Map<String, Map<String, Observation>> references, Map<String, Observation> remains)
            throws IOException {
        List<InheritanceUnit> units = new ArrayList<>();
        for (Marker m : table().toMarkers(MutationModel.stepwise(properties.femaleMutationRate(), properties.mutationRange(), 1e-6),
                MutationModel.stepwise(properties.maleMutationRate(), properties.mutationRange(), 1e-6))) {
            if (remains.containsKey(m.name())) {
                units.add(InheritanceUnit.of(m, Chromosome.X));
            }
        }
        return Hypothesis.of(pedigree).missingPersonLr(missing, units, references, remains, 0).log10Lr();
    }

    static Map<String, Observation> observations(Map<String, String[]> genotypes, boolean male, List<String> used) {
        Map<String, Observation> out = new LinkedHashMap<>();
        used.forEach(m -> out.put(m, male ? Observation.hemizygous(genotypes.get(m)[0]) : Observation.pair(genotypes.get(m)[0], genotypes.get(m)[1])));
        return out;
    }

    static FrequencyTable table() throws IOException {
        return CsvFrequencyReader.parse(TextFile.decode("x.csv", simulatedX()), Strictness.STRICT).value();
    }

    static byte[] simulatedX() throws IOException {
        try (InputStream in = FrequencyDatabases.class.getResourceAsStream(FrequencyDatabases.SIMULATED_X_RESOURCE)) {
            return in.readAllBytes();
        }
    }

    // --- the data ---------------------------------------------------------------------------------------

    /** A family whose missing woman has one typed relative; the missing person's id. */
    String family(String prefix, String words, Sex sex, Profile typed) {
        MissingPersons.Report report = missingPersons.reportMissing(person(prefix, Sex.FEMALE), null);
        familyIds.put(prefix, report.missingPerson().familyId());
        String relative = families.addRelative(report.missingPerson().familyId(), new NewRelative(prefix + " relative", null, sex, words,
                report.missingPerson().id(), false, true, null)).id();
        String code = prefix + "-REF-1";
        samples.recordReferenceSample(relative, new NewReferenceSample(code, null, ConsentScope.IDENTIFICATION_ONLY, null));
        byte[] xml = CmfWriter.toXml(CmfBuilder.importFile("LAB", "2026-12-03T10:00:00",
                List.of(CmfBuilder.specimen(new Profile(code, typed.genotypes()), sex, "Reference")))).getBytes(StandardCharsets.UTF_8);
        samples.importResults(prefix + "-refs.xml", xml, Strictness.STRICT, JobProgress.NONE);
        return report.missingPerson().id();
    }

    static NewMissingPerson person(String surname, Sex sex) {
        return new NewMissingPerson(null, surname, "X", null, null, sex, null, null, null, null, null, null);
    }

    static Map<String, String[]> hemizygous(Map<String, String> alleles) {
        Map<String, String[]> out = new LinkedHashMap<>();
        alleles.forEach((m, a) -> out.put(m, new String[] {a, a}));
        return out;
    }

    static Profile withX(Profile p, Map<String, String[]> x) {
        Map<String, AllelePair> g = new LinkedHashMap<>(p.genotypes());
        x.forEach((m, a) -> g.put(m, new AllelePair(a[0], a[1])));
        return new Profile(p.id(), g);
    }

    /** A child of the two: the father's first allele and the mother's second. */
    static Profile child(String id, Profile father, Profile mother) {
        Profile.Builder b = Profile.builder(id);
        father.genotypes().forEach((m, f) -> {
            AllelePair mo = mother.genotypes().get(m);
            if (mo != null) {
                b.put(m, f.first(), mo.second());
            }
        });
        return b.build();
    }

    static Profile autosomal(Profile p) {
        Map<String, AllelePair> g = new LinkedHashMap<>(p.genotypes());
        g.keySet().removeIf(m -> m.toUpperCase(Locale.ROOT).startsWith("AMEL"));
        return new Profile(p.id(), g);
    }

    /** The remains' stored markers: autosomal, X and amelogenin. */
    static List<MarkerAlleles> alleles(Profile autosomal, Map<String, String[]> x, String amelogenin) {
        List<MarkerAlleles> out = new ArrayList<>();
        autosomal.genotypes().forEach((m, p) -> out.add(new MarkerAlleles(m, p.first(), p.second())));
        x.forEach((m, a) -> out.add(new MarkerAlleles(m, a[0], a[1])));
        out.add(new MarkerAlleles("AMEL", amelogenin, amelogenin));
        return out;
    }

    CandidateMatch candidate(String sample, String missingPersonId) {
        return SystemTasks.callAs("lab", () -> identification.candidatesOfRun(new RunId(run.id()))).stream()
                .filter(c -> c.sampleCode().equals(sample) && c.missingPersonId().equals(missingPersonId)).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate " + sample + " / " + missingPersonId + "; run notes: " + run.notes()
                        + "; candidates: " + SystemTasks.callAs("lab", () -> identification.candidatesOfRun(new RunId(run.id())))));
    }

    CandidateDetail detail(CandidateMatch c) {
        return SystemTasks.callAs("lab", () -> identification.candidate(new CandidateId(c.id())));
    }
}
