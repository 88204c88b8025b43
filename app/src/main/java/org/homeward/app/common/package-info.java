/**
 * What every feature shares without depending on the web: the two refusals ({@link
 * org.homeward.app.common.InputRefusedException input refused at a path}, {@link
 * org.homeward.app.common.NotFoundException not found}) that the web layer turns into one error shape.
 */
@ApplicationModule(allowedDependencies = {})
package org.homeward.app.common;

import org.springframework.modulith.ApplicationModule;
