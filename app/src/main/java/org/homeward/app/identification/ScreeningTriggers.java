package org.homeward.app.identification;

import org.homeward.app.genetics.ConsentWithdrawn;
import org.homeward.app.genetics.ProfileStored;
import org.homeward.app.registry.FamilyChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Screens what changed as it changes: a stored profile, a changed family or a withdrawn consent asks,
 * in its own transaction, for a screening job (committed with the change, or not at all; done after
 * the commit by whichever instance claims it). {@code homeward.identification.screen-on-change=false}
 * turns it off (runs then start only from the runs page or the API).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ScreeningTriggers {

    private final ScreeningJobs jobs;
    @Value("${homeward.identification.screen-on-change:true}")
    private final boolean enabled;

    @EventListener
    void on(ProfileStored stored) {
        screenChanges();
    }

    @EventListener
    void on(FamilyChanged changed) {
        screenChanges();
    }

    @EventListener
    void on(ConsentWithdrawn withdrawn) {
        screenChanges();
    }

    private void screenChanges() {
        if (enabled) {
            jobs.screenChanges();
        }
    }
}
