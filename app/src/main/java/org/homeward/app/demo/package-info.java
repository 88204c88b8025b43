/**
 * The demonstration data of serve --demo, entered through the features' public faces. The annotation
 * names every feature it may use (Spring Modulith verifies it).
 */
@ApplicationModule(allowedDependencies = {"frequencies", "genetics", "identification", "jobs", "ledger", "registry", "remains", "security"})
package org.homeward.app.demo;

import org.springframework.modulith.ApplicationModule;
