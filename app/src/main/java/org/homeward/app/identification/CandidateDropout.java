package org.homeward.app.identification;

import java.util.Set;

import org.homeward.app.genetics.DropoutClass;
import org.homeward.kinship.DropoutModel;

/**
 * The dropout model a candidate's LR was computed with, when its remains sample had a dropout
 * class: the class, its probabilities at the time of the run, and the markers whose LR relies on
 * it (the remains' alleles there are impossible for the missing person without a dropped-out or
 * dropped-in allele).
 */
public record CandidateDropout(DropoutClass dropoutClass, DropoutModel model, Set<String> relyingMarkers) {

    public CandidateDropout {
        relyingMarkers = Set.copyOf(relyingMarkers);
    }
}
