/**
 * Identification: screening remains against the registry's families, decisions by two analysts. The
 * annotation names every feature it may use (Spring Modulith verifies it).
 */
@ApplicationModule(allowedDependencies = {"audit", "chain", "common", "frequencies", "genetics", "jobs", "lists", "registry", "remains", "security", "web"})
package org.homeward.app.identification;

import org.springframework.modulith.ApplicationModule;
