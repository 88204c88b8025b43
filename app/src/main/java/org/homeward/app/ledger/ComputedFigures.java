package org.homeward.app.ledger;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.homeward.app.audit.AuditLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * What the ledger computes from the whole book for its overview pages (totals, timeline, reciprocity,
 * the public statistics) and for each transfer's view, kept between requests until the database changes:
 * computing them read every ledger table and each transfer's receipt tally, on every request. Every change
 * is written to the audit log in its own transaction, so the newest audit entry that records a change
 * ({@link AuditLog#lastChange()}) numbers the committed state of the database, on every instance alike:
 * figures computed at change N hold until a change after N commits (sign-ins and audited reads, which
 * change nothing, do not move it). Only in read-only
 * transactions: a writing one may see its own uncommitted changes, and computes afresh.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ComputedFigures {

    /** The figures computed since the audit log's entry {@code seq} was the newest. */
    private record Computed(long seq, Map<String, Object> values) {
    }

    private final AuditLog audit;
    private final AtomicReference<Computed> current = new AtomicReference<>(new Computed(-1, Map.of()));

    /** The figure {@code name} as of now: the one kept, or computed (and kept) when the database has changed since. */
    @SuppressWarnings("unchecked")
    <T> T get(String name, Supplier<T> compute) {
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return compute.get();
        }
        long seq = audit.lastChange(); // read before computing, so what is kept is never older than its number
        Computed held = current.get();
        while (held.seq() < seq && !current.compareAndSet(held, new Computed(seq, new ConcurrentHashMap<>()))) {
            held = current.get();
        }
        held = current.get();
        if (held.seq() != seq) {
            return compute.get(); // this request began before a change that another has already computed after
        }
        return (T) held.values().computeIfAbsent(name, key -> compute.get());
    }
}
