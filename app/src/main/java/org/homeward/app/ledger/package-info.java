/**
 * The public ledger of claims, transfers, agreements and statements. The annotation names every
 * feature it may use (Spring Modulith verifies it).
 */
@ApplicationModule(allowedDependencies = {"audit", "chain", "common", "jobs", "lists", "security", "web"})
package org.homeward.app.ledger;

import org.springframework.modulith.ApplicationModule;
