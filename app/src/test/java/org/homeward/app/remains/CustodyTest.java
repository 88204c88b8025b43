package org.homeward.app.remains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.homeward.app.remains.store.CustodyStore;
import org.homeward.app.common.InputRefusedException;
import org.homeward.app.genetics.ImportRejectedException;
import org.homeward.app.genetics.LabImport;
import org.homeward.app.genetics.RowProblem;
import org.homeward.app.chain.ChainHead;
import org.homeward.app.chain.ChainVerification;
import org.homeward.app.ledger.Ledger;
import org.homeward.formats.common.Strictness;
import org.homeward.kinship.Sex;
import org.homeward.app.jobs.JobProgress;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Custody and the lab: a body's timeline runs from handover to storage to sampling; the chain is
 * append-only in the database, and an edited row (trigger disabled by the superuser) is found at
 * the right event; lab results attach by sample code; a failed sample is taken again.
 */
@SpringBootTest(properties = "homeward.remains.sample-code-scheme=S-{date:yyyyMMdd}-{seq:3}")
@DirtiesContext
@WithMockUser(username = "analyst", authorities = {"LEDGER_READ", "LEDGER_WRITE", "REMAINS_READ", "REMAINS_WRITE",
        "PROFILES_READ", "PROFILES_WRITE"})
class CustodyTest {

    @Autowired
    RemainsRegister register;

    @Autowired
    RemainsLab lab;

    @Autowired
    CustodyLog custody;

    @Autowired
    Ledger ledger;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_body_is_handed_over_stored_and_sampled_and_tampering_is_found_at_the_altered_event() {
        LedgerFixture fixture = LedgerFixture.transfer(ledger, LocalDate.of(2025, 6, 16), 5, 5);
        List<String> numbers = register.importManifest(fixture.transfer().id(), "m.csv", Manifests.csv(5), Strictness.STRICT,
                new Handover(Instant.parse("2025-06-16T08:00:00Z"), "border crossing", null, null, List.of("ICRC: A. Martin"), null))
                .bodyNumbers();
        String body = numbers.get(2);

        CustodyEvent stored = custody.record(CustodyItem.remains(body), new NewCustodyEvent(CustodyEventType.STORAGE_IN,
                Instant.parse("2025-06-16T15:00:00Z"), "Kyiv morgue no. 2", StorageKind.REFRIGERATED_CONTAINER, "container 3, shelf B2",
                new Custodian("I. Petrenko", "Coordination Headquarters", "escort"), new Custodian("Dr O. Koval", "Kyiv morgue no. 2", "morgue"),
                List.of("S-100"), List.of("S-200"), List.of(), "bag intact", "storage on arrival"));
        Sample sample = lab.takeSample(new BodyNumber(body), new NewSample(SampleMaterial.BONE, "left femur", "Dr O. Koval",
                Instant.parse("2025-06-18T10:00:00Z"), null));

        assertThat(sample.code()).isEqualTo("S-20250618-001");
        List<CustodyEvent> timeline = custody.events(CustodyItem.remains(body));
        assertThat(timeline).extracting(CustodyEvent::type).containsExactly(CustodyEventType.HANDOVER, CustodyEventType.STORAGE_IN,
                CustodyEventType.SAMPLING);
        assertThat(timeline).extracting(CustodyEvent::itemSeq).containsExactly(1, 2, 3);
        assertThat(timeline.get(1).itemPreviousHash()).isEqualTo(timeline.get(0).hash());
        assertThat(timeline.get(2).reason()).isEqualTo("sample S-20250618-001 taken: bone (left femur)");
        assertThat(stored.sealsBroken()).containsExactly("S-100");
        assertThat(custody.events(CustodyItem.sample(sample.code()))).singleElement()
                .extracting(CustodyEvent::type).isEqualTo(CustodyEventType.SAMPLING);
        ChainVerification intact = custody.verify();
        assertThat(intact.intact()).isTrue();
        assertThat(intact.links()).isEqualTo(8);

        // The application cannot change or remove an event.
        assertThatThrownBy(() -> jdbc.sql("UPDATE custody_event SET place = 'elsewhere' WHERE seq = ?").param(stored.seq()).update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM custody_event WHERE seq = ?").param(stored.seq()).update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE custody_event").update()).rootCause().hasMessageContaining("append-only");

        // The superuser can: the chain says where.
        tamper("UPDATE custody_event SET storage_position = 'container 9' WHERE seq = " + stored.seq());
        ChainVerification broken = custody.verify();
        assertThat(broken.intact()).isFalse();
        assertThat(broken.firstBroken()).hasValue(stored.seq());
        assertThat(broken.about()).isEqualTo(CustodyItem.remains(body).toString());
        assertThat(broken.problem()).contains("does not match its hash");
        assertThat(broken.summary()).startsWith("Custody chain broken at event " + stored.seq() + " (remains:" + body + ")");
        assertThat(custody.verify(CustodyItem.remains(body)).firstBroken()).hasValue(stored.seq());
        assertThat(custody.verify(CustodyItem.remains(numbers.get(0))).intact()).isTrue();
        tamper("UPDATE custody_event SET storage_position = 'container 3, shelf B2' WHERE seq = " + stored.seq());
        assertThat(custody.verify().intact()).isTrue();

        // Re-hashing an altered event moves the break to the next event, which no longer follows it.
        CustodyEvent altered = new CustodyEvent(stored.seq(), stored.item(), stored.itemSeq(), stored.type(), stored.occurredAt(),
                stored.recordedAt(), stored.recordedBy(), stored.place(), stored.storage(), "container 9", stored.from(), stored.to(),
                stored.sealsBroken(), stored.sealsApplied(), stored.witnesses(), stored.conditionNotes(), stored.reason(),
                stored.previousHash(), stored.itemPreviousHash(), null);
        tamper("UPDATE custody_event SET storage_position = 'container 9', hash = '" + new ChainHead(altered.seq() - 1, altered.previousHash()).next(CustodyStore.content(altered)).hash()
                + "' WHERE seq = " + stored.seq());
        ChainVerification rehashed = custody.verify();
        assertThat(rehashed.firstBroken()).hasValue(stored.seq() + 1);
        assertThat(rehashed.problem()).contains("event " + stored.seq() + " was altered");
        tamper("UPDATE custody_event SET storage_position = 'container 3, shelf B2', hash = '" + stored.hash()
                + "' WHERE seq = " + stored.seq());
        assertThat(custody.verify().intact()).isTrue();

        // A removed event is named.
        CustodyEvent handover = timeline.get(0);
        tamper("DELETE FROM custody_event WHERE seq = " + handover.seq());
        ChainVerification removed = custody.verify();
        assertThat(removed.firstBroken()).hasValue(handover.seq());
        assertThat(removed.problem()).contains("event " + handover.seq() + " is missing");
    }

    @Test
    void lab_results_attach_by_sample_code_and_failed_samples_are_taken_again() {
        LedgerFixture fixture = LedgerFixture.transfer(ledger, LocalDate.of(2025, 6, 17), 2, 2);
        List<String> numbers = register.importManifest(fixture.transfer().id(), "m.csv", Manifests.csv(2), Strictness.STRICT, null)
                .bodyNumbers();
        Sample good = lab.takeSample(new BodyNumber(numbers.get(0)), new NewSample(SampleMaterial.TOOTH, "tooth 38", "Dr K", null, null));
        Sample bad = lab.takeSample(new BodyNumber(numbers.get(1)), new NewSample(SampleMaterial.BONE, "rib", "Dr K", null, null));
        assertThat(register.queues(10)).filteredOn(q -> q.kind() == WorkQueue.Kind.AWAITING_RESULTS).singleElement()
                .satisfies(queue -> assertThat(queue.entries()).extracting(WorkQueue.Entry::code).contains(good.code(), bad.code()));

        String unknown = geneMapper("NO-SUCH-SAMPLE");
        assertThatThrownBy(() -> lab.importResults("calls.txt", unknown.getBytes(StandardCharsets.UTF_8), Strictness.STRICT, JobProgress.NONE))
                .isInstanceOfSatisfying(ImportRejectedException.class, rejected -> assertThat(rejected.rows())
                        .extracting(RowProblem::toString).containsExactly("sample NO-SUCH-SAMPLE: no sample with this code in the register"));

        LabImport imported = lab.importResults("calls.txt", geneMapper(good.code()).getBytes(StandardCharsets.UTF_8), Strictness.STRICT, JobProgress.NONE);
        assertThat(imported.stored()).containsExactly(good.code());
        assertThat(lab.sample(new SampleCode(good.code())).status()).isEqualTo(SampleStatus.PROFILED);
        RemainsProfile profile = lab.profile(new SampleCode(good.code())).orElseThrow();
        assertThat(profile.sex()).isEqualTo(Sex.MALE);
        assertThat(profile.profile().genotype("D3S1358")).hasToString("15/16");
        assertThat(lab.profiles()).extracting(RemainsProfile::sampleCode).contains(good.code()).doesNotContain(bad.code());
        assertThat(jdbc.sql("SELECT count(*) FROM genetic_profile WHERE sample_code = ?").param(good.code()).query(Long.class).single())
                .isEqualTo(3);

        lab.recordFailure(new SampleCode(bad.code()), "no DNA recovered");
        assertThat(register.queues(10)).filteredOn(q -> q.kind() == WorkQueue.Kind.FAILED_TO_REDO).singleElement()
                .satisfies(queue -> assertThat(queue.entries()).extracting(WorkQueue.Entry::code).contains(bad.code()));
        Sample again = lab.resample(new SampleCode(bad.code()), new NewSample(SampleMaterial.TOOTH, "tooth 47", "Dr K", null, null));
        assertThat(again.resampledFrom()).isEqualTo(bad.code());
        assertThat(lab.sample(new SampleCode(bad.code())).status()).isEqualTo(SampleStatus.FAILED_RESAMPLED);
        assertThat(lab.sample(new SampleCode(bad.code())).redoneBy()).isEqualTo(again.code());
        assertThat(register.queues(10)).filteredOn(q -> q.kind() == WorkQueue.Kind.FAILED_TO_REDO).singleElement()
                .satisfies(queue -> assertThat(queue.entries()).extracting(WorkQueue.Entry::code).doesNotContain(bad.code()));
        assertThatThrownBy(() -> lab.resample(new SampleCode(good.code()), new NewSample(SampleMaterial.BONE, null, "Dr K", null, null)))
                .isInstanceOf(InputRefusedException.class);
        assertThat(custody.events(CustodyItem.remains(numbers.get(1)))).extracting(CustodyEvent::type)
                .containsExactly(CustodyEventType.HANDOVER, CustodyEventType.SAMPLING, CustodyEventType.SAMPLING);
    }

    private static String geneMapper(String sample) {
        return "Sample File\tSample Name\tD3S1358\tvWA\tAMEL\tFGA\t\n"
                + "a.fsa\t" + sample + "\t15, 16, \t17, , \tX, Y, \t21, 24, \t\n";
    }

    private void tamper(String sql) {
        jdbc.sql("ALTER TABLE custody_event DISABLE TRIGGER USER").update();
        try {
            jdbc.sql(sql).update();
        } finally {
            jdbc.sql("ALTER TABLE custody_event ENABLE TRIGGER USER").update();
        }
    }
}
