package org.homeward.app.remains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.homeward.app.common.InputRefusedException;
import org.homeward.app.genetics.ImportRejectedException;
import org.homeward.app.genetics.RowProblem;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.TransferKind;
import org.homeward.app.ledger.TransferView;
import org.homeward.app.ledger.Unit;
import org.homeward.formats.common.Strictness;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The register on a real database: a coordinator receives a transfer of 1,000 remains from a
 * manifest; nothing of a faulty manifest is written; numbers have no gaps under concurrency; the
 * other side's remains go back through the ledger.
 */
@SpringBootTest
@WithMockUser(username = "coordinator", authorities = {"LEDGER_READ", "LEDGER_WRITE", "REMAINS_READ", "REMAINS_WRITE"})
class RemainsRegisterTest {

    @Autowired
    RemainsRegister register;

    @Autowired
    RemainsReturns returns;

    @Autowired
    CustodyLog custody;

    @Autowired
    Ledger ledger;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_coordinator_registers_a_transfer_of_1000_remains_from_a_manifest_and_the_ledger_shows_the_count() {
        LedgerFixture fixture = LedgerFixture.transfer(ledger, LocalDate.of(2025, 6, 16), 1_248, 1_245);
        byte[] manifest = Manifests.csv(1_000);

        ManifestPreview preview = register.previewManifest(fixture.transfer().id(), "phase4.csv", manifest, Strictness.STRICT);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.bagsToCreate()).isEqualTo(1_000);
        assertThat(preview.firstBodyNumber()).isEqualTo("UA-2025-06-16-0001");
        assertThat(preview.lastBodyNumber()).isEqualTo("UA-2025-06-16-1000");

        long started = System.nanoTime();
        ReceiptResult result = register.importManifest(fixture.transfer().id(), "phase4.csv", manifest, Strictness.STRICT,
                new Handover(Instant.parse("2025-06-16T09:30:00Z"), "Ukraine–Belarus border", null, null, List.of("ICRC"), null));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("Imported 1,000 bags in " + millis + " ms");

        assertThat(result.bags()).isEqualTo(1_000);
        assertThat(result.bodyNumbers()).hasSize(1_000).startsWith("UA-2025-06-16-0001").endsWith("UA-2025-06-16-1000")
                .doesNotHaveDuplicates();
        Receipt receipt = register.receipt(fixture.transfer().id());
        assertThat(receipt.bags()).hasSize(1_000);
        assertThat(receipt.remains()).hasSize(1_000);
        assertThat(receipt.bags().get(49).notes()).isEqualTo("two skulls, see \"note\"");
        assertThat(receipt.bags().get(0).otherLabel()).isEqualTo("RU-10001");
        assertThat(receipt.bags().get(0).bodyNumbers()).containsExactly("UA-2025-06-16-0001");

        TransferView view = ledger.transferView(fixture.transfer().id());
        assertThat(view.receipt().count()).isEqualTo(1_000);
        assertThat(view.receipt().unit()).isEqualTo(Unit.BODIES);
        assertThat(view.count().of(fixture.sender().id())).extracting(c -> c.claim().figure().best()).containsExactly(1_248L);
        assertThat(view.count().of(fixture.receiver().id())).extracting(c -> c.claim().figure().best()).containsExactly(1_245L);

        RemainsFile body = register.file(new BodyNumber("UA-2025-06-16-0001"));
        assertThat(body.custody()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(CustodyEventType.HANDOVER);
            assertThat(event.occurredAt()).isEqualTo(Instant.parse("2025-06-16T09:30:00Z"));
            assertThat(event.from().organisation()).isEqualTo(fixture.sender().name());
            assertThat(event.to().organisation()).isEqualTo(fixture.receiver().name());
            assertThat(event.witnesses()).containsExactly("ICRC");
            assertThat(event.reason()).contains("bag 1 (their label RU-10001)");
        });
        assertThat(body.claimedPlace().locality()).isEqualTo("Donetsk region, near Bakhmut");
        assertThat(custody.verify().intact()).isTrue();
    }

    @Test
    void a_manifest_with_errors_registers_nothing_and_says_where_each_error_is() {
        LedgerFixture fixture = LedgerFixture.transfer(ledger, LocalDate.of(2025, 6, 2), 100, 100);
        String csv = "bag number,other label,claimed date\n1,A,2025-05-01\n2,B,yesterday\n3,C,2025-05-03\n1,D,\n";
        byte[] manifest = csv.getBytes(StandardCharsets.UTF_8);

        ManifestPreview preview = register.previewManifest(fixture.transfer().id(), "m.csv", manifest, Strictness.STRICT);
        assertThat(preview.importable()).isFalse();
        assertThat(preview.errors()).extracting(RowProblem::toString).containsExactly(
                "row 3, claimed date: 'yesterday' is not a date (write 2025-06-16 or 16.06.2025)",
                "row 5, bag number: bag number 1 is also on row 2");

        assertThatThrownBy(() -> register.importManifest(fixture.transfer().id(), "m.csv", manifest, Strictness.STRICT, null))
                .isInstanceOfSatisfying(ImportRejectedException.class, rejected -> assertThat(rejected.rows()).hasSize(2));
        assertThat(register.registeredCount(fixture.transfer().id())).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM remains_bag WHERE transfer_id = ?").param(fixture.transfer().id().value())
                .query(Long.class).single()).isZero();
        assertThat(ledger.transferView(fixture.transfer().id()).receipt()).isNull();

        ReceiptResult lenient = register.importManifest(fixture.transfer().id(), "m.csv", manifest, Strictness.LENIENT, null);
        assertThat(lenient.bodyNumbers()).containsExactly("UA-2025-06-02-0001", "UA-2025-06-02-0002");
        assertThat(lenient.skipped()).hasSize(2);

        assertThatThrownBy(() -> register.registerBag(fixture.transfer().id(), new NewBag("3", null, null, null, null, null, null)))
                .isInstanceOfSatisfying(InputRefusedException.class, refused -> assertThat(refused.path()).isEqualTo("bagNumber"));
        ReceiptResult single = register.registerBag(fixture.transfer().id(), new NewBag("4", "RU-4", null, null, null,
                RemainsKind.BODY_PART, null));
        assertThat(single.bodyNumbers()).containsExactly("UA-2025-06-02-0003");
        assertThat(register.registeredCount(fixture.transfer().id())).isEqualTo(3);
    }

    @Test
    void body_numbers_have_no_gaps_and_no_duplicates_under_concurrent_registration() throws Exception {
        LedgerFixture fixture = LedgerFixture.transfer(ledger, LocalDate.of(2025, 6, 3), 40, 40);
        var authentication = UsernamePasswordAuthenticationToken.authenticated("coordinator", null,
                AuthorityUtils.createAuthorityList("REMAINS_WRITE", "REMAINS_READ"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> futures = new ArrayList<>();
        try {
            for (int i = 1; i <= 40; i++) {
                String bag = Integer.toString(i);
                Callable<String> task = () -> {
                    SecurityContextHolder.getContext().setAuthentication(authentication);
                    try {
                        return register.registerBag(fixture.transfer().id(), new NewBag(bag, null, null, null, null, null, null))
                                .bodyNumbers().get(0);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                };
                futures.add(pool.submit(task));
            }
            List<String> numbers = new ArrayList<>();
            for (Future<String> future : futures) {
                numbers.add(future.get());
            }
            Collections.sort(numbers);
            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= 40; i++) {
                expected.add(String.format("UA-2025-06-03-%04d", i));
            }
            assertThat(numbers).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
        assertThat(custody.verify().intact()).isTrue();
    }

    @Test
    void examination_effects_nationality_and_commingling_are_added_never_overwritten() {
        LedgerFixture fixture = LedgerFixture.transfer(ledger, LocalDate.of(2025, 6, 4), 3, 3);
        List<String> numbers = register.importManifest(fixture.transfer().id(), "m.csv", Manifests.csv(3), Strictness.STRICT, null)
                .bodyNumbers();
        String first = numbers.get(0);

        register.examine(new BodyNumber(first), new NewExamination(Condition.DECOMPOSED, EstimatedSex.UNDETERMINED, null, null, null, null,
                "Dr A", null));
        register.examine(new BodyNumber(first), new NewExamination(Condition.INCOMPLETE, EstimatedSex.MALE, 25, 35,
                new RecoveryPlace("Donetsk", "Klishchiivka", new java.math.BigDecimal("48.5247"), new java.math.BigDecimal("37.9616")),
                "left arm missing", "Dr B", null));
        PersonalEffect tag = register.addEffect(new BodyNumber(first), new NewEffect(EffectCategory.IDENTITY_TAG, "metal tag, partly legible"));
        PersonalEffect phone = register.addEffect(new BodyNumber(first), new NewEffect(EffectCategory.PHONE, "broken phone"));
        register.assessNationality(new BodyNumber(first), new NewNationalityAssessment(Nationality.OTHER_SIDE,
                Set.of(NationalityEvidence.DOCUMENTS, NationalityEvidence.UNIFORM), "military ID of the other side", "Dr B"));
        register.link(new BodyNumber(first), new NewLink(numbers.get(1), LinkKind.POSSIBLY_SAME_PERSON, "matching fractures"));
        register.link(new BodyNumber(first), new NewLink(numbers.get(1), LinkKind.SAME_PERSON, "DNA direct match"));
        register.link(new BodyNumber(numbers.get(2)), new NewLink(numbers.get(1), LinkKind.SAME_PERSON, "DNA direct match"));
        String part = register.registerRemains(new NewRemains(RemainsKind.BODY_PART, List.of(register.file(new BodyNumber(first)).bags().get(0).id()),
                first, "a second skull", null, null, null, "two skulls in bag 1"));

        RemainsFile file = register.file(new BodyNumber(first));
        assertThat(file.latestExamination().condition()).isEqualTo(Condition.INCOMPLETE);
        assertThat(file.latestExamination().ageRange()).isEqualTo("25–35");
        assertThat(file.latestExamination().establishedPlace().locality()).isEqualTo("Klishchiivka");
        assertThat(file.examinations()).hasSize(2);
        assertThat(tag.code()).isEqualTo(first + "/E1");
        assertThat(phone.code()).isEqualTo(first + "/E2");
        assertThat(custody.events(CustodyItem.effect(tag.code()))).hasSize(1);
        assertThat(file.currentNationality().evidence()).containsExactlyInAnyOrder(NationalityEvidence.DOCUMENTS, NationalityEvidence.UNIFORM);
        assertThat(file.links()).extracting(RemainsLink::kind, RemainsLink::current).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LinkKind.SPLIT_FROM, true),
                org.assertj.core.groups.Tuple.tuple(LinkKind.SAME_PERSON, true),
                org.assertj.core.groups.Tuple.tuple(LinkKind.POSSIBLY_SAME_PERSON, false));
        assertThat(file.samePerson()).containsExactly(numbers.get(1), numbers.get(2));
        assertThat(register.file(new BodyNumber(part)).bags()).extracting(Bag::bagNumber).containsExactly("1");
        assertThat(register.file(new BodyNumber(part)).kind()).isEqualTo(RemainsKind.BODY_PART);
        assertThat(file.bags().get(0).bodyNumbers()).containsExactly(first, part);

        register.link(new BodyNumber(first), new NewLink(numbers.get(1), LinkKind.NOT_SAME_PERSON, "DNA excludes"));
        assertThat(register.file(new BodyNumber(first)).samePerson()).isEmpty();
        assertThat(register.file(new BodyNumber(numbers.get(2))).samePerson()).containsExactly(numbers.get(1));

        assertThat(file.custody()).extracting(CustodyEvent::type).containsExactly(CustodyEventType.HANDOVER,
                CustodyEventType.EXAMINATION, CustodyEventType.EXAMINATION);
        assertThatThrownBy(() -> jdbc.sql("UPDATE remains_examination SET condition = 'COMPLETE'").update())
                .rootCause().hasMessageContaining("insert-only");
        assertThatThrownBy(() -> register.link(new BodyNumber(first), new NewLink(first, LinkKind.SAME_PERSON, "x")))
                .isInstanceOfSatisfying(InputRefusedException.class, refused -> assertThat(refused.path()).isEqualTo("other"));
    }

    @Test
    void remains_of_the_other_side_go_back_through_a_return_transfer_in_the_ledger() {
        LedgerFixture fixture = LedgerFixture.transfer(ledger, LocalDate.of(2025, 6, 5), 2, 2);
        List<String> numbers = register.importManifest(fixture.transfer().id(), "m.csv", Manifests.csv(2), Strictness.STRICT, null)
                .bodyNumbers();
        NewReturn request = new NewReturn(List.of(numbers.get(0)), LocalDate.of(2025, 6, 10), "border", List.of(fixture.mediator().id()),
                null, null);
        assertThatThrownBy(() -> returns.returnToOtherSide(request))
                .isInstanceOfSatisfying(InputRefusedException.class, refused -> assertThat(refused.path()).isEqualTo("bodyNumbers[0]"));

        register.assessNationality(new BodyNumber(numbers.get(0)), new NewNationalityAssessment(Nationality.OTHER_SIDE,
                Set.of(NationalityEvidence.INSIGNIA), null, "Dr C"));
        var returned = returns.returnToOtherSide(request);

        var transfer = ledger.transfer(returned).orElseThrow();
        assertThat(transfer.kind()).isEqualTo(TransferKind.RETURN);
        assertThat(transfer.returns()).isEqualTo(fixture.transfer().id());
        assertThat(transfer.from()).isEqualTo(fixture.receiver().id());
        assertThat(transfer.to()).isEqualTo(fixture.sender().id());
        assertThat(transfer.facilitators()).containsExactly(fixture.mediator().id());
        RemainsFile file = register.file(new BodyNumber(numbers.get(0)));
        assertThat(file.returnedIn()).isEqualTo(returned);
        assertThat(file.custodyEnded()).isTrue();
        assertThat(file.custody().get(1).witnesses()).containsExactly(fixture.mediator().name());
        assertThatThrownBy(() -> custody.record(CustodyItem.remains(numbers.get(0)),
                NewCustodyEvent.of(CustodyEventType.STORAGE_IN, "morgue", null, null, null)))
                .isInstanceOf(InputRefusedException.class).hasMessageContaining("ended with return to other side");
        assertThat(register.receipt(fixture.transfer().id()).returned()).isEqualTo(1);
    }
}
