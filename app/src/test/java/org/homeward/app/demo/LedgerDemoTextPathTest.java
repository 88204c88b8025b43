package org.homeward.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.homeward.app.ledger.ClaimView;
import org.homeward.app.ledger.Figure;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.Magnitude;
import org.homeward.app.ledger.OfferId;
import org.homeward.app.ledger.ProposedClaim;
import org.homeward.app.ledger.QualitativeClaimView;
import org.homeward.app.ledger.SourceId;
import org.homeward.app.ledger.Statement;
import org.homeward.app.ledger.Subject;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.security.SystemTasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demonstration enters the design notes and the five reports through the text path: every
 * statement quotes a sentence of the retelling the reader was given, every figure is one the reader
 * proposed for that sentence, and the figures the issue names come through.
 */
@SpringBootTest
class LedgerDemoTextPathTest {

    private static final String DEMO = SystemTasks.DEMO;
    private static final List<String> REPORTS = List.of("design", "000", "001", "002", "003", "004");

    @Autowired
    LedgerDemoData demoData;

    @Autowired
    Ledger ledger;

    @BeforeEach
    void load() {
        SystemTasks.runAs("test", demoData::load);
    }

    @Test
    void every_demo_statement_quotes_its_retelling_and_every_figure_is_one_the_reader_proposed() {
        for (String report : REPORTS) {
            String text = LedgerDemoData.retelling(report);
            List<Statement> quoted = new java.util.ArrayList<>(claims(report).stream().map(ClaimView::statement).toList());
            qualitative(report).forEach(view -> quoted.add(view.statement()));
            assertThat(quoted).as(report).isNotEmpty().allSatisfy(statement -> assertThat(text).as(report).contains(statement.quote()));
            List<ProposedClaim> proposed = ledger.read(text, null).claims();
            assertThat(claims(report)).as(report).allSatisfy(view -> assertThat(proposed).as(view.statement().quote())
                    .anySatisfy(claim -> {
                        assertThat(claim.sentence()).isEqualTo(view.statement().quote());
                        assertThat(claim.figure()).isEqualTo(view.claim().figure());
                    }));
        }
    }

    @Test
    void each_report_gives_the_claims_the_coordinator_kept() {
        Map<String, Integer> counts = REPORTS.stream().collect(Collectors.toMap(Function.identity(), report -> claims(report).size()));
        assertThat(counts).isEqualTo(Map.of("design", 15, "000", 0, "001", 4, "002", 5, "003", 5, "004", 7));
        Map<String, Integer> withoutFigure = REPORTS.stream().collect(Collectors.toMap(Function.identity(),
                report -> qualitative(report).size()));
        assertThat(withoutFigure).isEqualTo(Map.of("design", 0, "000", 3, "001", 0, "002", 0, "003", 0, "004", 1));
    }

    @Test
    void the_june_handovers_the_offer_and_the_kupyansk_claims_come_through_the_text_path() {
        // the five June 2025 handovers, by Kyiv's count, add up to the 6,057 it states in total
        long[] kyiv = {1_212, 1_200, 1_200, 1_200, 1_245};
        assertThat(java.util.Arrays.stream(kyiv).sum()).isEqualTo(6_057);
        for (int phase = 1; phase <= kyiv.length; phase++) {
            TransferId transfer = new TransferId(LedgerDemoData.id("transfer/istanbul/phase-" + phase + "/ru-ua"));
            List<ClaimView> fromNotes = claims("design").stream()
                    .filter(view -> view.claim().subject().equals(Subject.transfer(transfer))
                            && view.claim().party().equals(LedgerDemoData.UKRAINE.id())).toList();
            Figure stated = Figure.exact(kyiv[phase - 1]);
            assertThat(fromNotes).as("phase " + phase).singleElement()
                    .satisfies(view -> assertThat(view.claim().figure()).isEqualTo(stated));
        }
        Subject last = Subject.transfer(new TransferId(LedgerDemoData.id("transfer/istanbul/phase-5/ru-ua")));
        assertThat(claims("design")).filteredOn(view -> view.claim().subject().equals(last)
                        && view.claim().party().equals(LedgerDemoData.RUSSIA.id()))
                .singleElement().satisfies(view -> assertThat(view.claim().figure()).isEqualTo(Figure.exact(1_248)));
        Subject offer = Subject.offer(new OfferId(LedgerDemoData.id("offer/2239")));
        assertThat(ledger.claims()).filteredOn(view -> view.claim().subject().equals(offer))
                .extracting(view -> view.claim().figure()).containsOnly(Figure.exact(2_239)).hasSize(2);
        assertThat(qualitative("000")).extracting(view -> view.claim().assertion())
                .containsExactlyInAnyOrder("The Ukrainian command is not evacuating the bodies of its dead from Kupyansk",
                        "A vast number of corpses of Ukrainian troops left in the city",
                        "Retreating Ukrainian soldiers do not evacuate fallen comrades");
        // the compilation quotes no one: its figures are retellings of the parties', never their own statements
        assertThat(claims("design")).allSatisfy(view -> assertThat(view.speaker()).isNull());
        assertThat(qualitative("004")).singleElement().satisfies(tens -> {
            assertThat(tens.speaker()).isEqualTo(LedgerDemoData.MONITORS);
            assertThat(tens.claim().magnitude()).isEqualTo(Magnitude.TENS_OF_THOUSANDS);
        });
    }

    /** The claims the demonstration recorded from a report (other tests add their own to the same sources). */
    private List<ClaimView> claims(String report) {
        return ledger.claimsFromSource(source(report)).stream().filter(view -> DEMO.equals(view.claim().recordedBy())).toList();
    }

    private List<QualitativeClaimView> qualitative(String report) {
        return ledger.qualitativeClaims().stream()
                .filter(view -> view.source().id().equals(source(report)) && DEMO.equals(view.claim().recordedBy())).toList();
    }

    private static SourceId source(String report) {
        return new SourceId(LedgerDemoData.id("source/" + report));
    }
}
