/**
 * The audit log: every change's event, appended in its transaction to a tamper-evident chain. The
 * annotation names every feature it may use (Spring Modulith verifies it).
 */
@ApplicationModule(allowedDependencies = {"chain", "common"})
package org.homeward.app.audit;

import org.springframework.modulith.ApplicationModule;
