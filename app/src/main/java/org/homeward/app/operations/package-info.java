/**
 * Running Homeward as a service: the metrics the Prometheus scrape ({@code /actuator/prometheus},
 * {@code METRICS_READ}) adds to Spring Boot's own (HTTP requests, JVM, database pool), and the
 * OpenAPI document's title, version, security schemes and tags. It observes the other features from
 * outside (published facts, their facades run as {@link org.homeward.app.security.SystemTasks#OPERATIONS}),
 * so that no feature's code calls Micrometer.
 */
package org.homeward.app.operations;
