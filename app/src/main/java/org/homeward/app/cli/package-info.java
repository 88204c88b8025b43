/**
 * The command line: picocli commands, and the Spring contexts of those that need one. The annotation
 * names every feature it may use (Spring Modulith verifies it).
 */
@ApplicationModule(allowedDependencies = {"audit", "chain", "checkpoint", "database", "security"})
package org.homeward.app.cli;

import org.springframework.modulith.ApplicationModule;
