package org.homeward.app.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A GET page that may be served again as rendered, to the same person with the same permissions, while
 * nothing was changed (web.RenderedPages). Only for pages that show the database as it is and nothing
 * else (not the clock beyond the day, a job's progress or session state). A rendering that appended to
 * the audit log anything but the page's own audited read ({@link #auditedRead()}), or that showed a
 * record opened by a break-glass grant ({@link #BY_GRANT}), is not kept.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface KeptPage {

    /** The request attribute set when a rendering showed a record through a break-glass grant, which expires. */
    String BY_GRANT = KeptPage.class.getName() + ".byGrant";

    /**
     * The page shows sign-ins and audited reads (the audit log): kept only until the next audit entry of
     * any kind, not only until the next change.
     */
    boolean showsReads() default false;

    /**
     * The page's read is audited (it shows genetic profiles): served kept, the same reads are appended to
     * the audit log again, for this request, before any of the page is sent. Only for pages whose access
     * rests on the reader's permissions, which are part of what a kept page is kept under.
     */
    boolean auditedRead() default false;
}
