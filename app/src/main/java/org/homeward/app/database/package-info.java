/**
 * The embedded or external PostgreSQL, its migrations and backups. The annotation names every feature
 * it may use (Spring Modulith verifies it).
 */
@ApplicationModule(allowedDependencies = {"audit"})
package org.homeward.app.database;

import org.springframework.modulith.ApplicationModule;
