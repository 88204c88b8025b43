package org.homeward.app.remains;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.homeward.app.common.FeatureService;
import org.homeward.app.common.ListQuery;
import org.homeward.app.common.Page;
import org.homeward.app.remains.store.ExaminationStore;
import org.homeward.app.remains.store.QueueStore;
import org.homeward.app.remains.store.RemainsRepository;
import org.homeward.app.remains.store.SampleStore;
import org.homeward.app.remains.store.TallyStore;
import org.homeward.app.audit.AuditEvent;
import org.homeward.app.common.InputRefusedException;
import org.homeward.app.common.NotFoundException;
import org.homeward.app.genetics.ImportRejectedException;
import org.homeward.app.genetics.RowProblem;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.Transfer;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.security.Actor;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.homeward.formats.common.Strictness;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The remains register: the public surface of the remains feature. A transfer is received by
 * registering its bags (one at a time, or a whole manifest in one transaction); every body and body
 * part gets a body number; examinations, personal effects, nationality assessments and commingling
 * links are added as new facts, never by changing old ones; remains of the other side go back
 * through a return transfer in the ledger. Samples and lab results: {@link RemainsLab}; custody:
 * {@link CustodyLog}.
 *
 * <p>Every write checks what it is given and names the field it refuses ({@link InputRefusedException})
 * or the rows of a file ({@link ImportRejectedException}), and is written to the audit log.
 */
@FeatureService
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RemainsRegister {

    private final RemainsRepository repository;
    private final ExaminationStore examinationStore;
    private final SampleStore samples;
    private final QueueStore queueStore;
    private final TallyStore tallies;
    private final CustodyLog custody;
    private final Ledger ledger;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Intake intake;
    private final Numbering numbering;

    // --- receipt -------------------------------------------------------------------------------------

    /**
     * What importing the manifest would create, and every problem by row and column; writes nothing.
     * {@code content} is a CSV file or an XLSX workbook (first sheet).
     */
    public ManifestPreview previewManifest(TransferId transferId, String fileName, byte[] content, Strictness strictness) {
        return intake.preview(requireTransfer(transferId), fileName, content, strictness);
    }

    /**
     * Registers every bag of the manifest, each with a new body number and a HANDOVER custody event,
     * in one transaction. STRICT (the default): any problem and nothing is registered
     * ({@link ImportRejectedException} lists them all). LENIENT: the sound rows are registered and the
     * others returned as skipped.
     */
    @Transactional
    @RequiresPermission(Permission.REMAINS_WRITE)
    public ReceiptResult importManifest(TransferId transferId, String fileName, byte[] content, Strictness strictness,
                                        Handover handover) {
        Transfer transfer = requireTransfer(transferId);
        repository.lockTransfer(transferId);
        ManifestReader.Result read = intake.read(transferId, content);
        if (read.rows().isEmpty() || (strictness != Strictness.LENIENT && !read.errors().isEmpty())) {
            throw new ImportRejectedException(read.errors().isEmpty()
                    ? List.of(new RowProblem(0, "", "the manifest lists no bags")) : read.errors());
        }
        List<RemainsRepository.BagInsert> bags = read.rows().stream().map(row -> new RemainsRepository.BagInsert(row.bagNumber(),
                row.otherLabel(), row.claimedPlace(), row.claimedDate(), row.notes(), row.row(), row.condition(), false)).toList();
        List<String> numbers = intake.register(transfer, bags, RemainsKind.BODY, Intake.cleanName(fileName),
                handover == null ? Handover.UNSPECIFIED : handover);
        int statements = intake.recordStatements(read.rows(), numbers);
        events.publishEvent(AuditEvent.of("remains.manifest-imported", "transfer:" + transferId).with("file", Intake.cleanName(fileName))
                .with("bags", numbers.size()).with("skipped", read.errors().size()).with("statements", statements).with("first", numbers.get(0))
                .with("last", numbers.get(numbers.size() - 1)));
        return new ReceiptResult(numbers.size(), numbers, read.errors());
    }

    /** Registers one bag of the transfer with a new body number and a HANDOVER custody event. */
    @Transactional
    @RequiresPermission(Permission.REMAINS_WRITE)
    public ReceiptResult registerBag(TransferId transferId, NewBag bag) {
        Transfer transfer = requireTransfer(transferId);
        repository.lockTransfer(transferId);
        if (repository.bagNumbers(transferId).stream().anyMatch(number -> number.equalsIgnoreCase(bag.bagNumber()))) {
            throw new InputRefusedException("bagNumber", "bag " + bag.bagNumber() + " is already registered for this transfer");
        }
        if (bag.claimedDate() != null && bag.claimedDate().isAfter(numbering.today())) {
            throw new InputRefusedException("claimedDate", "the claimed recovery date lies in the future");
        }
        List<String> numbers = intake.register(transfer, List.of(new RemainsRepository.BagInsert(bag.bagNumber(), bag.otherLabel(),
                bag.claimedPlace(), bag.claimedDate(), bag.notes(), null, bag.condition(), false)), bag.kind(), null, bag.handover());
        events.publishEvent(AuditEvent.of("remains.bag-registered", "transfer:" + transferId).with("bag", bag.bagNumber())
                .with("condition", bag.condition()).with("bodyNumber", numbers.get(0)));
        return new ReceiptResult(1, numbers, List.of());
    }

    /**
     * Records a bag's label as read after registration, beside the bag (the latest holds), with a
     * LABEL_RECORDED custody event for each remains it held.
     */
    @Transactional
    @RequiresPermission(Permission.REMAINS_WRITE)
    public Bag recordBagLabel(TransferId transferId, NewBagLabel request) {
        requireTransfer(transferId);
        Bag bag = repository.bagsOfTransfer(transferId).stream().filter(b -> b.bagNumber().equalsIgnoreCase(request.bagNumber()))
                .findFirst().orElseThrow(() -> new InputRefusedException("bagNumber", "no bag " + request.bagNumber() + " in this transfer"));
        repository.insertBagLabel(bag.id(), request.label(), clock.instant(), Actor.current().name());
        bag.bodyNumbers().forEach(number -> custody.append(CustodyItem.remains(number), new NewCustodyEvent(
                CustodyEventType.LABEL_RECORDED, null, null, null, null, null, null, List.of(), List.of(), List.of(), null,
                "label of bag " + bag.bagNumber() + " read: " + request.label())));
        events.publishEvent(AuditEvent.of("remains.bag-label-recorded", "transfer:" + transferId).with("bag", bag.bagNumber())
                .with("label", request.label()));
        return repository.bag(bag.id()).orElseThrow();
    }

    /** The transfer as received: its bags and remains, how many were examined, and its counts each in its unit. */
    public Receipt receipt(TransferId transferId) {
        requireTransfer(transferId);
        List<RemainsSummary> remains = repository.summariesOfTransfer(transferId);
        return new Receipt(transferId, repository.bagsOfTransfer(transferId), remains,
                remains.stream().filter(RemainsSummary::examined).count(), tallies.ofReceipt(transferId),
                repository.lastRegisteredOfTransfer(transferId).orElse(null));
    }

    /** The transfer's receipt in figures: its counts and how many of its remains were examined. */
    @Transactional(readOnly = true)
    public ReceiptFigures receiptFigures(TransferId transferId) {
        requireTransfer(transferId);
        return new ReceiptFigures(transferId, repository.examinedOfTransfer(transferId), tallies.ofReceipt(transferId));
    }

    /** A page of the transfer's bags (sorted, searched in their numbers, labels, places and notes). */
    @Transactional(readOnly = true)
    @RequiresPermission(Permission.REMAINS_READ)
    public Page<Bag> bags(TransferId transferId, ListQuery query) {
        requireTransfer(transferId);
        return repository.bagsOfTransfer(transferId, query);
    }

    /** The transfer's counts, each in its unit (bags, individuals, body parts, returned). */
    public ReceiptTally counts(TransferId transferId) {
        return tallies.ofReceipt(transferId);
    }

    // --- remains -----------------------------------------------------------------------------------

    /** Everything about the remains under this body number. */
    public Optional<RemainsFile> find(BodyNumber bodyNumber) {
        return repository.remains(bodyNumber.value()).map(this::file);
    }

    public RemainsFile file(BodyNumber bodyNumber) {
        return find(bodyNumber).orElseThrow(() -> new NotFoundException("remains", bodyNumber.value()));
    }

    /** A page of the remains (sorted; by body number prefix, transfer and the dates received). */
    @Transactional(readOnly = true)
    @RequiresPermission(Permission.REMAINS_READ)
    public Page<RemainsSummary> remains(ListQuery query) {
        return repository.summaries(query);
    }

    private RemainsFile file(RemainsRepository.Row row) {
        CustodyItem item = CustodyItem.remains(row.bodyNumber());
        return new RemainsFile(row.bodyNumber(), row.kind(), row.transfer(), row.receivedOn(), row.description(), row.claimedPlace(),
                row.claimedDate(), row.registeredAt(), row.registeredBy(), repository.bagsOfRemains(row.id()),
                examinationStore.examinations(row.id()), examinationStore.effects(row.id()), examinationStore.nationality(row.id()),
                repository.links(row.id()), repository.samePerson(row.id()),
                samples.samplesOfRemains(row.id()).stream().map(SampleStore.SampleRow::sample).toList(),
                repository.returnedIn(row.id()).orElse(null), custody.events(item), custody.verify(item));
    }

    /**
     * Registers remains under a new body number: a second person or a body part found in a bag
     * (give the bags, and {@code splitFrom} the remains it was separated from), or remains that
     * arrived outside a transfer. Custody: a RECEIPT event.
     */
    @Transactional
    @RequiresPermission(Permission.REMAINS_WRITE)
    public String registerRemains(NewRemains request) {
        Instant now = clock.instant();
        String by = Actor.current().name();
        RemainsRepository.Row source = null;
        if (request.splitFrom() != null) {
            source = repository.remains(request.splitFrom())
                    .orElseThrow(() -> new InputRefusedException("splitFrom", "no remains " + request.splitFrom()));
            if (request.basis() == null) {
                throw new InputRefusedException("basis", "say why the part is separated");
            }
        }
        List<Bag> bags = new ArrayList<>();
        for (int i = 0; i < request.bagIds().size(); i++) {
            int index = i;
            bags.add(repository.bag(request.bagIds().get(i))
                    .orElseThrow(() -> new InputRefusedException("bagIds[" + index + "]", "no such bag")));
        }
        TransferId transfer = source != null ? source.transfer() : bags.isEmpty() ? null : bags.get(0).transfer();
        if (bags.stream().anyMatch(bag -> !bag.transfer().equals(transfer))) {
            throw new InputRefusedException("bagIds", "the bags belong to different transfers");
        }
        LocalDate received = request.receivedOn() != null ? request.receivedOn() : source != null ? source.receivedOn() : numbering.today();
        if (received.isAfter(numbering.today())) {
            throw new InputRefusedException("receivedOn", "the date lies in the future");
        }
        String number = numbering.takeBodyNumbers(received, 1).get(0);
        RecoveryPlace claimed = !request.claimedPlace().isUnknown() || source == null ? request.claimedPlace() : source.claimedPlace();
        LocalDate claimedDate = request.claimedDate() != null || source == null ? request.claimedDate() : source.claimedDate();
        long id = repository.insertRemains(transfer, List.of(new RemainsRepository.RemainsInsert(number, request.kind(), received,
                request.description(), claimed, claimedDate)), now, by).get(number);
        repository.insertContents(bags.stream().map(bag -> new long[] {bag.id(), id}).toList(), now, by);
        if (source != null) {
            repository.insertLink(id, source.id(), LinkKind.SPLIT_FROM, request.basis(), now, by);
        }
        custody.append(CustodyItem.remains(number), new NewCustodyEvent(CustodyEventType.RECEIPT, null, null, null, null, null, null,
                List.of(), List.of(), List.of(), null, source != null ? "separated from " + source.bodyNumber() + ": " + request.basis()
                : request.basis() != null ? request.basis() : "registered"));
        events.publishEvent(AuditEvent.of("remains.registered", "remains:" + number).with("kind", request.kind())
                .with("splitFrom", request.splitFrom()));
        return number;
    }

    /** Records an examination's findings (the latest holds) and an EXAMINATION custody event. */
    @Transactional
    @RequiresPermission(Permission.REMAINS_WRITE)
    public Examination examine(BodyNumber body, NewExamination request) {
        RemainsRepository.Row row = requireRemains(body);
        if (request.ageMin() != null && request.ageMax() != null && request.ageMin() > request.ageMax()) {
            throw new InputRefusedException("ageMax", "the upper age is below the lower age");
        }
        Instant now = clock.instant();
        Instant examinedAt = request.examinedAt() != null ? request.examinedAt() : now;
        if (examinedAt.isAfter(now.plus(CustodyLog.FUTURE_TOLERANCE))) {
            throw new InputRefusedException("examinedAt", "the examination time lies in the future");
        }
        examinationStore.insertExamination(row.id(), request, examinedAt, now, Actor.current().name());
        custody.append(CustodyItem.remains(row.bodyNumber()), new NewCustodyEvent(CustodyEventType.EXAMINATION, examinedAt, null, null, null,
                null, new Custodian(request.examinedBy(), null, "examiner"), List.of(), List.of(), List.of(),
                request.condition().name().toLowerCase(java.util.Locale.ROOT), "examination"));
        events.publishEvent(AuditEvent.of("remains.examined", "remains:" + body).with("condition", request.condition()));
        return examinationStore.examinations(row.id()).get(0);
    }

    /** Records a personal effect as its own item under the body number, with a RECEIPT custody event. */
    @Transactional
    @RequiresPermission(Permission.REMAINS_WRITE)
    public PersonalEffect addEffect(BodyNumber body, NewEffect effect) {
        RemainsRepository.Row row = requireRemains(body);
        repository.lock(row.id());
        String code = body + "/E" + (examinationStore.countEffects(row.id()) + 1);
        Instant now = clock.instant();
        examinationStore.insertEffect(row.id(), code, effect, now, Actor.current().name());
        custody.append(CustodyItem.effect(code), new NewCustodyEvent(CustodyEventType.RECEIPT, null, null, null, null, null, null,
                List.of(), List.of(), List.of(), null, "found with remains " + body));
        events.publishEvent(AuditEvent.of("remains.effect-recorded", "remains:" + body).with("effect", code));
        return examinationStore.effects(row.id()).stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow();
    }

    /** Records a nationality assessment; the latest holds. */
    @Transactional
    @RequiresPermission(Permission.REMAINS_WRITE)
    public NationalityAssessment assessNationality(BodyNumber body, NewNationalityAssessment request) {
        RemainsRepository.Row row = requireRemains(body);
        if (request.assessment() != Nationality.UNDETERMINED && request.evidence().isEmpty()) {
            throw new InputRefusedException("evidence", "say what the assessment rests on (documents, insignia, uniform…)");
        }
        examinationStore.insertNationality(row.id(), request, clock.instant());
        events.publishEvent(AuditEvent.of("remains.nationality-assessed", "remains:" + body).with("assessment", request.assessment()));
        return examinationStore.nationality(row.id()).get(0);
    }

    /**
     * Links two remains: the same person (a merge), possibly the same person, or not the same
     * person (a split). Nothing is removed: the latest link between the two holds.
     */
    @Transactional
    @RequiresPermission(Permission.REMAINS_WRITE)
    public RemainsLink link(BodyNumber body, NewLink request) {
        RemainsRepository.Row row = requireRemains(body);
        RemainsRepository.Row other = repository.remains(request.other())
                .orElseThrow(() -> new InputRefusedException("other", "no remains " + request.other()));
        if (other.id() == row.id()) {
            throw new InputRefusedException("other", "remains are not linked to themselves");
        }
        if (request.kind() == LinkKind.SPLIT_FROM) {
            throw new InputRefusedException("kind", "a split-off part is registered as new remains (with splitFrom)");
        }
        repository.insertLink(row.id(), other.id(), request.kind(), request.basis(), clock.instant(), Actor.current().name());
        events.publishEvent(AuditEvent.of("remains.linked", "remains:" + body).with("other", request.other())
                .with("kind", request.kind()));
        return repository.links(row.id()).get(0);
    }

    // --- work queues -----------------------------------------------------------------------------

    /** The morgue's and the lab's daily queues, with counts and ages; at most {@code limit} oldest items each. */
    public List<WorkQueue> queues(int limit) {
        int capped = Math.max(0, Math.min(limit, 1000));
        Instant now = clock.instant();
        return List.of(queue(WorkQueue.Kind.AWAITING_EXAMINATION, queueStore.awaitingExamination(capped), now),
                queue(WorkQueue.Kind.AWAITING_RESULTS, queueStore.awaitingResults(capped), now),
                queue(WorkQueue.Kind.FAILED_TO_REDO, queueStore.failedToRedo(capped), now));
    }

    private static WorkQueue queue(WorkQueue.Kind kind, QueueStore.QueueRows rows, Instant now) {
        return new WorkQueue(kind, rows.count(), rows.oldest() == null ? null : Duration.between(rows.oldest(), now),
                rows.rows().stream().map(row -> new WorkQueue.Entry(row.code(), row.bodyNumber(), row.since(),
                        Duration.between(row.since(), now), row.detail())).toList());
    }

    // --- helpers ---------------------------------------------------------------------------------

    private Transfer requireTransfer(TransferId id) {
        return ledger.transfer(id).orElseThrow(() -> new NotFoundException("transfer", String.valueOf(id)));
    }

    private RemainsRepository.Row requireRemains(BodyNumber body) {
        return repository.remains(body.value()).orElseThrow(() -> new NotFoundException("remains", body));
    }
}
