package org.homeward.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.app.identification.Reassociation;
import org.homeward.app.identification.Reassociations;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.remains.BodyNumber;
import org.homeward.app.remains.LabelStatements;
import org.homeward.app.remains.ReceiptTally;
import org.homeward.app.remains.RemainsRegister;
import org.homeward.app.remains.StatementSource;
import org.homeward.app.security.SystemTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demo shows the life cycle of remains once each: a split bag, an unlabelled bag, a return, a
 * re-associated part whose handover named someone else (a label contradiction flagged on a demo
 * body), a withdrawn consent; loading again changes nothing. A context of its own (not DemoAccountsTest's, which reads the
 * accounts printed at its start).
 */
@SpringBootTest(properties = "homeward.demo=true")
class LifeCycleDemoTest {

    @Autowired
    LifeCycleDemoData lifeCycle;

    @Autowired
    Ledger ledger;

    @Autowired
    RemainsRegister register;

    @Autowired
    Reassociations reassociations;

    @Autowired
    LabelStatements labels;

    @Test
    void a_label_contradiction_is_flagged_on_a_demo_body_beside_a_split_an_unlabelled_bag_and_a_return() {
        SystemTasks.callAs("demo-reader", () -> {
            TransferId transfer = IdentificationDemoData.demoTransfer(ledger).orElseThrow();
            ReceiptTally counts = register.receipt(transfer).counts();
            assertThat(counts.bagsWithoutLabel()).isEqualTo(1);
            assertThat(counts.returned()).isEqualTo(1);
            assertThat(counts.bodyParts()).isGreaterThanOrEqualTo(1);
            // a split bag: more individuals than the bags that held bodies
            assertThat(counts.individuals()).isGreaterThan(counts.bags() - counts.bodyParts());

            Reassociation further = reassociations.recent().stream().filter(r -> r.status() == Reassociation.Status.CONFIRMED)
                    .findFirst().orElseThrow();
            assertThat(further.decidedBy()).isNotEqualTo(further.proposedBy());
            assertThat(labels.contradictions(new BodyNumber(further.bodyNumber()))).singleElement().satisfies(c -> {
                assertThat(c.statement().source()).isEqualTo(StatementSource.HANDOVER);
                assertThat(c.identifiedAs()).isEqualTo(further.missingPersonId());
            });
            assertThat(labels.mislabelledIn(transfer)).isEqualTo(1);

            lifeCycle.load();
            assertThat(register.receipt(transfer).counts()).isEqualTo(counts);
            assertThat(reassociations.recent()).hasSize(1);
            return null;
        });
    }
}
