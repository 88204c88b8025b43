package org.homeward.app.identification;

import org.homeward.app.identification.store.ScreeningModelStore;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Records with every run, in the run's transaction, the model its LRs were computed with (the
 * engine's settings are fixed for the application's life; the frequency database is the one the
 * run's screening was built with), so that each candidate states it.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RunModels {

    private final ScreeningModelStore store;
    private final IdentificationProperties properties;
    private final ScreeningEngine engine;

    /** Published by the run itself, right after the engine screened: the engine still holds the database it used. */
    @EventListener
    void recordModel(Run run) {
        store.record(run.id(), ScreeningModel.of(properties, engine.frequencyDatabase()));
    }
}
