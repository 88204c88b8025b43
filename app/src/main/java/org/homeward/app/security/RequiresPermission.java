package org.homeward.app.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a page, an API endpoint or a facade method needs. On a controller method (or the
 * controller class, for all its methods) it is checked before the request reaches the controller:
 * anonymous people are sent to sign in (pages) or get 401 (API), signed-in people without the
 * permission get 403. On a method of any other Spring bean it is checked at the call, and a call
 * without a signed-in user fails.
 *
 * <pre>{@code
 * @GetMapping("/ledger")
 * @RequiresPermission(Permission.LEDGER_READ)
 * String ledger(Model model) { ... }
 * }</pre>
 *
 * Every controller method carries this, {@link SignedIn} or {@link PublicEndpoint}; one without
 * any is refused to everybody.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresPermission {

    Permission value();
}
