package org.homeward.app.genetics;

import java.util.List;

/** A DNA profile under its sample code: no name, no subject. */
public record GeneticProfile(String sampleCode, SampleKind kind, List<MarkerAlleles> markers) {

    public GeneticProfile {
        markers = List.copyOf(markers);
    }
}
