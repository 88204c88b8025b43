package org.homeward.app.families;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the families' workflow settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FamiliesProperties.class)
class FamiliesConfiguration {
}
