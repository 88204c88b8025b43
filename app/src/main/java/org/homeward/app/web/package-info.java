/**
 * The web layer every feature shares: the one error shape, page refusals, typed-id conversion, limits.
 * The annotation names every feature it may use (Spring Modulith verifies it).
 */
@ApplicationModule(allowedDependencies = {"common", "installation", "jobs", "lists", "security"})
package org.homeward.app.web;

import org.springframework.modulith.ApplicationModule;
