package org.homeward.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.homeward.app.demo.LedgerDemoData;
import org.homeward.app.common.InputRefusedException;
import org.homeward.app.security.SystemTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The ledger on a real database: a coordinator enters four of the five June 2025 handovers with both
 * sides' counts, and the ledger's self-check finds the missing one; the demo data (the shared reports and DESIGN.md) loads once however often it is loaded;
 * claims cannot be changed, only corrected.
 */
@SpringBootTest
@WithMockUser(username = "coordinator", authorities = {"LEDGER_READ", "LEDGER_WRITE"})
class LedgerTest {

    @Autowired
    Ledger ledger;

    @Autowired
    LedgerDemoData demoData;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_coordinator_enters_the_four_june_phases_and_sees_the_discrepancy_and_the_progress() {
        Party ukraine = ledger.add(new NewParty("Ukraine " + suffix(), PartyKind.STATE, null, List.of()));
        Party russia = ledger.add(new NewParty("Russia " + suffix(), PartyKind.STATE, null, List.of()));
        Party turkiye = ledger.add(new NewParty("Türkiye " + suffix(), PartyKind.MEDIATOR, null, List.of()));
        Source source = ledger.add(new NewSource("Coordination Headquarters", null, "https://example.org/statement",
                LocalDate.of(2025, 6, 16), SourceKind.OFFICIAL_STATEMENT, null));
        Statement statement = ledger.add(new NewStatement(source.id(), ukraine.id(), null, LocalDate.of(2025, 6, 16),
                "Another 1,245 bodies returned to Ukraine from Russia."));
        Statement moscow = ledger.add(new NewStatement(source.id(), russia.id(), null, null,
                "Russia's defense ministry reported 1,248 bodies."));

        Agreement agreement = ledger.add(new NewAgreement("Istanbul", LocalDate.of(2025, 6, 2), DatePrecision.DAY,
                "Istanbul", List.of(turkiye.id()), List.of(new NewCommitment(russia.id(), ukraine.id(), "bodies")), null));
        Commitment toUkraine = agreement.commitments().get(0);
        ledger.add(claim(statement, ukraine, Subject.committed(toUkraine.id()), 6_000));
        ledger.add(claim(moscow, russia, Subject.committed(toUkraine.id()), 6_000));
        long[] kyiv = {1_212, 1_200, 1_200, 1_245};
        Transfer last = null;
        for (int phase = 1; phase <= 4; phase++) {
            last = ledger.add(new NewTransfer(LocalDate.of(2025, 6, 10 + phase), DatePrecision.DAY, "Ukraine–Belarus border",
                    phase, russia.id(), ukraine.id(), agreement.id(), TransferKind.REPATRIATION, null, List.of(), null));
            ledger.add(claim(statement, ukraine, Subject.transfer(last.id()), kyiv[phase - 1]));
        }
        ledger.add(claim(moscow, russia, Subject.transfer(last.id()), 1_248));
        ledger.add(claim(statement, ukraine, Subject.delivered(toUkraine.id()), 6_057));
        ledger.add(claim(moscow, russia, Subject.delivered(toUkraine.id()), 6_060));

        TransferView view = ledger.transferView(last.id());
        FigureSet count = view.count();
        assertThat(count.of(ukraine.id())).singleElement().satisfies(c -> assertThat(c.claim().figure()).isEqualTo(Figure.exact(1_245)));
        assertThat(count.of(russia.id())).singleElement().satisfies(c -> assertThat(c.claim().figure()).isEqualTo(Figure.exact(1_248)));
        assertThat(count.discrepancy()).isEqualTo(3);
        assertThat(count.range(Locale.ENGLISH)).isEqualTo("1,245–1,248");
        assertThat(count.claims()).allSatisfy(c -> assertThat(c.reliability()).isEqualTo(Reliability.DISPUTED));
        assertThat(view.receipts()).isEmpty();

        AgreementProgress progress = ledger.agreementProgress(agreement.id());
        DirectionProgress direction = progress.directions().get(0);
        assertThat(direction.committed().lower()).isEqualTo(6_000);
        assertThat(direction.committed().claims()).allSatisfy(c -> assertThat(c.reliability()).isEqualTo(Reliability.CONFIRMED_BY_BOTH));
        assertThat(direction.delivered().of(ukraine.id()).get(0).claim().figure()).isEqualTo(Figure.exact(6_057));
        assertThat(direction.delivered().of(russia.id()).get(0).claim().figure()).isEqualTo(Figure.exact(6_060));
        assertThat(direction.delivered().discrepancy()).isEqualTo(3);
        assertThat(direction.recorded()).extracting(PartyTally::total, PartyTally::counted, PartyTally::of)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1_248L, 1, 4), org.assertj.core.groups.Tuple.tuple(4_857L, 4, 4));
        assertThat(progress.mediators()).containsExactly(turkiye);

        // Kyiv states 6,057 but only four of the five handovers are recorded: the self-check says one may be missing
        SelfCheck missing = progress.checks().stream().filter(check -> check.kind() == SelfCheck.Kind.STATED_TOTAL
                && check.party().id().equals(ukraine.id())).findFirst().orElseThrow();
        assertThat(missing.outcome()).isEqualTo(SelfCheck.Outcome.SHORT);
        assertThat(missing.isFlagged()).isTrue();
        assertThat(messages.getMessage(missing.messageKey(), missing.arguments(Locale.ENGLISH), Locale.ENGLISH)).isEqualTo(
                ukraine.name() + " states 6,057; its counts of the recorded transfers sum to 4,857 (4 of 4 transfers counted): "
                        + "1,200 are in no recorded transfer, so a handover may be missing.");
    }

    @Test
    void a_correction_supersedes_and_the_history_stays() {
        demoData.load();
        TransferId lastPhase = new TransferId(LedgerDemoData.id("transfer/istanbul/phase-5/ru-ua"));
        ClaimView moscow = ledger.transferView(lastPhase).count().of(LedgerDemoData.RUSSIA.id()).stream()
                .filter(c -> c.claim().party().equals(LedgerDemoData.RUSSIA_DEFENCE.id())).findFirst().orElseThrow();

        Claim corrected = ledger.add(new NewClaim(moscow.statement().id(), LedgerDemoData.RUSSIA_DEFENCE.id(),
                Subject.transfer(lastPhase), Unit.BODIES, Figure.exact(1_247), null, moscow.claim().id(), null, "typo in entry"));

        assertThat(ledger.claimHistory(corrected.id())).extracting(c -> c.claim().figure().best()).containsExactly(1_247L, 1_248L);
        assertThat(ledger.claim(moscow.claim().id()).supersededBy()).isEqualTo(corrected.id());
        assertThat(ledger.transferView(lastPhase).count().superseded()).extracting(c -> c.claim().id()).contains(moscow.claim().id());
        assertThatThrownBy(() -> ledger.add(new NewClaim(moscow.statement().id(), LedgerDemoData.RUSSIA_DEFENCE.id(),
                Subject.transfer(lastPhase), Unit.BODIES, Figure.exact(1_249), null, moscow.claim().id(), null, null)))
                .isInstanceOf(InputRefusedException.class).hasMessageContaining("already corrected");
    }

    @Test
    void claims_statements_and_sources_cannot_be_changed_or_deleted_in_the_database() {
        demoData.load();
        UUID claim = LedgerDemoData.claimId("004/1245");
        for (String sql : List.of("UPDATE ledger_claim SET value_best = 1 WHERE id = ?", "DELETE FROM ledger_claim WHERE id = ?")) {
            assertThatThrownBy(() -> jdbc.sql(sql).param(claim).update()).hasMessageContaining("append-only");
        }
        // a part stays in its whole: neither taken out of it nor moved to another
        for (String sql : List.of("UPDATE ledger_claim SET part_of = NULL, share = false WHERE id = ?",
                "UPDATE ledger_claim SET part_of = '" + LedgerDemoData.claimId("001/563") + "' WHERE id = ?")) {
            assertThatThrownBy(() -> jdbc.sql(sql).param(LedgerDemoData.claimId("001/89")).update()).hasMessageContaining("append-only");
        }
        assertThatThrownBy(() -> jdbc.sql("UPDATE ledger_statement SET quote = 'x'").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE ledger_claim CASCADE").update()).hasMessageContaining("append-only");
    }

    @Test
    void the_demo_enters_report_000_through_the_text_path_as_claims_without_a_figure() {
        demoData.load();
        List<QualitativeClaimView> kupyansk = ledger.qualitativeClaims().stream()
                .filter(view -> view.source().id().equals(new SourceId(LedgerDemoData.id("source/000"))))
                .filter(view -> SystemTasks.DEMO.equals(view.claim().recordedBy())) // other tests add their own to this source
                .toList();
        assertThat(kupyansk).extracting(view -> view.claim().assertion()).containsExactlyInAnyOrder(
                "The Ukrainian command is not evacuating the bodies of its dead from Kupyansk",
                "A vast number of corpses of Ukrainian troops left in the city",
                "Retreating Ukrainian soldiers do not evacuate fallen comrades");
        assertThat(kupyansk).allSatisfy(view -> {
            assertThat(view.speaker()).isEqualTo(LedgerDemoData.RUSSIA_UNNAMED);
            assertThat(view.statement().speaker()).isEqualTo("unnamed Russian officials");
            assertThat(view.claim().verification()).isEqualTo(Verification.UNVERIFIED);
            assertThat(LedgerDemoData.retelling("000")).contains(view.statement().quote());
        });
        assertThat(ledger.claimsFromSource(new SourceId(LedgerDemoData.id("source/000")))).isEmpty();
    }

    @Test
    void the_demo_data_loads_once_however_often_it_is_loaded() {
        demoData.load();
        Map<String, Integer> before = counts();
        demoData.load();

        assertThat(counts()).isEqualTo(before);
        assertThat(before.get("ledger_claim")).isGreaterThanOrEqualTo(40);
    }

    @Test
    void the_demo_data_shows_the_reports_figures_with_their_discrepancies_and_breakdowns() {
        demoData.load();
        TransferView lastPhase = ledger.transferView(new TransferId(LedgerDemoData.id("transfer/istanbul/phase-5/ru-ua")));
        assertThat(lastPhase.count().discrepancy()).isEqualTo(3);
        assertThat(lastPhase.count().lower()).isEqualTo(1_245);
        assertThat(lastPhase.count().upper()).isEqualTo(1_248);

        AgreementProgress istanbul = ledger.agreementProgress(new AgreementId(LedgerDemoData.id("agreement/istanbul-2025")));
        DirectionProgress toUkraine = istanbul.directions().stream()
                .filter(d -> d.to().equals(LedgerDemoData.UKRAINE)).findFirst().orElseThrow();
        assertThat(toUkraine.committed().range(Locale.ENGLISH)).isEqualTo("6,000");
        assertThat(toUkraine.delivered().claims()).extracting(c -> c.claim().figure().toString())
                .contains("6,057", "6,060", "≥ 6,000");

        TransferView batch = ledger.transferView(new TransferId(LedgerDemoData.id("transfer/2024-563/ru-ua")));
        assertThat(batch.breakdowns()).extracting(b -> b.whole().source().publisher(), BreakdownCheck::partsTotal, BreakdownCheck::status)
                .contains(org.assertj.core.groups.Tuple.tuple("DnewsInfo", 474L, BreakdownStatus.SHORT),
                        org.assertj.core.groups.Tuple.tuple("Homeward design notes", 563L, BreakdownStatus.ADDS_UP),
                        org.assertj.core.groups.Tuple.tuple("DnewsInfo", 0L, BreakdownStatus.SHARES));
        assertThat(batch.breakdowns()).filteredOn(BreakdownCheck::isFlagged).singleElement()
                .satisfies(flagged -> assertThat(flagged.partsTotal()).isEqualTo(474));

        List<Reciprocity> reciprocity = ledger.reciprocity();
        assertThat(reciprocity).isNotEmpty();
        assertThat(ledger.timeline()).extracting(TimelineEntry::kind).contains(TimelineKind.AGREEMENT, TimelineKind.TRANSFER, TimelineKind.OFFER);
        Statistics statistics = ledger.statistics();
        assertThat(statistics.casualties()).extracting(set -> set.subject().about())
                .contains("Ukrainian military deaths", "Russian military deaths");
        // "tens of thousands" is an order of magnitude, kept in words, not the interval 10,000–99,999
        assertThat(statistics.qualitative()).extracting(view -> view.claim().assertion(), view -> view.claim().magnitude())
                .contains(org.assertj.core.groups.Tuple.tuple("Soldiers killed on both sides since February 2022", Magnitude.TENS_OF_THOUSANDS));
        assertThat(statistics.offers()).singleElement().satisfies(o -> assertThat(o.figures().get(0).lower()).isEqualTo(2_239));
    }

    @Test
    void every_write_is_in_the_audit_log() {
        Party party = ledger.add(new NewParty("Audited " + suffix(), PartyKind.INDEPENDENT, null, List.of()));

        assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE action = 'ledger.party-added' AND subject = ?")
                .param("party:" + party.id()).query(String.class).single()).isEqualTo("coordinator");
    }

    @Test
    @WithMockUser(username = "observer", authorities = "STATISTICS_READ")
    void writing_needs_the_ledger_write_permission() {
        assertThatThrownBy(() -> ledger.add(new NewParty("Refused " + suffix(), PartyKind.INDEPENDENT, null, List.of())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void refused_input_names_the_field() {
        demoData.load();
        StatementId statement = new StatementId(LedgerDemoData.statementId("004/1245"));
        assertThatThrownBy(() -> ledger.add(new NewClaim(statement, LedgerDemoData.UKRAINE.id(),
                Subject.transfer(new TransferId(UUID.randomUUID())), Unit.BODIES, Figure.exact(1), null, null, null, null)))
                .isInstanceOfSatisfying(InputRefusedException.class, refused -> assertThat(refused.path()).isEqualTo("subject.transfer"));
        assertThatThrownBy(() -> ledger.add(new NewClaim(statement, LedgerDemoData.UKRAINE.id(),
                Subject.casualty("x"), Unit.PERSONS, new Figure(Qualifier.RANGE, 5L, null, 3L), null, null, null, null)))
                .isInstanceOfSatisfying(InputRefusedException.class, refused -> assertThat(refused.path()).isEqualTo("figure"));
    }

    @Test
    void a_partys_figure_is_its_own_latest_statement_and_retellings_or_mediators_never_replace_or_confirm_it() {
        Actors actors = actors();
        Party ukraine = actors.ukraine();
        Party headquarters = actors.headquarters();
        Party russia = actors.russia();
        Party icrc = actors.icrc();
        Party media = actors.media();
        Source official = ledger.add(new NewSource("Headquarters", null, null, LocalDate.of(2025, 7, 2), SourceKind.OFFICIAL_STATEMENT, null));
        Source news = ledger.add(new NewSource("Wire", null, null, LocalDate.of(2025, 7, 3), SourceKind.INDEPENDENT_MEDIA, null));
        Agreement agreement = ledger.add(new NewAgreement("Summer " + suffix(), LocalDate.of(2025, 6, 30), DatePrecision.DAY, null,
                List.of(icrc.id()), List.of(new NewCommitment(russia.id(), ukraine.id(), "bodies")), null));
        Transfer transfer = ledger.add(new NewTransfer(LocalDate.of(2025, 7, 1), DatePrecision.DAY, null, null, russia.id(), ukraine.id(),
                agreement.id(), TransferKind.REPATRIATION, null, List.of(), null));
        Subject handover = Subject.transfer(transfer.id());

        Statement latest = ledger.add(new NewStatement(official.id(), headquarters.id(), null, LocalDate.of(2025, 7, 2), "97 bodies returned."));
        ledger.add(claim(latest, ukraine, handover, 97));
        // entered afterwards, but stated a day earlier: not the party's latest word
        Statement earlier = ledger.add(new NewStatement(official.id(), headquarters.id(), null, LocalDate.of(2025, 7, 1), "95 bodies."));
        ledger.add(claim(earlier, ukraine, handover, 95));
        // a medium retelling Kyiv's count, entered last: evidence about the statement, not Kyiv's count
        Statement retelling = ledger.add(new NewStatement(news.id(), media.id(), null, LocalDate.of(2025, 7, 3), "Kyiv received 109 bodies."));
        ledger.add(claim(retelling, ukraine, handover, 109));

        DirectionProgress direction = ledger.agreementProgress(agreement.id()).directions().get(0);
        assertThat(direction.recorded()).filteredOn(tally -> tally.party().id().equals(ukraine.id()))
                .singleElement().satisfies(tally -> assertThat(tally.total()).isEqualTo(97));

        Subject committed = Subject.committed(agreement.commitments().get(0).id());
        ClaimId own = ledger.add(claim(latest, ukraine, committed, 1_000)).id();
        ClaimId retold = ledger.add(claim(retelling, ukraine, committed, 1_000)).id();
        Statement mediator = ledger.add(new NewStatement(official.id(), icrc.id(), null, LocalDate.of(2025, 7, 2), "Between 900 and 1,100."));
        ClaimId range = ledger.add(new NewClaim(mediator.id(), icrc.id(), committed, Unit.BODIES, new Figure(Qualifier.RANGE, 900L, null, 1_100L),
                null, null, null, null)).id();
        assertThat(ledger.claim(own).reliability()).isEqualTo(Reliability.SINGLE_SOURCE);
        assertThat(ledger.claim(retold).reliability()).isEqualTo(Reliability.RETOLD);
        assertThat(ledger.claim(range).reliability()).isEqualTo(Reliability.NOT_A_PARTY_FIGURE);

        Statement moscow = ledger.add(new NewStatement(official.id(), russia.id(), null, LocalDate.of(2025, 7, 2), "1,000 agreed."));
        ledger.add(claim(moscow, russia, committed, 1_000));
        assertThat(ledger.claim(own).reliability()).isEqualTo(Reliability.CONFIRMED_BY_BOTH);
    }

    @Test
    void only_belligerents_send_or_receive_a_transfer_and_they_come_first_among_the_parties() {
        Actors actors = actors();
        Party ukraine = actors.ukraine();
        assertThat(refusedTransfer(actors.icrc(), ukraine)).isEqualTo("from");
        assertThat(refusedTransfer(ukraine, actors.media())).isEqualTo("to");
        // the headquarters speaks for Ukraine: a transfer between them is one from a side to itself
        assertThat(refusedTransfer(ukraine, actors.headquarters())).isEqualTo("to");

        List<PartyKind> kinds = ledger.parties().stream().map(Party::kind).toList();
        assertThat(kinds.get(0).isBelligerent()).isTrue();
        assertThat(kinds.indexOf(PartyKind.MEDIATOR)).isGreaterThan(kinds.lastIndexOf(PartyKind.AGENCY));
        assertThat(kinds.lastIndexOf(PartyKind.MEDIATOR)).isLessThan(kinds.indexOf(PartyKind.INDEPENDENT));
    }

    /** Both belligerents (one speaking through an agency), a mediator and a medium, named so that the last two sort first by name. */
    private record Actors(Party ukraine, Party headquarters, Party russia, Party icrc, Party media) {
    }

    private Actors actors() {
        Party ukraine = ledger.add(new NewParty("Ukraine " + suffix(), PartyKind.STATE, null, List.of()));
        return new Actors(ukraine, ledger.add(new NewParty("Headquarters " + suffix(), PartyKind.AGENCY, ukraine.id(), List.of())),
                ledger.add(new NewParty("Russia " + suffix(), PartyKind.STATE, null, List.of())),
                ledger.add(new NewParty("A ICRC " + suffix(), PartyKind.MEDIATOR, null, List.of())),
                ledger.add(new NewParty("A BBC " + suffix(), PartyKind.INDEPENDENT, null, List.of())));
    }

    /** The path at which a transfer between the two parties is refused. */
    private String refusedTransfer(Party from, Party to) {
        NewTransfer transfer = new NewTransfer(LocalDate.of(2025, 7, 1), DatePrecision.DAY, null, null, from.id(), to.id(), null,
                TransferKind.REPATRIATION, null, List.of(), null);
        try {
            ledger.add(transfer);
        } catch (InputRefusedException refused) {
            return refused.path();
        }
        throw new AssertionError("a transfer from " + from.name() + " to " + to.name() + " was accepted");
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (String table : List.of("ledger_party", "ledger_source", "ledger_statement", "ledger_agreement", "ledger_commitment",
                "ledger_transfer", "ledger_offer", "ledger_claim")) {
            counts.put(table, jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single());
        }
        return counts;
    }

    private static NewClaim claim(Statement statement, Party party, Subject subject, long value) {
        return new NewClaim(statement.id(), party.id(), subject, Unit.BODIES, Figure.exact(value), null, null, null, null);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
