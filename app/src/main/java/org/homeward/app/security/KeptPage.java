package org.homeward.app.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A GET page that may be served again as rendered, to the same person with the same permissions, while
 * nothing was changed (web.RenderedPages). Only for pages that show the database as it is and nothing
 * else (not the clock beyond the day, a job's progress or session state): a page whose read is audited
 * is never kept anyway (a rendering that appended to the audit log is not kept).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface KeptPage {

    /**
     * The page shows sign-ins and audited reads (the audit log): kept only until the next audit entry of
     * any kind, not only until the next change.
     */
    boolean showsReads() default false;
}
