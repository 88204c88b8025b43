package org.homeward.app.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page or endpoint open to everybody, signed in or not: the landing page, sign-in, one-time
 * links, error pages, public statistics. Nothing that shows a record may carry it. See
 * {@link RequiresPermission}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PublicEndpoint {
}
