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
 *
 * <p>A controller declares its reads and its writes once, on the class (a feature names the pair once,
 * in an annotation of its {@code web} package that its controllers carry, such as {@code ledger.web.LedgerAccess}),
 * and a method only what differs (an export, a supervisor's approval):
 *
 * <pre>{@code
 * @RequiresPermission(value = Permission.LEDGER_READ, writes = Permission.LEDGER_WRITE)
 * @interface LedgerAccess { }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresPermission {

    Permission value();

    /**
     * On a controller class: what its methods mapped to anything but {@code GET} (a {@code POST},
     * {@code PUT} or {@code DELETE}) need when they declare nothing themselves: one permission; none
     * given, they need {@link #value()} like the reads. Not read on methods, nor on beans other than controllers.
     */
    Permission[] writes() default {};
}
