/**
 * A laboratory's own allele frequency databases: uploaded through the one lab-file door, checked
 * against the policy, kept by name and version, and one of them (or the bundled European database)
 * chosen for identification. The annotation names every feature it may use (Spring Modulith verifies it).
 */
@ApplicationModule(allowedDependencies = {"audit", "common", "genetics", "jobs", "security", "web"})
package org.homeward.app.frequencies;

import org.springframework.modulith.ApplicationModule;
