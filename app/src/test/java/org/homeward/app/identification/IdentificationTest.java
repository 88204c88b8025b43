package org.homeward.app.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.homeward.app.audit.AuditEntry;
import org.homeward.app.audit.AuditLog;
import org.homeward.app.common.InputRefusedException;
import org.homeward.app.chain.ChainVerification;
import org.homeward.app.registry.MissingPersons;
import org.homeward.app.registry.Families;
import org.homeward.app.registry.ReferenceSamples;
import org.homeward.app.security.Role;
import org.homeward.app.genetics.GeneticData;
import org.homeward.app.security.SystemTasks;
import org.homeward.app.security.UserAccount;
import org.homeward.app.security.UserAccounts;
import org.homeward.kinship.Posterior;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Identification on seeded simulated families and remains: runs store candidates with LR,
 * per-marker LRs, exclusions and posterior; the two-missing family gets DVI conclusions; new
 * profiles are screened incrementally; decisions need two analysts, are append-only and
 * hash-chained, publish {@link IdentificationConfirmed} and give an audited PDF report.
 */
@SpringBootTest(properties = "homeward.identification.screen-on-change=false")
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IdentificationTest {

    @Autowired
    Identification identification;

    @Autowired
    IdentificationReports reports;

    @Autowired
    MissingPersons missingPersons;

    @Autowired
    Families families;

    @Autowired
    ReferenceSamples samples;

    @Autowired
    SampleAdvice sampleAdvice;

    SimulatedCases cases;

    @Autowired
    GeneticData genetics;

    @Autowired
    AuditLog audit;

    @Autowired
    DecisionLog decisionLog;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    Run first;

    @BeforeAll
    void storeProfilesAndRun() {
        cases = SystemTasks.callAs("lab", () -> new SimulatedCases(20251121).register(missingPersons, families, samples, genetics, "T", 8, 40));
        first = SystemTasks.callAs("analyst-a", identification::runAll);
    }

    @Test
    @Order(1)
    void a_full_run_finds_every_true_pair_first_with_its_lr_markers_and_posterior() {
        assertThat(first.kind()).isEqualTo(RunKind.FULL);
        assertThat(first.families()).isEqualTo(9);
        assertThat(first.missingPersons()).isEqualTo(10);
        assertThat(first.remains()).isEqualTo(cases.remains.size());
        assertThat(first.priorRule()).isEqualTo("1/N, N = 10 missing persons screened");
        List<CandidateMatch> candidates = SystemTasks.callAs("analyst-a", () -> identification.candidatesOfRun(new RunId(first.id())));
        assertThat(candidates).isNotEmpty();
        assertThat(candidates).isSortedAccordingTo((x, y) -> Double.compare(y.log10Lr(), x.log10Lr()));
        cases.truth.forEach((sample, missing) -> {
            CandidateMatch best = candidates.stream().filter(c -> c.sampleCode().equals(sample)).findFirst().orElseThrow();
            if (cases.siblingRemains.contains(sample)) {
                // two missing full siblings with one typed sibling: pairwise, DNA cannot tell them apart
                assertThat(best.missingPersonId()).as(sample).isIn(cases.truth.get(cases.siblingRemains.get(0)), cases.truth.get(cases.siblingRemains.get(1)));
            } else {
                assertThat(best.missingPersonId()).as(sample).isEqualTo(missing);
            }
            assertThat(best.prior()).isEqualTo(0.1);
            assertThat(best.posterior()).isEqualTo(Posterior.probability(best.log10Lr(), 0.1));
        });
        CandidateMatch top = candidates.get(0);
        assertThat(top.log10Lr()).isGreaterThan(4);
        assertThat(top.status()).isEqualTo(CaseStatus.OPEN);
        Map<String, Object> sums = jdbc.sql("""
                SELECT count(*) AS markers, sum(log10_lr) AS total FROM identification_candidate_marker WHERE candidate_id = ?""")
                .param(top.id()).query().singleRow();
        assertThat(((Number) sums.get("markers")).intValue()).isEqualTo(top.markersCompared());
        assertThat(((Number) sums.get("total")).doubleValue()).isCloseTo(top.log10Lr(), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    @Order(2)
    void the_family_with_two_missing_siblings_gets_joint_conclusions() {
        List<DviConclusion> dvi = SystemTasks.callAs("analyst-a", () -> identification.dviOfRun(new RunId(first.id())));
        assertThat(dvi).extracting(DviConclusion::familyId).containsOnly(dvi.get(0).familyId());
        assertThat(dvi).filteredOn(d -> d.side().equals("AM")).extracting(DviConclusion::subject)
                .containsExactlyInAnyOrder(cases.truth.get(cases.siblingRemains.get(0)), cases.truth.get(cases.siblingRemains.get(1)));
        assertThat(dvi).filteredOn(d -> d.side().equals("PM")).extracting(DviConclusion::subject)
                .containsAll(cases.siblingRemains);
    }

    @Test
    @Order(2)
    void advice_tells_how_strong_a_familys_references_are_and_whose_sample_would_add_the_most() {
        long siblingsFamily = Long.parseLong(SystemTasks.callAs("analyst-a", () -> identification.dviOfRun(new RunId(first.id()))).get(0).familyId());
        List<SampleAdvice.ForMissingPerson> advice = SystemTasks.callAs("analyst-a", () -> sampleAdvice.forFamily(siblingsFamily));
        assertThat(advice).hasSize(2);
        assertThat(advice).allSatisfy(a -> {
            assertThat(a.power().expectedLog10Lr()).isPositive();
            assertThat(a.power().lowLog10Lr()).isLessThanOrEqualTo(a.power().highLog10Lr());
            assertThat(a.power().simulations()).isEqualTo(SampleAdvice.SIMULATIONS);
            assertThat(a.asks()).isNotEmpty()
                    .isSortedAccordingTo((x, y) -> Double.compare(y.expectedGain(), x.expectedGain()));
            // Typing one more relative never lowers the expected LR of the true remains.
            assertThat(a.asks()).allSatisfy(g -> assertThat(g.expectedGain()).isGreaterThan(-1e-9));
        });
        // the untyped parents of the missing siblings, by how they are related to the first missing person
        assertThat(advice.get(0).asks()).extracting(g -> g.path().words()).contains(List.of("FATHER"), List.of("MOTHER"));
        assertThat(advice.get(0).asks()).allSatisfy(g -> assertThat(g.path().missingPersonId()).isEqualTo(advice.get(0).missingPerson().id()));
        assertThatThrownBy(() -> SystemTasks.callAs("analyst-a", () -> sampleAdvice.forFamily(999_999)))
                .isInstanceOf(org.homeward.app.common.NotFoundException.class);
    }

    @Test
    @Order(3)
    void a_new_profile_is_screened_alone_and_nothing_new_means_no_run() {
        assertThat(SystemTasks.callAs("identification", identification::screenChanges)).isEmpty();
        SystemTasks.runAs("lab", () -> genetics.storeRemainsProfile("TNEW-1", SimulatedCases.alleles(cases.simulator.unrelated("TNEW-1"))));
        Optional<Run> run = SystemTasks.callAs("identification", identification::screenChanges);
        assertThat(run).hasValueSatisfying(r -> {
            assertThat(r.kind()).isEqualTo(RunKind.INCREMENTAL);
            assertThat(r.newRemains()).isEqualTo(1);
            assertThat(r.newFamilies()).isZero();
            assertThat(r.pairsScreened()).isEqualTo(10);
        });
        assertThat(SystemTasks.callAs("identification", identification::screenChanges)).isEmpty();
    }

    @Test
    @Order(4)
    void two_different_analysts_make_an_identification_that_is_published_reported_and_audited(ApplicationEvents events) {
        CandidateMatch top = SystemTasks.callAs("alice", identification::queue).get(0);
        Decision proposal = SystemTasks.callAs("alice", () -> identification.propose(new CandidateId(top.id()), "all markers consistent"));
        assertThat(proposal.kind()).isEqualTo(DecisionKind.PROPOSED);
        assertThatThrownBy(() -> SystemTasks.callAs("alice", () -> identification.confirm(new DecisionId(proposal.id()), "")))
                .isInstanceOf(IdentificationException.class).hasMessageContaining("different analyst");
        assertThatThrownBy(() -> SystemTasks.callAs("bob", () -> identification.propose(new CandidateId(top.id()), "")))
                .isInstanceOf(IdentificationException.class).hasMessageContaining("already proposed");

        Decision confirmed = SystemTasks.callAs("bob", () -> identification.confirm(new DecisionId(proposal.id()),
                "згоден: усі маркери сумісні"));

        assertThat(confirmed.kind()).isEqualTo(DecisionKind.CONFIRMED);
        assertThat(confirmed.proposalId()).isEqualTo(proposal.id());
        assertThat(events.stream(IdentificationConfirmed.class)).singleElement().satisfies(e -> {
            assertThat(e.decisionId()).isEqualTo(confirmed.id());
            assertThat(e.missingPersonId()).isEqualTo(top.missingPersonId());
            assertThat(e.bodyNumber()).isEqualTo(top.bodyNumber());
        });
        assertThat(SystemTasks.callAs("alice", () -> identification.candidate(new CandidateId(top.id()))).candidate().status())
                .isEqualTo(CaseStatus.IDENTIFIED);
        assertThat(SystemTasks.callAs("alice", identification::queue)).extracting(CandidateMatch::id).doesNotContain(top.id());

        String name = SystemTasks.callAs("bob", () -> missingPersons.missingPerson(top.missingPersonId())).displayName();
        String english = reportText(reports, confirmed, Locale.ENGLISH);
        assertThat(english).contains("DNA identification report", top.sampleCode(), top.missingPersonId(), name,
                "Posterior probability of identity", "Prior probability", "1/10", "alice", "bob", "D3S1358", confirmed.hash(),
                "згоден: усі маркери сумісні", "Method", "norSTR European database v2023", "maternal rate 0.001", "θ = 0",
                "Signatures", "Page 1 of ");
        String autosomal = LineageReportRows.lr(top.log10Lr(), Locale.ENGLISH);
        // the text extraction may join a table's label and value cells without a space
        assertThat(english.replaceAll("\\s+", " ")).as("the evidence kind by kind, as on the candidate page")
                .containsPattern("Autosomal STRs ?" + Pattern.quote(autosomal)).contains("Evidence by kind",
                        "Lineage markers (Y-STR × mtDNA) not typed (no evidence of this kind)", "X-STRs not typed (no evidence of this kind)",
                        "assuming them independent given each hypothesis");
        String ukrainian = reportText(reports, confirmed, Locale.forLanguageTag("uk"));
        assertThat(ukrainian).contains("Звіт про ідентифікацію за ДНК", "Словесний еквівалент (ENFSI)", "Апріорна ймовірність", name,
                "згоден: усі маркери сумісні", "Сторінка 1 з ").doesNotContain("Posterior probability");
        assertThat(ukrainian.replaceAll("\\s+", " "))
                .containsPattern("Аутосомні STR ?" + Pattern.quote(LineageReportRows.lr(top.log10Lr(), Locale.forLanguageTag("uk"))))
                .contains("Докази за видами", "Лінійні маркери (Y-STR × мтДНК) не типовано (доказів цього виду немає)",
                        "X-STR не типовано (доказів цього виду немає)", "за припущення їхньої незалежності за кожної гіпотези")
                .doesNotContain("not typed");
        assertThat(audit.about("identification-decision:" + confirmed.id())).extracting(e -> e.action() + " " + e.actor())
                .containsExactly("identification.confirmed bob", "identification.report-exported bob", "identification.report-exported bob");
        assertThat(audit.about("identification-decision:" + proposal.id())).extracting(e -> e.action() + " " + e.actor())
                .containsExactly("identification.proposed alice");
    }

    /** The report's extracted text, rendered for a reader of {@code locale}; also checks it declares PDF/A-1b. */
    static String reportText(IdentificationReports reports, Decision confirmed, Locale locale) {
        LocaleContextHolder.setLocale(locale);
        try {
            byte[] pdf = SystemTasks.callAs("bob", () -> reports.report(new DecisionId(confirmed.id())));
            assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            try (com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf)) {
                assertThat(new String(reader.getMetadata(), StandardCharsets.UTF_8)).contains("pdfaid:part", "1");
                StringBuilder text = new StringBuilder();
                com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    text.append(extractor.getTextFromPage(page)).append('\n');
                }
                return text.toString();
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    @Order(5)
    void rejections_and_exclusions_keep_their_reasons_and_the_log_refuses_changes() {
        List<CandidateMatch> candidates = SystemTasks.callAs("alice", () -> identification.candidatesOfRun(new RunId(first.id())));
        CandidateMatch weak = candidates.get(candidates.size() - 1);
        assertThatThrownBy(() -> SystemTasks.callAs("alice", () -> identification.exclude(new CandidateId(weak.id()), " ")))
                .isInstanceOf(InputRefusedException.class).hasMessage("Give the reason");
        Decision excluded = SystemTasks.callAs("alice", () -> identification.exclude(new CandidateId(weak.id()), "inconsistent at 3 markers"));
        assertThat(excluded.reason()).isEqualTo("inconsistent at 3 markers");
        assertThat(SystemTasks.callAs("alice", () -> identification.candidate(new CandidateId(weak.id()))).candidate().status())
                .isEqualTo(CaseStatus.EXCLUDED);

        assertThatThrownBy(() -> jdbc.sql("UPDATE identification_decision SET reason = 'changed'").update())
                .rootCause().hasMessageContaining("identification_decision is append-only: UPDATE is not allowed");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM identification_decision").update())
                .rootCause().hasMessageContaining("append-only: DELETE");
        assertThat(SystemTasks.callAs("alice", decisionLog::verify).intact()).isTrue();
    }

    @Test
    @Order(6)
    void verification_names_an_altered_or_removed_decision() {
        long last = jdbc.sql("SELECT max(id) FROM identification_decision").query(Long.class).single();
        assertThat(last).isGreaterThanOrEqualTo(3);
        long middle = last - 1;

        ChainVerification altered = tamperedDecisions("UPDATE identification_decision SET reason = 'forged' WHERE id = " + middle);
        assertThat(altered.firstBroken()).hasValue(middle);
        assertThat(altered.summary()).isEqualTo("Decision chain broken at decision " + middle
                + ": its content does not match its hash: the decision was altered");

        ChainVerification removed = tamperedDecisions("DELETE FROM identification_decision WHERE id = " + middle);
        assertThat(removed.firstBroken()).hasValue(middle);
        assertThat(removed.problem()).isEqualTo("decision " + middle + " is missing (the next decision is " + last + ")");

        assertThat(SystemTasks.callAs("alice", decisionLog::verify).intact()).isTrue();
    }

    /** Tampers as the superuser (every trigger off, foreign keys included), verifies, and rolls everything back. */
    private ChainVerification tamperedDecisions(String statement) {
        return transactions.execute(status -> {
            jdbc.sql("ALTER TABLE identification_decision DISABLE TRIGGER ALL").update();
            jdbc.sql(statement).update();
            ChainVerification result = SystemTasks.callAs("alice", decisionLog::verify);
            status.setRollbackOnly();
            return result;
        });
    }

    /**
     * Finding 7 of issue 14: an administrator proposed and confirmed with accounts they created. Two
     * analysts of whom one created the other's account within homeward.security.creator-independence
     * (30 days) still confirm, but the confirmation is flagged in the audit log for the auditor.
     */
    @Test
    @Order(6)
    void a_confirmation_by_an_analyst_and_the_creator_of_their_account_is_flagged_for_the_auditor() {
        String suffix = String.valueOf(System.nanoTime() % 100000);
        UserAccount creator = SystemTasks.callAs("test", () -> accounts.createWithPassword("creator-" + suffix, null,
                EnumSet.of(Role.FORENSIC_ANALYST), "a long enough passphrase 7"));
        UserAccount created = SystemTasks.callAs("test", () -> accounts.createWithPassword("created-" + suffix, null,
                EnumSet.of(Role.FORENSIC_ANALYST), "a long enough passphrase 7"));
        // as when the creator was an administrator at the time (UserAccountsTest shows the creator being recorded)
        jdbc.sql("UPDATE app_user SET created_by = ? WHERE id = ?").params(creator.id(), created.id()).update();

        CandidateMatch next = SystemTasks.callAs(creator.username(), identification::queue).get(0);
        Decision proposal = SystemTasks.callAs(creator.username(), () -> identification.propose(new CandidateId(next.id()), "consistent"));
        Decision confirmed = SystemTasks.callAs(created.username(), () -> identification.confirm(new DecisionId(proposal.id()), "agreed"));

        assertThat(audit.about("identification-decision:" + confirmed.id())).extracting(AuditEntry::action)
                .containsExactly("identification.confirmed", "identification.confirmation-flagged");
        assertThat(audit.about("identification-decision:" + confirmed.id()).get(1).details().get("reason"))
                .isEqualTo("analysts not independent: " + creator.username() + " created " + created.username());
    }

    @Test
    @Order(99)
    void a_stored_profile_screening_refuses_is_reported_on_the_run_and_the_run_completes() {
        // As if stored before profiles were checked at the door, or edited in the database.
        jdbc.sql("INSERT INTO genetic_sample (sample_code, kind, stored_at) VALUES ('TBAD-1', 'REMAINS', now())").update();
        jdbc.sql("INSERT INTO genetic_profile (sample_code, marker, allele1, allele2) VALUES ('TBAD-1', 'D3S1358', 'OL', '15'), "
                + "('TBAD-1', 'FGA', ' ', '21')").update();

        Run run = SystemTasks.callAs("analyst-a", identification::runAll);

        assertThat(run.notes()).contains("sample TBAD-1 not screened: markers[0].allele1: 'OL' is not an allele of D3S1358");
        assertThat(run.candidates()).isPositive();
        assertThat(SystemTasks.callAs("identification", identification::screenChanges)).isEmpty();
    }
}
