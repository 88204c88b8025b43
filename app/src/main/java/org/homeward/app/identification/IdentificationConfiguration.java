package org.homeward.app.identification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Identification's settings (screening and the report's letterhead), and the scheduler that looks for new profiles to screen. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties({IdentificationProperties.class, ReportProperties.class})
class IdentificationConfiguration {
}
