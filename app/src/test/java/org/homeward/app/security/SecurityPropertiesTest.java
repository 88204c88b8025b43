package org.homeward.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Security settings that would lock everyone out or make every link expire at once stop the start, naming the setting. */
class SecurityPropertiesTest {

    private final ApplicationContextRunner application = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @EnableConfigurationProperties(SecurityProperties.class)
    static class Settings {
    }

    @Test
    void aZeroLimitOrValidityIsRefused() {
        refused("homeward.security.max-failures-per-account=0", "maxFailuresPerAccount");
        refused("homeward.security.lockout=0s", "lockout");
        refused("homeward.security.break-glass-validity=10s", "breakGlassValidity");
    }

    @Test
    void theDefaultsBind() {
        application.run(context -> assertThat(context.getBean(SecurityProperties.class).maxFailuresPerAccount()).isEqualTo(5));
    }

    private void refused(String setting, String field) {
        application.withPropertyValues(setting).run(context -> assertThat(context).getFailure().rootCause()
                .isInstanceOf(BindValidationException.class).hasMessageContaining("on field '" + field + "'"));
    }
}
