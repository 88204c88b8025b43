package org.homeward.app.ledger.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.homeward.app.demo.LedgerDemoData;
import org.homeward.app.ledger.AgreementId;
import org.homeward.app.ledger.LedgerDate;
import org.homeward.app.ledger.ProposalKind;
import org.homeward.app.ledger.ProposedClaim;
import org.homeward.app.ledger.ProposedTransfer;
import org.homeward.app.ledger.ReportReading;
import org.homeward.app.ledger.SubjectKind;
import org.homeward.app.ledger.Transfer;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.ledger.TransferKind;
import org.homeward.app.ledger.Unit;
import org.junit.jupiter.api.Test;

/** The rules over the tags: speakers, dates of statements and sources, subjects, parts, claims without a number. */
class ReaderRulesTest {

    private static final Transfer JUNE_11 = new Transfer(new TransferId(UUID.randomUUID()), LedgerDate.day(LocalDate.of(2025, 6, 11)), null, null,
            LedgerDemoData.RUSSIA.id(), LedgerDemoData.UKRAINE.id(), (AgreementId) null, TransferKind.REPATRIATION, null, List.of(), null);
    private final ReportReader reader = new ReportReader(LedgerDemoData.PARTIES, List.of(JUNE_11));

    @Test
    void the_speaker_is_the_organisation_or_official_quoted_in_any_language() {
        assertThat(speaker("Координаційний штаб з питань поводження з військовополоненими повідомив, що Україні повернули 1 200 тіл."))
                .isEqualTo(LedgerDemoData.COORDINATION_HQ.id().toString());
        assertThat(speaker("За словами Мединського, Україні передали 6 060 тіл.")).isEqualTo(LedgerDemoData.RUSSIA_NEGOTIATOR.id().toString());
        assertThat(speaker("Мединский заявил, что Россия передала 6 060 тел.")).isEqualTo(LedgerDemoData.RUSSIA_NEGOTIATOR.id().toString());
        assertThat(speaker("Міноборони РФ повідомило про передачу 1 248 тіл.")).isEqualTo(LedgerDemoData.RUSSIA_DEFENCE.id().toString());
        assertThat(speaker("Минобороны России сообщило, что Украине передано 1 248 тел.")).isEqualTo(LedgerDemoData.RUSSIA_DEFENCE.id().toString());
        assertThat(speaker("The Russian Ministry of Defence said 1,248 bodies were handed over.")).isEqualTo(LedgerDemoData.RUSSIA_DEFENCE.id().toString());
        assertThat(speaker("МКЧХ повідомив, що сприяв передачі 909 тіл.")).isEqualTo(LedgerDemoData.ICRC.id().toString());
        assertThat(speaker("По данным МККК, передано 909 тел.")).isEqualTo(LedgerDemoData.ICRC.id().toString());

        ProposedClaim medinsky = reader.read("Мединський заявив, що Росія готова передати ще 2 239 тіл.", null).claims().get(0);
        assertThat(medinsky.person()).isEqualTo("Vladimir Medinsky");
        assertThat(medinsky.mention()).isEqualTo("Мединський");
    }

    @Test
    void a_sentence_without_a_speaker_takes_the_one_who_spoke_earlier_in_the_paragraph() {
        List<ProposedClaim> claims = reader.read("Координаційний штаб з питань поводження з військовополоненими повідомив про репатріацію 563 тіл. "
                + "З них 320 тіл повернули з Донеччини.", null).claims();

        assertThat(claims).extracting(ProposedClaim::party).containsOnly(LedgerDemoData.COORDINATION_HQ.id());
    }

    @Test
    void the_source_date_comes_from_the_dateline_and_dates_the_statements() {
        ReportReading reading = reader.read("Київ, 14 серпня 2025 року.\nКоординаційний штаб сьогодні повідомив про 1 200 тіл.", null);

        assertThat(reading.source().publishedOn()).isEqualTo(LocalDate.of(2025, 8, 14));
        assertThat(reading.claims()).singleElement().satisfies(claim -> {
            assertThat(claim.statedOn()).isEqualTo(LocalDate.of(2025, 8, 14));
            assertThat(claim.text()).isEqualTo("1 200");
        });
    }

    @Test
    void a_statement_dated_in_its_sentence_keeps_that_day_but_never_after_the_source() {
        ReportReading reading = reader.read("Москва, 20 июня 2025 года.\n16 июня Мединский заявил, что передано 1 200 тел. "
                + "25 июня Мединский заявил, что передано 1 245 тел.", null);

        assertThat(reading.claims()).extracting(ProposedClaim::statedOn)
                .containsExactly(LocalDate.of(2025, 6, 16), LocalDate.of(2025, 6, 20));
    }

    @Test
    void the_subject_is_the_transfer_whose_date_matches_or_a_new_one() {
        ReportReading reading = reader.read("11 червня 2025 року Україні повернули 1 200 тіл. "
                + "14 червня 2025 року Україні повернули ще 1 200 тіл. 14 червня 2025 року Україна передала Росії 27 тіл.", null);

        List<ProposedClaim> claims = reading.claims();
        assertThat(claims.get(0).subject()).isEqualTo(SubjectKind.TRANSFER);
        assertThat(claims.get(0).transfer()).isEqualTo(JUNE_11.id());
        assertThat(claims.get(1).transfer()).isNull();
        assertThat(claims.get(1).newTransfer()).isZero();
        assertThat(claims.get(2).newTransfer()).isEqualTo(1);
        assertThat(reading.transfers()).containsExactly(
                new ProposedTransfer(LedgerDate.day(LocalDate.of(2025, 6, 14)), LedgerDemoData.RUSSIA.id(), LedgerDemoData.UKRAINE.id()),
                new ProposedTransfer(LedgerDate.day(LocalDate.of(2025, 6, 14)), LedgerDemoData.UKRAINE.id(), LedgerDemoData.RUSSIA.id()));
    }

    @Test
    void of_those_makes_a_part_of_the_figure_before_and_a_colon_lists_parts() {
        List<ProposedClaim> claims = reader.read("Повернуто 563 тіла: 320 з Донеччини, з них 89 з-під Бахмута, 154 з моргів Росії.",
                null).claims();

        assertThat(claims).extracting(ProposedClaim::text).containsExactly("563", "320", "89", "154");
        assertThat(claims).extracting(ProposedClaim::partOf).containsExactly(null, 0, 1, 0);
    }

    @Test
    void casualty_figures_are_about_a_population_not_a_transfer() {
        ProposedClaim claim = reader.read("Independent monitoring organizations said over 46,000 Russian soldiers were killed.", null).claims().get(0);

        assertThat(claim.unit()).isEqualTo(Unit.PERSONS);
        assertThat(claim.subject()).isEqualTo(SubjectKind.CASUALTY);
        assertThat(claim.party()).isEqualTo(LedgerDemoData.MONITORS.id());
    }

    @Test
    void a_claim_without_a_number_is_proposed_as_qualitative_in_each_language() {
        for (String sentence : List.of("ТАСС сообщает, что в Купянске осталось огромное количество тел.",
                "За даними ТАСС, у Купʼянську залишилася велика кількість тіл.",
                "TASS reported a vast number of corpses left in Kupiansk.")) {
            List<ProposedClaim> claims = reader.read(sentence, null).claims();
            assertThat(claims).as(sentence).singleElement().satisfies(claim -> {
                assertThat(claim.kind()).isEqualTo(ProposalKind.QUALITATIVE);
                assertThat(claim.figure()).isNull();
                assertThat(claim.party()).isEqualTo(LedgerDemoData.RUSSIA_UNNAMED.id());
            });
        }
    }

    private String speaker(String sentence) {
        List<ProposedClaim> claims = reader.read(sentence, null).claims();
        assertThat(claims).as(sentence).hasSize(1);
        return String.valueOf(claims.get(0).speaker());
    }
}
