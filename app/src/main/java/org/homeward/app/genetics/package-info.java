/**
 * Genetic profiles, consent and sample codes, and the one lab-file door. The annotation names every
 * feature it may use (Spring Modulith verifies it).
 */
@ApplicationModule(allowedDependencies = {"audit", "chain", "common", "jobs", "lists", "security"})
package org.homeward.app.genetics;

import org.springframework.modulith.ApplicationModule;
