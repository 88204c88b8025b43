package org.homeward.app.remains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.homeward.app.common.InputRefusedException;
import org.homeward.app.genetics.RowProblem;
import org.homeward.app.ledger.Ledger;
import org.homeward.formats.common.Strictness;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Bags as they arrive: one without a number that can be read is registered under a provisional
 * number, a damaged one with its condition, both flagged as warnings (not errors) in the manifest
 * preview and counted on the receipt; a label read later is recorded in the custody chain.
 */
@SpringBootTest
@WithMockUser(username = "coordinator", authorities = {"LEDGER_READ", "LEDGER_WRITE", "REMAINS_READ", "REMAINS_WRITE"})
class UnlabelledBagsTest {

    @Autowired
    RemainsRegister register;

    @Autowired
    CustodyLog custody;

    @Autowired
    Ledger ledger;

    @Autowired
    LabelStatements labels;

    @Test
    void an_unlabelled_bag_gets_a_provisional_number_and_its_label_is_recorded_later() {
        LedgerFixture fixture = LedgerFixture.transfer(ledger, LocalDate.of(2025, 3, 21), 3, 3);
        byte[] manifest = "bag number,other label,condition\n1,RU-1,\n,,unlabelled\n3,RU-3,damaged\n".getBytes(StandardCharsets.UTF_8);

        ManifestPreview preview = register.previewManifest(fixture.transfer().id(), "m.csv", manifest, Strictness.STRICT);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.importable()).isTrue();
        assertThat(preview.warnings()).extracting(RowProblem::toString).containsExactly(
                "row 3, bag number: no bag number: the bag gets a provisional number",
                "row 3, condition: bag flagged: unlabelled",
                "row 4, condition: bag flagged: damaged");

        register.importManifest(fixture.transfer().id(), "m.csv", manifest, Strictness.STRICT, null);
        Receipt receipt = register.receipt(fixture.transfer().id());
        assertThat(receipt.bags()).extracting(Bag::bagNumber, Bag::provisional, Bag::condition).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1", false, null),
                org.assertj.core.groups.Tuple.tuple("P-1", true, BagCondition.UNLABELLED),
                org.assertj.core.groups.Tuple.tuple("3", false, BagCondition.DAMAGED));
        assertThat(receipt.counts()).isEqualTo(new ReceiptTally(3, 1, 3, 0, 0));

        ReceiptResult typed = register.registerBag(fixture.transfer().id(), new NewBag(null, null, null, null, null, null, null, null));
        Bag second = register.file(new BodyNumber(typed.bodyNumbers().get(0))).bags().get(0);
        assertThat(second.bagNumber()).isEqualTo("P-2");
        assertThat(second.condition()).isEqualTo(BagCondition.UNLABELLED);
        assertThat(register.counts(fixture.transfer().id()).bagsWithoutLabel()).isEqualTo(2);

        Bag labelled = register.recordBagLabel(fixture.transfer().id(), new NewBagLabel("p-1", "RU-2"));
        assertThat(labelled.labelRecorded()).isEqualTo("RU-2");
        assertThat(register.counts(fixture.transfer().id()).bagsWithoutLabel()).isEqualTo(1);
        RemainsFile body = register.file(new BodyNumber(labelled.bodyNumbers().get(0)));
        assertThat(body.custody()).last().satisfies(event -> {
            assertThat(event.type()).isEqualTo(CustodyEventType.LABEL_RECORDED);
            assertThat(event.reason()).isEqualTo("label of bag P-1 read: RU-2");
        });
        assertThat(custody.verify().intact()).isTrue();

        assertThatThrownBy(() -> register.recordBagLabel(fixture.transfer().id(), new NewBagLabel("P-9", "RU-9")))
                .isInstanceOfSatisfying(InputRefusedException.class, refused -> assertThat(refused.path()).isEqualTo("bagNumber"));
    }

    @Test
    void a_condition_that_is_none_is_an_error_naming_row_and_column() {
        LedgerFixture fixture = LedgerFixture.transfer(ledger, LocalDate.of(2025, 3, 22), 1, 1);
        byte[] manifest = "bag number,condition\n1,wet\n".getBytes(StandardCharsets.UTF_8);
        assertThat(register.previewManifest(fixture.transfer().id(), "m.csv", manifest, Strictness.STRICT).errors())
                .extracting(RowProblem::toString)
                .containsExactly("row 2, condition: 'wet' is not a condition (damaged, unlabelled, label illegible or seal broken)");
    }

    @Test
    void what_the_manifest_states_of_whose_remains_these_are_becomes_a_statement_from_the_manifest() {
        LedgerFixture fixture = LedgerFixture.transfer(ledger, LocalDate.of(2025, 3, 23), 2, 2);
        byte[] manifest = "bag number,stated name,service number,side,colour\n1,Ivanov Ivan,RU-77,other side,red\n2,,,Martian,\n"
                .getBytes(StandardCharsets.UTF_8);
        ManifestPreview preview = register.previewManifest(fixture.transfer().id(), "m.csv", manifest, Strictness.STRICT);
        assertThat(preview.importable()).isTrue();
        assertThat(preview.rows().get(0).stated().statedServiceNumber()).isEqualTo("RU-77");
        assertThat(preview.warnings()).extracting(RowProblem::toString).contains(
                "row 3, side: 'Martian' is not a side (own side, other side or undetermined): not recorded");

        List<String> numbers = register.importManifest(fixture.transfer().id(), "m.csv", manifest, Strictness.STRICT, null).bodyNumbers();
        assertThat(labels.statements(new BodyNumber(numbers.get(0)))).singleElement().satisfies(statement -> {
            assertThat(statement.source()).isEqualTo(StatementSource.MANIFEST);
            assertThat(statement.statedName()).isEqualTo("Ivanov Ivan");
            assertThat(statement.statedSide()).isEqualTo(Nationality.OTHER_SIDE);
        });
        assertThat(labels.statements(new BodyNumber(numbers.get(1)))).isEmpty();
    }
}
