/**
 * Running Homeward as a service: the metrics the Prometheus scrape ({@code /actuator/prometheus},
 * {@code METRICS_READ}) adds to Spring Boot's own (HTTP requests, JVM, database pool), and the
 * OpenAPI document's title, version, security schemes and tags. It observes the other features from
 * outside (published facts, their facades run as {@link org.homeward.app.security.SystemTasks#OPERATIONS}),
 * so that feature code touches Micrometer in one line only (a refused import counts itself). The annotation names every feature it may use (Spring
 * Modulith verifies it).
 */
@ApplicationModule(allowedDependencies = {"chain", "checkpoint", "genetics", "identification", "remains", "security"})
package org.homeward.app.operations;

import org.springframework.modulith.ApplicationModule;
