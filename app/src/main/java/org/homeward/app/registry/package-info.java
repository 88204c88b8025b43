/**
 * The registry of the missing: missing persons and their status; families, relatives and pedigrees;
 * reference samples and consent. The annotation names every feature it may use (Spring Modulith
 * verifies it).
 */
@ApplicationModule(allowedDependencies = {"audit", "common", "genetics", "jobs", "lists", "security", "web"})
package org.homeward.app.registry;

import org.springframework.modulith.ApplicationModule;
