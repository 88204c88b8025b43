package org.homeward.app.remains;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.homeward.app.audit.AuditEvent;
import org.homeward.app.common.FeatureService;
import org.homeward.app.common.InputRefusedException;
import org.homeward.app.common.NotFoundException;
import org.homeward.app.remains.store.CustodyStore;
import org.homeward.app.remains.store.RemainsRepository;
import org.homeward.app.remains.store.TallyStore;
import org.homeward.app.security.Actor;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Splits: remains found to hold more than one body or part (a bag that held two persons) are divided
 * into new body numbers. The bags stay as received (each part is in the same bags); the divided
 * remains are no longer a body, leave every queue and count as nothing, so that the receipt and the
 * ledger count individuals, never bags, anew.
 */
@FeatureService
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RemainsSplits {

    private final RemainsRepository repository;
    private final TallyStore tallies;
    private final CustodyLog custody;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Numbering numbering;

    /**
     * Divides the remains into the parts of the request, each under a new body number received the
     * same day, in the same bags, linked SPLIT_FROM the divided remains, with a RECEIPT custody event.
     * Refused, writing nothing, for fewer than two parts, remains already divided or sent back.
     *
     * @return the new body numbers, in the order of the parts
     */
    @Transactional
    @RequiresPermission(Permission.REMAINS_WRITE)
    public List<String> split(BodyNumber divided, NewSplit request) {
        if (request.parts().size() < NewSplit.FEWEST_PARTS) {
            throw new InputRefusedException("parts", "a split gives at least " + NewSplit.FEWEST_PARTS + " parts");
        }
        if (request.basis() == null) {
            throw new InputRefusedException("basis", "say why the remains are divided");
        }
        RemainsRepository.Row source = repository.remains(divided.value()).orElseThrow(() -> new NotFoundException("remains", divided));
        repository.lock(source.id());
        if (tallies.divided(source.id())) {
            throw new InputRefusedException("bodyNumber", divided + " is already divided");
        }
        if (repository.returnedIn(source.id()).isPresent()) {
            throw new InputRefusedException("bodyNumber", divided + " has been returned to the other side");
        }
        Instant now = clock.instant();
        String by = Actor.current().name();
        List<String> numbers = numbering.takeBodyNumbers(source.receivedOn(), request.parts().size());
        List<RemainsRepository.RemainsInsert> parts = new ArrayList<>();
        for (int i = 0; i < request.parts().size(); i++) {
            parts.add(new RemainsRepository.RemainsInsert(numbers.get(i), request.parts().get(i), source.receivedOn(), null,
                    source.claimedPlace(), source.claimedDate()));
        }
        Map<String, Long> ids = repository.insertRemains(source.transfer(), parts, now, by);
        List<Bag> bags = repository.bagsOfRemains(source.id());
        List<long[]> contents = new ArrayList<>();
        List<CustodyStore.Pending> receipts = new ArrayList<>();
        for (RemainsRepository.RemainsInsert part : parts) {
            long id = ids.get(part.bodyNumber());
            bags.forEach(bag -> contents.add(new long[] {bag.id(), id}));
            repository.insertLink(id, source.id(), LinkKind.SPLIT_FROM, request.basis(), now, by);
            receipts.add(new CustodyStore.Pending(CustodyItem.remains(part.bodyNumber()), new NewCustodyEvent(CustodyEventType.RECEIPT,
                    null, null, null, null, null, null, List.of(), List.of(), List.of(), null,
                    "divided from " + divided + ": " + request.basis())));
        }
        repository.insertContents(contents, now, by);
        tallies.insertDivision(source.id(), request.basis(), now, by);
        custody.appendAll(receipts);
        events.publishEvent(AuditEvent.of("remains.split", "remains:" + divided).with("parts", String.join(", ", numbers))
                .with("basis", request.basis()));
        return numbers;
    }
}
