package org.homeward.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.homeward.app.common.InputRefusedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Breakdowns as trees (issue 16 item 3): "of those" makes a child, a share of its whole, never a
 * sibling of the whole's parts; each level is checked on its own. The two retellings of the 563: the
 * first (320 from Donetsk, of those 89 near Bakhmut, and 154 from morgues) does not add up, and its
 * nested 89 is not flagged; the second (320, 89 and 154) adds up.
 */
@SpringBootTest
@WithMockUser(username = "coordinator", authorities = {"LEDGER_READ", "LEDGER_WRITE"})
class BreakdownTreeTest {

    @Autowired
    Ledger ledger;

    @Autowired
    ReportEntry reports;

    Party ukraine;
    Transfer batch;
    Statement statement;

    @BeforeEach
    void setUp() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ukraine = ledger.add(new NewParty("Ukraine " + suffix, PartyKind.STATE, null, List.of()));
        Party russia = ledger.add(new NewParty("Russia " + suffix, PartyKind.STATE, null, List.of()));
        batch = ledger.add(new NewTransfer(LocalDate.of(2024, 1, 1), DatePrecision.YEAR, null, null, russia.id(), ukraine.id(),
                null, TransferKind.REPATRIATION, null, List.of(), null));
        Source source = ledger.add(new NewSource("Wire " + suffix, "563 bodies", null, LocalDate.of(2024, 5, 20),
                SourceKind.INDEPENDENT_MEDIA, null));
        statement = ledger.add(new NewStatement(source.id(), ukraine.id(), null, null,
                "563 bodies: 320 from the Donetsk region, of those 89 near Bakhmut, and 154 from morgues in Russia."));
    }

    @Test
    void the_first_retelling_does_not_add_up_and_its_nested_share_is_not_flagged() {
        Claim whole = claim(Subject.transfer(batch.id()), 563, null, false);
        Claim donetsk = claim(recovery("Donetsk region"), 320, whole.id(), false);
        Claim bakhmut = claim(recovery("near Bakhmut"), 89, donetsk.id(), true);
        claim(recovery("morgues in Russia"), 154, whole.id(), false);

        assertThat(bakhmut.partOf()).isEqualTo(donetsk.id());
        BreakdownCheck top = ledger.breakdown(whole.id()).orElseThrow();
        assertThat(top.status()).isEqualTo(BreakdownStatus.SHORT);
        assertThat(top.partsTotal()).isEqualTo(474);
        assertThat(top.shortBy()).isEqualTo(89);
        assertThat(top.parts()).extracting(part -> part.claim().figure().best()).containsExactly(320L, 154L);

        BreakdownCheck nested = ledger.breakdown(donetsk.id()).orElseThrow();
        assertThat(nested.status()).isEqualTo(BreakdownStatus.SHARES);
        assertThat(nested.isFlagged()).isFalse();
        assertThat(nested.shares()).extracting(share -> share.claim().figure().best()).containsExactly(89L);
        assertThat(ledger.transferView(batch.id()).breakdowns()).filteredOn(BreakdownCheck::isFlagged)
                .extracting(check -> check.whole().claim().id()).containsExactly(whole.id());
    }

    @Test
    void the_second_retelling_adds_up() {
        Claim whole = claim(Subject.transfer(batch.id()), 563, null, false);
        for (long part : new long[] {320, 89, 154}) {
            claim(recovery("front " + part), part, whole.id(), false);
        }
        BreakdownCheck check = ledger.breakdown(whole.id()).orElseThrow();
        assertThat(check.status()).isEqualTo(BreakdownStatus.ADDS_UP);
        assertThat(check.partsTotal()).isEqualTo(563);
    }

    @Test
    void a_single_smaller_part_is_a_part_that_falls_short_unless_it_is_stored_as_a_share() {
        Claim whole = claim(Subject.transfer(batch.id()), 563, null, false);
        claim(recovery("Donetsk region"), 320, whole.id(), false);
        BreakdownCheck check = ledger.breakdown(whole.id()).orElseThrow();
        assertThat(check.status()).isEqualTo(BreakdownStatus.SHORT);
        assertThat(check.shortBy()).isEqualTo(243);
    }

    @Test
    void a_report_entered_with_of_those_keeps_the_share_under_its_whole() {
        Source source = reports.enter(new NewReport(new NewSource("Report " + UUID.randomUUID(), null, null, LocalDate.of(2024, 5, 20),
                SourceKind.INDEPENDENT_MEDIA, null), List.of(), List.of(
                item("563 bodies were returned.", Subject.transfer(batch.id()), 563, null, false),
                item("320 of these came from the Donetsk region.", recovery("Donetsk region"), 320, 0, false),
                item("Of those, 89 bodies were returned from near Bakhmut.", recovery("near Bakhmut"), 89, 1, true),
                item("Additionally, 154 bodies came from morgues in Russia.", recovery("morgues"), 154, 0, false))));
        List<ClaimView> claims = ledger.claimsFromSource(source.id());
        ClaimView donetsk = claims.stream().filter(view -> view.claim().figure().best() == 320).findFirst().orElseThrow();
        ClaimView bakhmut = claims.stream().filter(view -> view.claim().figure().best() == 89).findFirst().orElseThrow();
        assertThat(bakhmut.claim().partOf()).isEqualTo(donetsk.claim().id());
        assertThat(bakhmut.claim().share()).isTrue();
        assertThat(ledger.breakdown(donetsk.claim().partOf()).orElseThrow().partsTotal()).isEqualTo(474);
        assertThat(ledger.breakdown(donetsk.claim().id()).orElseThrow().isFlagged()).isFalse();
    }

    @Test
    void a_claim_is_a_part_of_one_whole_never_of_its_own_parts_and_never_larger_than_its_whole() {
        Claim whole = claim(Subject.transfer(batch.id()), 563, null, false);
        Claim donetsk = claim(recovery("Donetsk region"), 320, whole.id(), false);
        Claim loose = claim(recovery("near Bakhmut"), 89, null, false);

        ledger.linkPart(donetsk.id(), loose.id(), true);
        ledger.linkPart(donetsk.id(), loose.id(), true); // the same link again changes nothing
        assertThat(ledger.claim(loose.id()).claim().partOf()).isEqualTo(donetsk.id());
        assertThatThrownBy(() -> ledger.linkPart(whole.id(), loose.id(), false))
                .isInstanceOf(InputRefusedException.class).hasMessageContaining("already a part of another claim");
        Claim top = claim(Subject.transfer(batch.id()), 600, null, false);
        assertThatThrownBy(() -> ledger.linkPart(donetsk.id(), whole.id(), false))
                .isInstanceOf(InputRefusedException.class).hasMessageContaining("of its own parts");
        assertThatThrownBy(() -> claim(recovery("too many"), 700, top.id(), false))
                .isInstanceOf(InputRefusedException.class).hasMessageContaining("cannot be larger than its whole")
                .satisfies(refused -> assertThat(((InputRefusedException) refused).path()).isEqualTo("figure"));
        assertThatThrownBy(() -> ledger.add(new NewClaim(statement.id(), ukraine.id(), recovery("loose share"), Unit.BODIES,
                Figure.exact(5), null, null, null, null, true)))
                .isInstanceOf(InputRefusedException.class).hasMessageContaining("names the whole");
    }

    private Subject recovery(String place) {
        return Subject.recovery(place, batch.id());
    }

    private Claim claim(Subject subject, long value, ClaimId partOf, boolean share) {
        return ledger.add(new NewClaim(statement.id(), ukraine.id(), subject, Unit.BODIES, Figure.exact(value), null, null,
                partOf, null, share));
    }

    private NewReport.Item item(String quote, Subject subject, long value, Integer partOf, boolean share) {
        return new NewReport.Item(ProposalKind.COUNT, quote, ukraine.id(), null, null, ukraine.id(), subject, null, Unit.BODIES,
                Figure.exact(value), partOf, share, null);
    }
}
