package org.homeward.app.identification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Identification's settings, and the scheduler that looks for new profiles to screen. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(IdentificationProperties.class)
class IdentificationConfiguration {
}
