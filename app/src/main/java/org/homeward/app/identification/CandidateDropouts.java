package org.homeward.app.identification;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.homeward.app.genetics.DropoutClass;
import org.homeward.app.identification.ScreeningOutcome.Found;
import org.homeward.app.identification.store.CandidateEvidenceStore;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** Records with a run's candidates the dropout model each one's LR used, when its remains sample had a dropout class. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CandidateDropouts {

    private final CandidateEvidenceStore store;
    private final IdentificationProperties properties;

    /** In the run's transaction, after its candidates were stored. */
    void record(long runId, ScreeningOutcome outcome) {
        for (Found f : outcome.candidates()) {
            DropoutClass dropoutClass = outcome.snapshot().dropoutClass(f.candidate().remainsId());
            if (!f.markers().isEmpty()) { // a candidate by lineage markers alone used no autosomal model
                properties.dropout().model(dropoutClass)
                        .ifPresent(model -> store.insertDropout(runId, f, new CandidateDropout(dropoutClass, model, relying(f.markers()))));
            }
        }
    }

    /** The markers flagged by the engine ({@code ScreeningEngine}'s third per-marker value). */
    private static Set<String> relying(Map<String, double[]> markers) {
        return markers.entrySet().stream().filter(e -> e.getValue().length > 2 && e.getValue()[2] != 0).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}
