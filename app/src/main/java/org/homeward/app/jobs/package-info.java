/**
 * Background jobs: long work (screening runs, imports, exports) asked for in a transaction, done by whichever instance
 * claims it, with progress every instance can report; and scheduled work elected to one instance. The
 * annotation names every feature it may use (Spring Modulith verifies it).
 */
@ApplicationModule(allowedDependencies = {"audit", "common", "lists", "security"})
package org.homeward.app.jobs;

import org.springframework.modulith.ApplicationModule;
