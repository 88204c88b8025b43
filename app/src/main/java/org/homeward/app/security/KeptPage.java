package org.homeward.app.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A GET page that may be served again as rendered, to the same session, while nothing was written
 * (web.RenderedPages). Only for pages that show the database as it is: a page whose read is
 * audited is never kept anyway (its own audit entry changes what it is keyed by), but a page that
 * shows anything else (the clock beyond the day, a job's progress, session state) must not carry it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface KeptPage {
}
