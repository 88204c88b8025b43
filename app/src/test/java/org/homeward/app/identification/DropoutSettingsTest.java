package org.homeward.app.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.homeward.app.genetics.DropoutClass;
import org.homeward.kinship.DropoutModel;
import org.junit.jupiter.api.Test;

/** The dropout classes' settings: each probability in [0, 1), refused naming the setting otherwise. */
class DropoutSettingsTest {

    @Test
    void probabilitiesOutsideTheUnitIntervalAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new DropoutSettings(1, null, 0.01, 0.3, null, 0.05))
                .hasMessage("homeward.identification.dropout.mild-dropout must lie in [0, 1), got 1.0");
        assertThatThrownBy(() -> new DropoutSettings(0.1, null, 0.01, 0.3, -0.2, 0.05))
                .hasMessage("homeward.identification.dropout.severe-homozygous-dropout must lie in [0, 1), got -0.2");
        assertThatThrownBy(() -> new DropoutSettings(0.1, null, Double.NaN, 0.3, null, 0.05))
                .hasMessage("homeward.identification.dropout.mild-drop-in must lie in [0, 1), got NaN");
    }

    @Test
    void theHomozygoteDropoutDefaultsToTheSquareAndNoneHasNoModel() {
        DropoutSettings settings = new DropoutSettings(0.1, null, 0.01, 0.3, 0.2, 0.05);
        assertThat(settings.model(DropoutClass.MILD)).contains(new DropoutModel(0.1, 0.1 * 0.1, 0.01));
        assertThat(settings.model(DropoutClass.SEVERE)).contains(new DropoutModel(0.3, 0.2, 0.05));
        assertThat(settings.model(DropoutClass.NONE)).isEmpty();
    }
}
