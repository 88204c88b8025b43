package org.homeward.app.remains;

import java.util.List;

import org.homeward.app.common.InputRefusedException;

/**
 * What one custody event for many remains would do, before anything is written: every remains named,
 * in order, with its last custody event and, when it may not take the event, why (named by its body
 * number). Recorded only when none is refused.
 */
public record BulkCustodyPreview(CustodyEventType type, List<Item> items) {

    /**
     * One of the remains named.
     *
     * @param last    its latest custody event; null when the register has no such remains
     * @param field   the request's field the refusal concerns ({@code bodyNumbers}, {@code event.occurredAt}…); null when accepted
     * @param refusal why the event may not be recorded for it; null when it may
     */
    public record Item(String bodyNumber, CustodyEvent last, String field, String refusal) {

        public boolean refused() {
            return refusal != null;
        }
    }

    public BulkCustodyPreview {
        items = List.copyOf(items);
    }

    public List<Item> refused() {
        return items.stream().filter(Item::refused).toList();
    }

    public boolean recordable() {
        return items.stream().noneMatch(Item::refused);
    }

    /** Every refusal at once, each naming its body number, for a request that may not be recorded. */
    InputRefusedException refusal() {
        return new InputRefusedException(refused().stream()
                .map(item -> new InputRefusedException.Problem(item.field(), item.bodyNumber() + ": " + item.refusal())).toList());
    }
}
