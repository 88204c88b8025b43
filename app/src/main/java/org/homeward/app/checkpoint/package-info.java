/**
 * Signed checkpoints of the tamper-evident chains, kept outside the database. The annotation names
 * every feature it may use (Spring Modulith verifies it).
 */
@ApplicationModule(allowedDependencies = {"chain", "database", "jobs", "security"})
package org.homeward.app.checkpoint;

import org.springframework.modulith.ApplicationModule;
