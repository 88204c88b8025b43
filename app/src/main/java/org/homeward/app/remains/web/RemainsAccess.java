package org.homeward.app.remains.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;

/**
 * Who may use the remains register's pages and API, declared once for all its controllers: reading needs
 * {@link Permission#REMAINS_READ}, a {@code POST}, {@code PUT} or {@code DELETE} {@link Permission#REMAINS_WRITE}. A
 * controller method declares only a permission that differs (an export, a lab file, an approval).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@RequiresPermission(value = Permission.REMAINS_READ, writes = Permission.REMAINS_WRITE)
@interface RemainsAccess {
}
