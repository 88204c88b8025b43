package org.homeward.app.remains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.ReceiptCount;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.ledger.Unit;
import org.homeward.formats.common.Strictness;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue 15's first "done when": a transfer of 1,000 bags, one of them unlabelled, one holding two persons
 * (split) and three holding the other side's dead (returned together) counts 1,000 bags, 1,001 individuals and
 * 3 returned, and the return transfer has its registered count in the ledger.
 */
@SpringBootTest
@WithMockUser(username = "coordinator", authorities = {"LEDGER_READ", "LEDGER_WRITE", "REMAINS_READ", "REMAINS_WRITE"})
class ThousandBagReceiptTest {

    @Autowired
    RemainsRegister register;

    @Autowired
    RemainsSplits splits;

    @Autowired
    RemainsReturns returns;

    @Autowired
    Ledger ledger;

    @Test
    void a_thousand_bags_with_a_split_an_unlabelled_bag_and_three_returns_count_each_in_its_own_unit() {
        LedgerFixture fixture = LedgerFixture.transfer(ledger, LocalDate.of(2025, 8, 4), 1_000, 1_000);
        TransferId transfer = fixture.transfer().id();
        List<String> numbers = register.importManifest(transfer, "phase5.csv", Manifests.csv(999), Strictness.STRICT, null).bodyNumbers();
        String unlabelled = register.registerBag(transfer, new NewBag(null, null, null, null, null, null, null, null)).bodyNumbers().get(0);
        splits.split(new BodyNumber(numbers.get(49)), new NewSplit(List.of(RemainsKind.BODY, RemainsKind.BODY), "two skulls: two persons"));
        List<String> theirs = numbers.subList(100, 103);
        theirs.forEach(n -> register.assessNationality(new BodyNumber(n), new NewNationalityAssessment(Nationality.OTHER_SIDE,
                Set.of(NationalityEvidence.UNIFORM), "their uniform", "Dr C")));
        TransferId back = returns.returnToOtherSide(new NewReturn(theirs, LocalDate.of(2025, 8, 10), "border",
                List.of(fixture.mediator().id()), null, null));

        assertThat(register.receipt(transfer).counts()).isEqualTo(new ReceiptTally(1_000, 1, 1_001, 0, 3));
        assertThat(register.file(new BodyNumber(unlabelled)).bags()).singleElement()
                .satisfies(bag -> assertThat(bag.condition()).isEqualTo(BagCondition.UNLABELLED));
        assertThat(ledger.transferView(transfer).receipts()).extracting(ReceiptCount::unit, ReceiptCount::count)
                .contains(tuple(Unit.BAGS, 1_000L), tuple(Unit.INDIVIDUALS, 1_001L));
        assertThat(ledger.transferView(back).receipts()).extracting(ReceiptCount::unit, ReceiptCount::count)
                .containsExactly(tuple(Unit.INDIVIDUALS, 3L));
    }
}
