package org.homeward.app.remains;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.homeward.app.common.FeatureService;
import org.homeward.app.remains.store.ExaminationStore;
import org.homeward.app.remains.store.RemainsRepository;
import org.homeward.app.remains.store.TransferBodiesStore;
import org.homeward.app.audit.AuditEvent;
import org.homeward.app.common.InputRefusedException;
import org.homeward.app.common.NotFoundException;
import org.homeward.app.ledger.DatePrecision;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.NewTransfer;
import org.homeward.app.ledger.Party;
import org.homeward.app.ledger.PartyId;
import org.homeward.app.ledger.Transfer;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.ledger.TransferKind;
import org.homeward.app.security.Actor;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Returns to the other side: remains assessed as the other side's go back through a return transfer
 * in the ledger, each with a RETURN_TO_OTHER_SIDE custody event that ends its custody.
 */
@FeatureService
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RemainsReturns {

    private final RemainsRepository repository;
    private final ExaminationStore examinationStore;
    private final CustodyLog custody;
    private final Ledger ledger;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<IdentifiedRemains> identified;
    private final TransferBodiesStore transferBodies;
    private final RemainsRegister register;
    private final LabelStatements labels;
    private final Numbering numbering;

    /**
     * Sends remains assessed as the other side's back: records the return transfer in the ledger
     * (needs the ledger's write permission too) and a RETURN_TO_OTHER_SIDE custody event for each.
     */
    @Transactional
    @RequiresPermission(Permission.REMAINS_WRITE)
    public TransferId returnToOtherSide(NewReturn request) {
        List<RemainsRepository.Row> rows = new ArrayList<>();
        for (int i = 0; i < request.bodyNumbers().size(); i++) {
            String number = request.bodyNumbers().get(i);
            String field = "bodyNumbers[" + i + "]";
            RemainsRepository.Row row = repository.remains(number).orElseThrow(() -> new InputRefusedException(field, "no remains " + number));
            List<NationalityAssessment> assessments = examinationStore.nationality(row.id());
            if (assessments.isEmpty() || assessments.get(0).assessment() != Nationality.OTHER_SIDE) {
                throw new InputRefusedException(field, number + " is not assessed as the other side's");
            }
            Optional<String> ours = identified.getIfAvailable(() -> IdentifiedRemains.NONE).identifiedAs(number);
            if (ours.isPresent()) {
                throw new InputRefusedException(field, number + " is identified by DNA as missing person " + ours.get()
                        + ", one of ours: it is not sent back");
            }
            if (row.transfer() == null) {
                throw new InputRefusedException(field, number + " did not arrive in a transfer");
            }
            if (!rows.isEmpty() && !rows.get(0).transfer().equals(row.transfer())) {
                throw new InputRefusedException(field, number + " arrived in another transfer than " + rows.get(0).bodyNumber());
            }
            if (repository.returnedIn(row.id()).isPresent()) {
                throw new InputRefusedException(field, number + " has already been returned");
            }
            if (rows.stream().anyMatch(r -> r.id() == row.id())) {
                throw new InputRefusedException(field, number + " is listed twice");
            }
            rows.add(row);
        }
        requireHandoverDate(request.date(), rows);
        Transfer original = ledger.transfer(rows.get(0).transfer()).orElseThrow();
        Transfer returned = ledger.add(new NewTransfer(request.date(), DatePrecision.DAY, request.place(), null,
                original.to(), original.from(), original.agreement(), TransferKind.RETURN, original.id(), request.facilitators(),
                request.note() != null ? request.note() : rows.size() + " remains returned from the register"));
        Instant now = clock.instant();
        String by = Actor.current().name();
        Map<PartyId, String> parties = ledger.parties().stream().collect(Collectors.toMap(Party::id, Party::name, (a, b) -> a));
        Handover said = request.handover().orElse(new Custodian(null, parties.get(original.to()), "returning party"),
                new Custodian(null, parties.get(original.from()), "receiving party"), request.facilitators().stream().map(parties::get).filter(Objects::nonNull).toList(),
                request.place());
        for (RemainsRepository.Row row : rows) {
            repository.insertReturn(row.id(), returned.id(), now, by);
            custody.append(CustodyItem.remains(row.bodyNumber()), new NewCustodyEvent(CustodyEventType.RETURN_TO_OTHER_SIDE,
                    said.at(), said.place(), null, null, said.from(), said.to(), List.of(), List.of(), said.witnesses(),
                    said.conditionNotes(), "return transfer " + returned.id()));
        }
        events.publishEvent(AuditEvent.of("remains.returned", "transfer:" + returned.id()).with("remains", rows.size())
                .with("returns", original.id()));
        return returned.id();
    }

    /**
     * The remains of a receipt that may go back: assessed as the other side's by their latest
     * assessment (shown with its evidence), not yet returned, and not identified by DNA as one of ours.
     */
    @RequiresPermission(Permission.REMAINS_READ)
    public List<ReturnCandidate> returnable(TransferId received) {
        IdentifiedRemains ours = identified.getIfAvailable(() -> IdentifiedRemains.NONE);
        List<ReturnCandidate> candidates = new ArrayList<>();
        for (RemainsSummary summary : repository.summariesOfTransfer(received)) {
            if (summary.nationality() != Nationality.OTHER_SIDE || ours.identifiedAs(summary.bodyNumber()).isPresent()) {
                continue;
            }
            RemainsRepository.Row row = repository.remains(summary.bodyNumber()).orElseThrow();
            if (repository.returnedIn(row.id()).isEmpty()) {
                candidates.add(new ReturnCandidate(summary, examinationStore.nationality(row.id()).get(0)));
            }
        }
        return candidates;
    }

    /** The handover of a return happened: not later than today, and not before the remains were received. */
    private void requireHandoverDate(LocalDate date, List<RemainsRepository.Row> rows) {
        if (date.isAfter(numbering.today())) {
            throw new InputRefusedException("date", "the handover date " + date + " is in the future");
        }
        LocalDate received = rows.stream().map(RemainsRepository.Row::receivedOn).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(date);
        if (date.isBefore(received)) {
            throw new InputRefusedException("date", "the handover date " + date + " is before the remains were received on " + received);
        }
    }

    /**
     * The manifest of a return to the other side: the return transfer and each of the remains it sent
     * back, with its bags, condition, the evidence that it is the other side's and what was stated of it.
     */
    @RequiresPermission(Permission.REMAINS_READ)
    public ReturnManifest manifest(TransferId returnTransfer) {
        Transfer transfer = ledger.transfer(returnTransfer).orElseThrow(() -> new NotFoundException("transfer", returnTransfer));
        if (transfer.kind() != TransferKind.RETURN) {
            throw new NotFoundException("return", returnTransfer);
        }
        List<ReturnManifest.Entry> entries = new ArrayList<>();
        for (String number : transferBodies.returnedIn(returnTransfer)) {
            RemainsFile file = register.file(new BodyNumber(number));
            Examination examined = file.latestExamination();
            entries.add(new ReturnManifest.Entry(number, file.kind(), file.bags().stream().map(Bag::bagNumber).toList(),
                    file.bags().stream().filter(Bag::provisional).map(Bag::bagNumber).toList(),
                    examined == null ? null : examined.condition(),
                    file.bags().stream().map(Bag::condition).filter(Objects::nonNull).findFirst().orElse(null),
                    file.currentNationality(), labels.statements(new BodyNumber(number))));
        }
        return new ReturnManifest(ledger.transferView(returnTransfer), entries, clock.instant());
    }
}
