/**
 * The log format (logfmt) of the application. The annotation names every feature it may use (Spring
 * Modulith verifies it).
 */
@ApplicationModule(allowedDependencies = {})
package org.homeward.app.logging;

import org.springframework.modulith.ApplicationModule;
