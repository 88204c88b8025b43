package org.homeward.app.identification;

import static org.homeward.app.security.Permission.IDENTIFICATION_REVIEW;
import static org.homeward.app.web.Limits.MAX_ROWS;

import java.util.List;

import org.homeward.app.audit.AuditEvent;
import org.homeward.app.genetics.ConsentWithdrawn;
import org.homeward.app.identification.store.ReviewFlagStore;
import org.homeward.app.security.Actor;
import org.homeward.app.security.RequiresPermission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Confirmed identifications flagged for a supervisor's review: a confirmation computed with a
 * reference sample whose donor later withdrew consent keeps its record and is flagged, in the
 * withdrawal's transaction (the open candidates are closed by {@link Identification}).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReviewFlags {

    private final ReviewFlagStore store;
    private final ApplicationEventPublisher events;

    /** Why a candidate or confirmation computed with {@code sampleCode} no longer stands as it was. */
    static String withdrawalReason(String sampleCode) {
        return "evidence withdrawn: the donor of reference sample " + sampleCode + " withdrew consent";
    }

    @EventListener
    void flagConfirmations(ConsentWithdrawn withdrawn) {
        String code = withdrawn.sampleCode();
        String reason = withdrawalReason(code);
        for (long confirmed : store.confirmedUsingReference(code)) {
            store.flag(new ReviewFlag(confirmed, code, reason, Actor.current().name(), withdrawn.withdrawnAt()));
            events.publishEvent(AuditEvent.of("identification.flagged-for-review", "identification-decision:" + confirmed)
                    .with("sample", code).with("reason", reason));
        }
    }

    /** Confirmed identifications flagged for a supervisor's review, newest first. */
    @Transactional(readOnly = true)
    @RequiresPermission(IDENTIFICATION_REVIEW)
    public List<ReviewFlag> reviewFlags() {
        return store.newest(MAX_ROWS);
    }
}
