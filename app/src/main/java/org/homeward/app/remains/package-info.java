/**
 * The remains register: bags and bodies of a transfer, samples, custody. The annotation names every
 * feature it may use (Spring Modulith verifies it).
 */
@ApplicationModule(allowedDependencies = {"audit", "chain", "common", "genetics", "jobs", "ledger", "lists", "security", "web"})
package org.homeward.app.remains;

import org.springframework.modulith.ApplicationModule;
