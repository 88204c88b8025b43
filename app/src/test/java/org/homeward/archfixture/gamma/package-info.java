/**
 * A feature that declares it uses nothing, yet uses the demo data: Spring Modulith's verification
 * must refuse the undeclared dependency.
 */
@ApplicationModule(allowedDependencies = {})
package org.homeward.archfixture.gamma;

import org.springframework.modulith.ApplicationModule;
