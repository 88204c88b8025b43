package org.homeward.app.remains;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the register's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RemainsProperties.class)
class RemainsConfiguration {
}
