/**
 * One tamper-evident chain: the canonical encoding, the hash, the head and the verifier every log
 * uses. The annotation names every feature it may use (Spring Modulith verifies it).
 */
@ApplicationModule(allowedDependencies = {})
package org.homeward.app.chain;

import org.springframework.modulith.ApplicationModule;
