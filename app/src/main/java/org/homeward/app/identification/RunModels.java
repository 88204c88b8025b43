package org.homeward.app.identification;

import org.homeward.app.identification.store.ScreeningModelStore;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records with every run, in the run's transaction, the model its LRs were computed with (the
 * engine's settings are fixed for the application's life), so that each candidate states it.
 */
@Component
class RunModels {

    private final ScreeningModelStore store;
    private final ScreeningModel model;

    RunModels(ScreeningModelStore store, IdentificationProperties properties) {
        this.store = store;
        this.model = ScreeningModel.of(properties);
    }

    @EventListener
    void recordModel(Run run) {
        store.record(run.id(), model);
    }
}
