package org.homeward.app.ledger.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;

/**
 * Who may use the ledger's pages and API, declared once for all its controllers: reading needs
 * {@link Permission#LEDGER_READ}, a {@code POST}, {@code PUT} or {@code DELETE} {@link Permission#LEDGER_WRITE}. A
 * controller method declares only a permission that differs (an export, a lab file, an approval).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@RequiresPermission(value = Permission.LEDGER_READ, writes = Permission.LEDGER_WRITE)
@interface LedgerAccess {
}
