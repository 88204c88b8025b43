/**
 * The web side of every list page and list endpoint: the one request ({@link org.homeward.app.lists.ListForm}:
 * page, size, sort, filters), its rendering with the addresses that keep its state
 * ({@link org.homeward.app.lists.Listing}, {@code fragments/paging.html}) and the audited CSV and JSON
 * export of the filtered rows ({@link org.homeward.app.lists.ListExports}). The stores answer with
 * {@link org.homeward.app.common.PagedSql}. Apart from {@code web} so that every feature may use it
 * (security and genetics included, which {@code web} itself depends on).
 */
@ApplicationModule(allowedDependencies = {"audit", "common"})
package org.homeward.app.lists;

import org.springframework.modulith.ApplicationModule;
