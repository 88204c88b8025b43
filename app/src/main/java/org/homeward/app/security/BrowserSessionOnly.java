package org.homeward.app.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Account and token management: usable only from a signed-in browser session, never with an API
 * token (403), so that a token can neither mint, widen nor revoke credentials nor change accounts.
 * Combined with {@link SignedIn} or {@link RequiresPermission}, which still decide who may use it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface BrowserSessionOnly {
}
