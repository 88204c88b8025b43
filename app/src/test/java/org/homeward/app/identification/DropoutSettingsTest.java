package org.homeward.app.identification;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.app.genetics.DropoutClass;
import org.homeward.kinship.DropoutModel;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The dropout classes' settings: each probability in [0, 1), refused naming the setting otherwise, as
 * every setting of {@code homeward.identification} is when the application binds it.
 */
class DropoutSettingsTest {

    private final ApplicationContextRunner application = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @EnableConfigurationProperties(IdentificationProperties.class)
    static class Settings {
    }

    @Test
    void probabilitiesOutsideTheUnitIntervalAreRefusedNamingTheSetting() {
        refused("homeward.identification.dropout.mild-dropout=1", "dropout.mildDropout", "must lie in [0, 1)");
        refused("homeward.identification.dropout.severe-homozygous-dropout=-0.2", "dropout.severeHomozygousDropout", "must lie in [0, 1)");
        refused("homeward.identification.dropout.mild-drop-in=NaN", "dropout.mildDropIn", "must lie in [0, 1)");
        refused("homeward.identification.theta=1", "theta", "must lie in [0, 1)");
        refused("homeward.identification.mutation-range=0", "mutationRange", "must be greater than 0");
        refused("homeward.identification.review-lr=10", "reviewLrAtLeastMinLr", "review-lr must be at least min-lr");
        refused("homeward.identification.threads=0", "threads", "must be greater than 0");
    }

    @Test
    void theDefaultsAndSoundSettingsBind() {
        application.withPropertyValues("homeward.identification.theta=0.02", "homeward.identification.dropout.mild-dropout=0.2")
                .run(context -> assertThat(context.getBean(IdentificationProperties.class).dropout().mildDropout()).isEqualTo(0.2));
    }

    private void refused(String setting, String field, String message) {
        application.withPropertyValues(setting).run(context -> assertThat(context).getFailure().rootCause()
                .isInstanceOf(BindValidationException.class).hasMessageContaining("on field '" + field + "'").hasMessageContaining(message));
    }

    @Test
    void theHomozygoteDropoutDefaultsToTheSquareAndNoneHasNoModel() {
        DropoutSettings settings = new DropoutSettings(0.1, null, 0.01, 0.3, 0.2, 0.05);
        assertThat(settings.model(DropoutClass.MILD)).contains(new DropoutModel(0.1, 0.1 * 0.1, 0.01));
        assertThat(settings.model(DropoutClass.SEVERE)).contains(new DropoutModel(0.3, 0.2, 0.05));
        assertThat(settings.model(DropoutClass.NONE)).isEmpty();
    }
}
