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
import java.util.Optional;
import java.util.regex.Pattern;

import org.homeward.app.jobs.JobProgress;
import org.homeward.app.demo.RegistryDemoFamilies;
import org.homeward.app.frequencies.LabFrequencies;
import org.homeward.app.genetics.ConsentScope;
import org.homeward.app.genetics.ImportRejectedException;
import org.homeward.app.genetics.Lineage;
import org.homeward.app.genetics.LineagePanel;
import org.homeward.app.genetics.LineageProfile;
import org.homeward.app.genetics.LineageProfiles;
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
import org.homeward.kinship.lineage.YHaplotype;
import org.homeward.kinship.lineage.YLocus;
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

    /** The paternal grandmother's X and her missing granddaughter's (remains typed at X alone): the father's X is one of hers. */
    static final Map<String, String[]> GRANDMOTHER_X = Map.of("DXS10135", new String[] {"21", "25"}, "DXS10074", new String[] {"14", "18"},
            "DXS10101", new String[] {"29", "31"}, "DXS10146", new String[] {"25", "28"});
    static final Map<String, String[]> GRANDDAUGHTER_X = Map.of("DXS10135", new String[] {"21", "24"}, "DXS10074", new String[] {"15", "18"},
            "DXS10101", new String[] {"29", "30"}, "DXS10146", new String[] {"28", "30"});

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
    @Autowired HaplotypeDatabases haplotypeDatabases;
    @Autowired LineageProfiles lineageProfiles;

    /** Family ids by prefix. */
    final Map<String, Long> familyIds = new LinkedHashMap<>();

    String daughter;
    String sister;
    String granddaughter;
    /** Missing men whose father is typed for Y and mother for X; the remains XY-R-1 share the father's haplotype. */
    String sonLifted;
    String sonBelow;
    Run run;
    /** A run asked for right after the first, nothing having changed. */
    Optional<Run> again;
    /** The missing woman of a second family whose paternal grandmother is typed at X alone, registered after the first run. */
    String secondGranddaughter;
    /** The run after XG-R-2 (typed at X alone) and the second family came, and one asked for right after it. */
    Optional<Run> xIncremental;
    Optional<Run> xAgain;

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
            granddaughter = family("XG", "paternal grandmother", Sex.FEMALE, withX(autosomal(simulator.unrelated("XG-GM")), GRANDMOTHER_X));
            // a degraded bone where only the X kit worked: no autosomal profile at all
            genetics.storeRemainsProfile("XG-R-1", alleles(Profile.builder("XG-R-1").build(), GRANDDAUGHTER_X, "X"));
            haplotypeDatabases.choose(haplotypeDatabases.upload(Lineage.Y_STR, "simulated-ystr-database-v1.csv",
                    LineageIdentificationTest.resource("simulated-ystr-database-v1.csv")).id());
            sonLifted = son("XY", Map.of("DXS10135", new String[] {"24", "24"}, "DXS10074", new String[] {"14", "18"}));
            sonBelow = son("XZ", Map.of("DXS10135", new String[] {"24", "22"}));
            // a man's bone typed for Y and at X alone (no autosomal profile)
            List<MarkerAlleles> xy = new ArrayList<>(List.of(new MarkerAlleles("DXS10135", "24", "24"), new MarkerAlleles("DXS10074", "14", "14")));
            xy.add(new MarkerAlleles("AMEL", "X", "Y"));
            genetics.storeRemainsProfile("XY-R-1", xy);
            lineageProfiles.storeRemainsProfile(LineageProfile.of("XY-R-1", LineageIdentificationTest.y(LineageIdentificationTest.UNCLE_Y)),
                    "test");
            run = identification.runAll();
            again = identification.screenChanges();
            genetics.storeRemainsProfile("XG-R-2", alleles(Profile.builder("XG-R-2").build(), GRANDDAUGHTER_X, "X"));
            secondGranddaughter = family("XH", "paternal grandmother", Sex.FEMALE, withX(Profile.builder("XH-GM").build(), GRANDMOTHER_X));
            xIncremental = identification.screenChanges();
            xAgain = identification.screenChanges();
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

    /**
     * Remains typed at X alone against the missing woman's paternal grandmother GM (her father F untyped): F's X is one
     * of GM's two (a female meiosis, matrix M_f), passed to his daughter (a male meiosis, M_m); her other X comes from
     * her mother, a founder (alleles p, one female meiosis). Per marker, remains {a, b}:
     * LR = (P_F(a)·q(b) + P_F(b)·q(a)) / (2 p_a p_b), with P_F(x) = ½ Σ_{g ∈ GM} Σ_f M_f(g, f) M_m(f, x) and
     * q(x) = Σ_y p_y M_f(y, x); the four linkage groups multiply. Stepwise matrices as MutationModel defines them.
     */
    @Test
    void remains_typed_at_x_alone_are_a_candidate_of_the_paternal_grandmother_with_the_hand_derived_lr() throws IOException {
        CandidateMatch c = candidate("XG-R-1", granddaughter);
        CandidateDetail d = detail(c);
        FrequencyTable table = table();
        double hand = 1;
        for (String m : List.of("DXS10135", "DXS10074", "DXS10101", "DXS10146")) {
            Map<String, Double> p = table.locus(m).orElseThrow().alleles();
            List<String> alleles = List.copyOf(p.keySet());
            double[][] female = stepwise(alleles, properties.femaleMutationRate());
            double[][] male = stepwise(alleles, properties.maleMutationRate());
            String a = GRANDDAUGHTER_X.get(m)[0];
            String b = GRANDDAUGHTER_X.get(m)[1];
            hand *= (fromFather(alleles, female, male, GRANDMOTHER_X.get(m), a) * fromMother(alleles, p, female, b)
                    + fromFather(alleles, female, male, GRANDMOTHER_X.get(m), b) * fromMother(alleles, p, female, a)) / (2 * p.get(a) * p.get(b));
        }
        assertThat(d.x().beforeTyped()).as("nothing before X").isFalse();
        assertThat(Math.pow(10, d.x().xLog10Lr()) / hand).isCloseTo(1, within(1e-9));
        assertThat(Math.pow(10, c.log10Lr()) / hand).as("the candidate's LR is the X LR").isCloseTo(1, within(1e-9));
        assertThat(c.markersCompared()).isZero();
        assertThat(d.x().relatives()).hasSize(1);
        assertThat(d.references()).extracting(CandidateDetail.Reference::sampleCode).containsExactly("XG-REF-1");
        assertThat(d.evidenceParts()).extracting(CandidateDetail.EvidencePart::typed).containsExactly(false, false, true);
        assertThat(d.evidenceParts().get(2).log10Lr()).isEqualTo(d.x().xLog10Lr());
        assertThat(again).as("nothing changed since the run: no run, the X-only inputs' fingerprint kept").isEmpty();
    }

    /**
     * Lineage × X below the threshold (min-lr 100). The missing man's father is typed for Y with the remains' haplotype,
     * seen x = 7 times among N = 500 men: LR_Y = Π_l (1 − μ_l)^copies_l · (N + 1)/(x + 1) (no step in one meiosis at any
     * copy), about 60. His mother is typed at X: she passes one of her two X alleles to her son through a female meiosis,
     * LR_X = Π_m ½ Σ_{g ∈ mother} M_f(g, a) / p_a over the markers typed (a the remains' one allele), about 4 for the
     * first family (24/24 at DXS10135, 14/18 at DXS10074) and 1.5 for the second (24/22 at DXS10135 only). Each part is
     * below 100; the first family's product reaches it (proposed, both parts shown), the second's does not.
     */
    @Test
    void a_lineage_lr_and_an_x_lr_each_below_the_threshold_are_proposed_when_their_product_reaches_it() throws IOException {
        double y = 501.0 / 8;
        YHaplotype haplotype = LineageIdentificationTest.y(LineageIdentificationTest.UNCLE_Y);
        for (YLocus locus : LineagePanel.Y.loci()) {
            y *= Math.pow(1 - locus.mutationRate(), haplotype.alleles().get(locus.name()).size());
        }
        double lifted = motherToSon(Map.of("DXS10135", new String[] {"24", "24"}, "DXS10074", new String[] {"14", "18"}));
        double below = motherToSon(Map.of("DXS10135", new String[] {"24", "22"}));
        double threshold = properties.minLr();
        assertThat(List.of(y, lifted, below)).as("each part alone below the threshold").allSatisfy(lr -> assertThat(lr).isLessThan(threshold));
        assertThat(y * lifted).isGreaterThanOrEqualTo(threshold);
        assertThat(y * below).isLessThan(threshold);

        CandidateMatch c = candidate("XY-R-1", sonLifted);
        CandidateDetail d = detail(c);
        assertThat(Math.pow(10, c.log10Lr()) / (y * lifted)).as("LR = LR_Y × LR_X").isCloseTo(1, within(1e-9));
        assertThat(d.lineage().y().orElseThrow().lr().count().matches()).isEqualTo(7);
        assertThat(d.lineage().y().orElseThrow().lr().count().size()).isEqualTo(500);
        assertThat(d.lineage().lineageLr() / y).isCloseTo(1, within(1e-9));
        assertThat(Math.pow(10, d.x().xLog10Lr()) / lifted).isCloseTo(1, within(1e-9));
        assertThat(d.x().units()).extracting(CandidateX.Unit::marker).containsExactly("DXS10135", "DXS10074");
        assertThat(d.evidenceParts()).extracting(CandidateDetail.EvidencePart::typed).containsExactly(false, true, true);
        assertThat(d.evidenceParts().get(1).log10Lr()).isCloseTo(Math.log10(y), within(1e-9));
        assertThat(d.evidenceParts().get(2).log10Lr()).isCloseTo(Math.log10(lifted), within(1e-9));
        assertThat(c.markersCompared()).isZero();
        assertThat(SystemTasks.callAs("lab", () -> identification.candidatesOfRun(new RunId(run.id()))))
                .as("the second family's product stays below").noneMatch(m -> m.missingPersonId().equals(sonBelow));

        Decision proposal = SystemTasks.callAs("alice", () -> identification.propose(new CandidateId(c.id()), "Y and X consistent"));
        Decision confirmed = SystemTasks.callAs("bob", () -> identification.confirm(new DecisionId(proposal.id()), "agreed"));
        String spaces = "[\\s\\p{Zs}]+";
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("uk"))) {
            String report = IdentificationTest.reportText(reports, confirmed, locale).replaceAll(spaces, " ");
            boolean english = locale == Locale.ENGLISH;
            assertThat(report).as("the report's evidence by kind, %s", locale)
                    .containsPattern(english ? "Autosomal STRs ?not typed \\(no evidence of this kind\\)"
                            : "Аутосомні STR ?не типовано \\(доказів цього виду немає\\)")
                    .containsPattern((english ? "Lineage markers \\(Y-STR × mtDNA\\) ?" : "Лінійні маркери \\(Y-STR × мтДНК\\) ?")
                            + Pattern.quote(LineageReportRows.lr(d.evidenceParts().get(1).log10Lr(), locale).replaceAll(spaces, " ")))
                    .containsPattern((english ? "X-STRs ?" : "X-STR ?") + Pattern.quote(LineageReportRows.lr(d.x().xLog10Lr(), locale)
                            .replaceAll(spaces, " ")));
        }
    }

    /** LR_X of a son and his mother, typed at these markers, for the remains XY-R-1 (24 at DXS10135, 14 at DXS10074). */
    double motherToSon(Map<String, String[]> mother) throws IOException {
        Map<String, String> remains = Map.of("DXS10135", "24", "DXS10074", "14");
        FrequencyTable table = table();
        double lr = 1;
        for (Map.Entry<String, String[]> m : mother.entrySet()) {
            Map<String, Double> p = table.locus(m.getKey()).orElseThrow().alleles();
            List<String> alleles = List.copyOf(p.keySet());
            double[][] female = stepwise(alleles, properties.femaleMutationRate());
            String a = remains.get(m.getKey());
            double passes = 0;
            for (String g : m.getValue()) {
                passes += 0.5 * female[alleles.indexOf(g)][alleles.indexOf(a)];
            }
            lr *= passes / p.get(a);
        }
        return lr;
    }

    /**
     * New remains typed at X alone (XG-R-2, the granddaughter's X) and a new family whose relative is typed at X alone
     * (XH, a paternal grandmother with GM's X) make an INCREMENTAL run that compares only their pairs: XG-R-2 with both
     * families and XG-R-1 with XH, each with XG-R-1's hand-checked LR (same genotypes, same pedigree); nothing after it.
     */
    @Test
    void an_incremental_run_compares_only_the_new_x_typed_remains_and_families() {
        Run incremental = xIncremental.orElseThrow();
        assertThat(incremental.kind()).isEqualTo(RunKind.INCREMENTAL);
        List<CandidateMatch> found = SystemTasks.callAs("lab", () -> identification.candidatesOfRun(new RunId(incremental.id())));
        assertThat(found).as("only pairs of a newcomer").allSatisfy(c -> assertThat(c.sampleCode().equals("XG-R-2")
                || c.missingPersonId().equals(secondGranddaughter)).isTrue());
        assertThat(found).extracting(c -> c.sampleCode() + " " + c.missingPersonId()).contains("XG-R-2 " + granddaughter,
                "XG-R-2 " + secondGranddaughter, "XG-R-1 " + secondGranddaughter).doesNotContain("XG-R-1 " + granddaughter);
        double first = candidate("XG-R-1", granddaughter).log10Lr();
        assertThat(found).filteredOn(c -> c.sampleCode().startsWith("XG-R-"))
                .allSatisfy(c -> assertThat(c.log10Lr()).isCloseTo(first, within(1e-9)));
        assertThat(incremental.candidates()).isEqualTo(found.size());
        assertThat(xAgain).as("the newcomers' fingerprints kept: nothing to do").isEmpty();
    }

    @Test
    void the_candidate_page_shows_the_kinds_not_typed_as_not_typed() throws Exception {
        CandidateMatch c = candidate("XG-R-1", granddaughter);
        String page = page("/identification/candidates/" + c.id(), Locale.ENGLISH);
        assertThat(page).contains("Evidence by kind").containsPattern("id=\"evidence-autosomal\">not typed")
                .containsPattern("id=\"evidence-lineage\">not typed").doesNotContainPattern("id=\"evidence-x\">not typed")
                .contains("a candidate on X-STRs alone");
        String uk = page("/identification/candidates/" + c.id(), Locale.forLanguageTag("uk"));
        assertThat(uk).contains("Докази за видами").contains("не типовано");
        mvc().perform(get("/api/identification/candidates/" + c.id()).with(analyst()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.x.beforeTyped").value(false))
                .andExpect(jsonPath("$.evidenceParts[0].log10Lr").doesNotExist());
        String other = page("/identification/candidates/" + candidate("XF-R-1", daughter).id(), Locale.ENGLISH);
        assertThat(other).doesNotContainPattern("id=\"evidence-autosomal\">not typed").containsPattern("id=\"evidence-lineage\">not typed");
    }

    @Test
    void the_candidate_page_and_the_api_show_the_x_part() throws Exception {
        CandidateMatch c = candidate("XF-R-1", daughter);
        String page = page("/identification/candidates/" + c.id(), Locale.ENGLISH);
        assertThat(page).contains("X-STR evidence").contains("id=\"x-lr\"").contains("over 4 linkage groups").contains("DXS10146")
                .contains("taken as independent");
        String uk = page("/identification/candidates/" + c.id(), Locale.forLanguageTag("uk"));
        assertThat(uk).contains("Докази за X-STR").contains("за 4 групами зчеплення");
        mvc().perform(get("/api/identification/candidates/" + c.id()).with(analyst()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.x.units.length()").value(4))
                .andExpect(jsonPath("$.x.remainsSex").value("FEMALE"));
        Decision proposal = SystemTasks.callAs("alice", () -> identification.propose(new CandidateId(c.id()), "consistent"));
        Decision confirmed = SystemTasks.callAs("bob", () -> identification.confirm(new DecisionId(proposal.id()), "agreed"));
        String report = IdentificationTest.reportText(reports, confirmed, Locale.ENGLISH).replaceAll("\\s+", " ");
        assertThat(report).contains("X-STR LR").contains("LG4 DXS10146").contains("Combined LR = autosomal LR × lineage LR × X-STR LR");
        CandidateX x = detail(c).x();
        assertThat(report).as("evidence by kind")
                .containsPattern("Autosomal STRs ?" + Pattern.quote(LineageReportRows.lr(x.beforeLog10Lr(), Locale.ENGLISH)))
                .contains("Lineage markers (Y-STR × mtDNA) not typed", "X-STRs " + LineageReportRows.lr(x.xLog10Lr(), Locale.ENGLISH));
        // Ukrainian groups digits with a no-break space, which the text extraction gives back as spaces
        String spaces = "[\\s\\p{Zs}]+";
        assertThat(IdentificationTest.reportText(reports, confirmed, Locale.forLanguageTag("uk")).replaceAll(spaces, " "))
                .contains("Докази за видами", "Лінійні маркери (Y-STR × мтДНК) не типовано")
                .containsPattern("X-STR ?" + Pattern.quote(LineageReportRows.lr(x.xLog10Lr(), Locale.forLanguageTag("uk")).replaceAll(spaces, " ")));
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
        String page = page("/identification/families/" + familyIds.get("XF") + "/advice", Locale.ENGLISH);
        assertThat(page).contains("The 4 X-STR markers typed in the references").contains("An unrelated person would be excluded");
        String uk = page("/identification/families/" + familyIds.get("XF") + "/advice", Locale.forLanguageTag("uk"));
        assertThat(uk).contains("4 X-STR маркери, типовані в референтних зразках");
    }

    /** The advice is kept while its inputs stay the same; a new typed relative computes it anew, once. */
    @Test
    void the_advice_is_computed_again_only_when_its_inputs_change() {
        long familyId = familyIds.get("XG");
        List<SampleAdvice.ForMissingPerson> first = SystemTasks.callAs("lab", () -> sampleAdvice.forFamily(familyId));
        long computed = sampleAdvice.computations();
        List<SampleAdvice.ForMissingPerson> again = SystemTasks.callAs("lab", () -> sampleAdvice.forFamily(familyId));
        assertThat(sampleAdvice.computations()).as("nothing changed: the kept advice").isEqualTo(computed);
        assertThat(again).isSameAs(first);
        SystemTasks.runAs("lab", () -> typedRelative(familyId, granddaughter, "XG-REF-2", "sister", Sex.FEMALE,
                withX(autosomal(RegistryDemoFamilies.simulator(0.001, 0.002, 20261204).unrelated("XG-S")), GRANDDAUGHTER_X)));
        List<SampleAdvice.ForMissingPerson> changed = SystemTasks.callAs("lab", () -> sampleAdvice.forFamily(familyId));
        assertThat(sampleAdvice.computations()).as("a new typed relative: computed anew").isEqualTo(computed + 1);
        assertThat(changed).isNotSameAs(first);
        assertThat(changed.get(0).power()).as("the sister's typing adds to the power").isNotEqualTo(first.get(0).power());
        assertThat(SystemTasks.callAs("lab", () -> sampleAdvice.forFamily(familyId))).isSameAs(changed);
        assertThat(sampleAdvice.computations()).isEqualTo(computed + 1);
    }

    MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    static RequestPostProcessor analyst() {
        return user("x-analyst").authorities(Arrays.stream(Permission.values()).map(p -> new SimpleGrantedAuthority(p.name())).toList());
    }

    /** The page at that path as an analyst with every permission reads it. */
    String page(String path, Locale locale) throws Exception {
        return mvc().perform(get(path).with(analyst()).locale(locale)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
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

    /** The STEPWISE matrix by MutationModel's definition: within a class rate ∝ range^|a − b|, the rate2 of 1e-6 shared by other classes. */
    double[][] stepwise(List<String> alleles, double rate) {
        int n = alleles.size();
        double[] v = alleles.stream().mapToDouble(Double::parseDouble).toArray();
        long[] cls = Arrays.stream(v).mapToLong(x -> (long) Math.rint(10 * (x - Math.rint(x)))).toArray();
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            double weights = 0;
            int others = 0;
            for (int j = 0; j < n; j++) {
                if (j != i && cls[j] == cls[i]) {
                    weights += Math.pow(properties.mutationRange(), Math.abs(v[i] - v[j]));
                } else if (j != i) {
                    others++;
                }
            }
            m[i][i] = 1 - (weights > 0 ? rate : 0) - (others > 0 ? 1e-6 : 0);
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    m[i][j] = cls[j] == cls[i] ? rate * Math.pow(properties.mutationRange(), Math.abs(v[i] - v[j])) / weights : 1e-6 / others;
                }
            }
        }
        return m;
    }

    /** P(the father, the grandmother's son, passes x): one of her two alleles, a female then a male meiosis. */
    static double fromFather(List<String> alleles, double[][] female, double[][] male, String[] grandmother, String x) {
        double p = 0;
        for (String g : grandmother) {
            for (int f = 0; f < alleles.size(); f++) {
                p += 0.5 * female[alleles.indexOf(g)][f] * male[f][alleles.indexOf(x)];
            }
        }
        return p;
    }

    /** P(the mother, a founder, passes x): an allele of the population through a female meiosis. */
    static double fromMother(List<String> alleles, Map<String, Double> p, double[][] female, String x) {
        double q = 0;
        for (int y = 0; y < alleles.size(); y++) {
            q += p.get(alleles.get(y)) * female[y][alleles.indexOf(x)];
        }
        return q;
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
        typedRelative(report.missingPerson().familyId(), report.missingPerson().id(), prefix + "-REF-1", words, sex, typed);
        return report.missingPerson().id();
    }

    /** A family whose missing man's father is typed for Y (the remains XY-R-1's haplotype) and mother at X; the missing person's id. */
    String son(String prefix, Map<String, String[]> motherX) {
        MissingPersons.Report report = missingPersons.reportMissing(person(prefix, Sex.MALE), null);
        String missing = report.missingPerson().id();
        familyIds.put(prefix, report.missingPerson().familyId());
        String father = families.addRelative(report.missingPerson().familyId(), new NewRelative(prefix + " father", null, Sex.MALE, "father",
                missing, false, true, null)).id();
        samples.recordReferenceSample(father, new NewReferenceSample(prefix + "-REF-F", null, ConsentScope.IDENTIFICATION_ONLY, null));
        samples.attachLineageResults(prefix + "-y.csv", (LineageIdentificationTest.HEADER + prefix + "-REF-F," + LineageIdentificationTest.UNCLE_Y
                + "\n").getBytes(StandardCharsets.UTF_8), Strictness.STRICT, Lineage.Y_STR, null);
        Profile.Builder x = Profile.builder(prefix + "-REF-M");
        motherX.forEach((m, a) -> x.put(m, a[0], a[1]));
        typedRelative(report.missingPerson().familyId(), missing, prefix + "-REF-M", "mother", Sex.FEMALE, x.build());
        return missing;
    }

    /** A relative of the missing person with a sample coded {@code code} and its typing imported as a CODIS file. */
    void typedRelative(long familyId, String missingPersonId, String code, String words, Sex sex, Profile typed) {
        String relative = families.addRelative(familyId, new NewRelative(code + " relative", null, sex, words, missingPersonId, false, true,
                null)).id();
        samples.recordReferenceSample(relative, new NewReferenceSample(code, null, ConsentScope.IDENTIFICATION_ONLY, null));
        byte[] xml = CmfWriter.toXml(CmfBuilder.importFile("LAB", "2026-12-03T10:00:00",
                List.of(CmfBuilder.specimen(new Profile(code, typed.genotypes()), sex, "Reference")))).getBytes(StandardCharsets.UTF_8);
        samples.importResults(code + ".xml", xml, Strictness.STRICT, JobProgress.NONE);
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
