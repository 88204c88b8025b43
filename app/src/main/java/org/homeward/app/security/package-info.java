/**
 * Accounts, sign-in, roles and permissions, tokens, break-glass and the acting user. The annotation
 * names every feature it may use (Spring Modulith verifies it).
 */
@ApplicationModule(allowedDependencies = {"audit", "lists"})
package org.homeward.app.security;

import org.springframework.modulith.ApplicationModule;
