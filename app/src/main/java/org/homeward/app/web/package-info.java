/**
 * The web layer every feature shares: the one error shape, page refusals, typed-id conversion, limits,
 * and the pages kept as rendered (keyed by the audit log's newest entry, hence audit and chain).
 * The annotation names every feature it may use (Spring Modulith verifies it).
 */
@ApplicationModule(allowedDependencies = {"audit", "chain", "common", "installation", "jobs", "lists", "security"})
package org.homeward.app.web;

import org.springframework.modulith.ApplicationModule;
