package org.homeward.app.remains;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.homeward.app.common.FeatureService;
import org.homeward.app.remains.store.CustodyStore;
import org.homeward.app.remains.store.ExaminationStore;
import org.homeward.app.remains.store.RemainsRepository;
import org.homeward.app.remains.store.SampleStore;
import org.homeward.app.audit.AuditEvent;
import org.homeward.app.common.InputRefusedException;
import org.homeward.app.common.NotFoundException;
import org.homeward.app.chain.ChainHead;
import org.homeward.app.chain.ChainVerification;
import org.homeward.app.chain.TamperEvidentLog;
import org.homeward.app.security.Actor;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The chain of custody of remains, samples and personal effects: append-only events, hash-chained
 * per item and across the register (see {@code CustodyStore.content}), timestamped by the injected clock;
 * the database refuses any change or removal. Anyone who may read the register may verify it.
 *
 * <pre>{@code
 * custody.record(CustodyItem.remains("UA-2025-06-16-0001"),
 *         NewCustodyEvent.of(CustodyEventType.RELEASE_TO_FAMILY, "Kyiv morgue no. 2",
 *                 new Custodian("Dr O. Koval", "Kyiv morgue no. 2", "morgue director"),
 *                 new Custodian("M. Shevchenko", null, "mother"), "identification decision 2025/117"));
 * }</pre>
 */
@FeatureService
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CustodyLog implements TamperEvidentLog {

    /** How far in the future an entered event time may lie (clock skew between devices). */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private final CustodyStore store;
    private final RemainsRepository repository;
    private final ExaminationStore examinationStore;
    private final SampleStore samples;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /**
     * Records an event for the item. Refused (naming the field) when the item does not exist, when
     * the event time lies in the future, or when custody has ended: after a return to the other side
     * or a burial nothing follows, and after a release to a family only a burial.
     */
    @Transactional
    @RequiresPermission(Permission.REMAINS_WRITE)
    public CustodyEvent record(CustodyItem item, NewCustodyEvent event) {
        if (event.type().recordedThroughItsWorkflow()) {
            throw new InputRefusedException("type", "a " + event.type().words() + " is recorded through its own workflow "
                    + "(release and burial through the family's notification after identification, a return through the return "
                    + "to the other side, a label through the bag's label)");
        }
        requireItem(item);
        CustodyEvent recorded = append(item, event);
        events.publishEvent(AuditEvent.of("custody.recorded", item.toString()).with("event", recorded.seq())
                .with("type", recorded.type()));
        return recorded;
    }

    /**
     * What {@link #recordForEach} would do with the request, writing nothing: each remains named, its
     * last event, and why it may not take the event (unknown, custody ended, an earlier time).
     */
    @RequiresPermission(Permission.REMAINS_WRITE)
    public BulkCustodyPreview previewForEach(NewBulkCustody request) {
        NewCustodyEvent event = request.event();
        if (event.type().recordedThroughItsWorkflow()) {
            throw new InputRefusedException("event.type", "a " + event.type().words() + " is recorded through its own workflow");
        }
        List<String> codes = request.named();
        Map<String, CustodyEvent> latest = store.latest(ItemKind.REMAINS, codes);
        List<BulkCustodyPreview.Item> items = new ArrayList<>();
        for (String code : codes) {
            CustodyEvent last = latest.get(code);
            if (last == null && repository.remains(code).isEmpty()) {
                items.add(new BulkCustodyPreview.Item(code, null, "bodyNumbers", "no such remains in the register"));
                continue;
            }
            try {
                check(event, last);
                items.add(new BulkCustodyPreview.Item(code, last, null, null));
            } catch (InputRefusedException refused) {
                items.add(new BulkCustodyPreview.Item(code, last, "event." + refused.path(), refused.getMessage()));
            }
        }
        return new BulkCustodyPreview(event.type(), items);
    }

    /**
     * Records one event for many remains at once, in one transaction: every item's chain is extended,
     * or none is when any item is unknown or may not take the event (each refusal naming its body number).
     */
    @Transactional
    @RequiresPermission(Permission.REMAINS_WRITE)
    public List<CustodyEvent> recordForEach(NewBulkCustody request) {
        BulkCustodyPreview preview = previewForEach(request);
        if (!preview.recordable()) {
            throw preview.refusal();
        }
        List<CustodyEvent> recorded = store.append(preview.items().stream()
                .map(item -> new CustodyStore.Pending(CustodyItem.remains(item.bodyNumber()), request.event())).toList(),
                clock.instant(), Actor.current().name());
        events.publishEvent(AuditEvent.of("custody.recorded-in-bulk", "remains").with("type", preview.type())
                .with("items", recorded.size()).with("first_event", recorded.get(0).seq())
                .with("last_event", recorded.get(recorded.size() - 1).seq()));
        return recorded;
    }

    /**
     * Records the end of the chain on the family's side: the release of identified remains to their
     * family, or their burial. This is the family liaison's act in the notification workflow, so it
     * needs {@code NOTIFICATIONS_WRITE} ("release remains") rather than the morgue's {@code REMAINS_WRITE};
     * every other kind of event is refused here. Same checks and audit as {@link #record}.
     */
    @Transactional
    @RequiresPermission(Permission.NOTIFICATIONS_WRITE)
    public CustodyEvent recordHandoverToFamily(CustodyItem item, NewCustodyEvent event) {
        if (event.type() != CustodyEventType.RELEASE_TO_FAMILY && event.type() != CustodyEventType.BURIAL) {
            throw new IllegalArgumentException("only a release to a family or a burial is recorded through the notification workflow, not "
                    + event.type());
        }
        requireItem(item);
        CustodyEvent recorded = append(item, event);
        events.publishEvent(AuditEvent.of("custody.recorded", item.toString()).with("event", recorded.seq())
                .with("type", recorded.type()).with("through", "notification workflow"));
        return recorded;
    }

    /** The item's events, oldest first. */
    public List<CustodyEvent> events(CustodyItem item) {
        return store.events(item);
    }

    /** The event numbered {@code seq} across the register. */
    public Optional<CustodyEvent> event(long seq) {
        return store.event(seq);
    }

    @Override
    public String name() {
        return "custody";
    }

    /** Checks every chain, in one snapshot, and names the first broken event. */
    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerification verify() {
        return store.verifyAll();
    }

    @Override
    public ChainHead head() {
        return store.head();
    }

    @Override
    public Optional<String> hashOf(long seq) {
        return store.event(seq).map(CustodyEvent::hash);
    }

    /** Checks one item's chain. */
    public ChainVerification verify(CustodyItem item) {
        return store.verifyItem(item);
    }

    // --- for the register, in its transactions ---------------------------------------------------------

    CustodyEvent append(CustodyItem item, NewCustodyEvent event) {
        check(event, store.latest(item.kind(), List.of(item.code())).get(item.code()));
        return store.append(List.of(new CustodyStore.Pending(item, event)), clock.instant(), Actor.current().name()).get(0);
    }

    /** Appends events for new items (no custody yet), in order. */
    List<CustodyEvent> appendAll(List<CustodyStore.Pending> events) {
        Instant now = clock.instant();
        events.forEach(pending -> checkTime(pending.event(), now));
        return store.append(events, now, Actor.current().name());
    }

    /** The event may follow the item's last one, and did not happen before it. */
    private void check(NewCustodyEvent event, CustodyEvent last) {
        checkTime(event, clock.instant());
        if (last != null) {
            last.requireMayBeFollowedBy(event.type());
            if (event.occurredAt() != null && event.occurredAt().isBefore(last.occurredAt())) {
                throw new InputRefusedException("occurredAt", "the event cannot have happened before the item's previous one ("
                        + last.type().words() + " at " + last.occurredAt() + ")");
            }
        }
    }

    private void checkTime(NewCustodyEvent event, Instant now) {
        if (event.occurredAt() != null && event.occurredAt().isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw new InputRefusedException("occurredAt", "the event time lies in the future");
        }
    }

    private void requireItem(CustodyItem item) {
        boolean exists = switch (item.kind()) {
            case REMAINS -> repository.remains(item.code()).isPresent();
            case SAMPLE -> samples.sample(item.code()).isPresent();
            case EFFECT -> examinationStore.effectExists(item.code());
        };
        if (!exists) {
            throw new NotFoundException(item.kind().name().toLowerCase(java.util.Locale.ROOT), item.code());
        }
    }
}
