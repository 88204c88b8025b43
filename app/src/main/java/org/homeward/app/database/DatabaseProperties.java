package org.homeward.app.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the database is: {@code homeward.db.url} (from {@code HOMEWARD_DB_URL}) names a PostgreSQL
 * server; when it is empty, Homeward runs an embedded PostgreSQL in the data directory.
 */
@ConfigurationProperties("homeward.db")
record DatabaseProperties(String url, String user, String password, @DefaultValue("10") int maxPoolSize) {

    boolean external() {
        return url != null && !url.isBlank();
    }

    @Override
    public String toString() {
        return "DatabaseProperties[url=" + url + ", user=" + user + ", maxPoolSize=" + maxPoolSize + "]";
    }
}
