/**
 * This installation's identity and first start. The annotation names every feature it may use (Spring
 * Modulith verifies it).
 */
@ApplicationModule(allowedDependencies = {})
package org.homeward.app.installation;

import org.springframework.modulith.ApplicationModule;
