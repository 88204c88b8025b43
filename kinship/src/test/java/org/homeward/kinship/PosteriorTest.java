package org.homeward.kinship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PosteriorTest {

    @Test
    void posteriorFollowsBayesWithAUniformPrior() {
        double prior = Posterior.uniformPrior(1000);
        // LR 10^6 against 999 alternatives: 10^6 / (10^6 + 999).
        assertThat(Posterior.probability(6, prior)).isCloseTo(1e6 / (1e6 + 999), within(1e-15));
        assertThat(Posterior.probability(0, prior)).isCloseTo(0.001, within(1e-15));
        assertThat(Posterior.probability(Double.NEGATIVE_INFINITY, prior)).isZero();
        // Beyond a double's range the posterior is 1 to the last digit, not NaN.
        assertThat(Posterior.probability(400, prior)).isEqualTo(1.0);
    }

    @Test
    void verbalScaleFollowsEnfsi() {
        assertThat(Posterior.verbal(Math.log10(1.5))).isEqualTo(Posterior.Verbal.NO_SUPPORT);
        assertThat(Posterior.verbal(Math.log10(5))).isEqualTo(Posterior.Verbal.WEAK);
        assertThat(Posterior.verbal(Math.log10(50))).isEqualTo(Posterior.Verbal.MODERATE);
        assertThat(Posterior.verbal(Math.log10(500))).isEqualTo(Posterior.Verbal.MODERATELY_STRONG);
        assertThat(Posterior.verbal(Math.log10(5000))).isEqualTo(Posterior.Verbal.STRONG);
        assertThat(Posterior.verbal(5)).isEqualTo(Posterior.Verbal.VERY_STRONG);
        assertThat(Posterior.verbal(6)).isEqualTo(Posterior.Verbal.EXTREMELY_STRONG);
        assertThat(Posterior.verbal(-3.5)).isEqualTo(Posterior.Verbal.STRONG);
        assertThat(Posterior.supportsIdentity(-3.5)).isFalse();
        assertThat(Posterior.verbal(Double.NEGATIVE_INFINITY)).isEqualTo(Posterior.Verbal.EXTREMELY_STRONG);
    }

    @Test
    void refusesPriorsThatAreNotProbabilities() {
        assertThatThrownBy(() -> Posterior.probability(3, 0)).hasMessage("a prior probability must lie strictly between 0 and 1, got 0.0");
        assertThatThrownBy(() -> Posterior.uniformPrior(1)).hasMessage("a uniform prior needs at least 2 candidates, got 1");
    }
}
