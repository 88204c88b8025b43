/**
 * The families' workflow from a confirmed identification to the burial. The annotation names every
 * feature it may use (Spring Modulith verifies it).
 */
@ApplicationModule(allowedDependencies = {"audit", "common", "identification", "lists", "registry", "remains", "security", "web"})
package org.homeward.app.families;

import org.springframework.modulith.ApplicationModule;
