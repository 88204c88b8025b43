package org.homeward.app.frequencies.web;

import java.util.Optional;

import org.homeward.app.frequencies.FrequencyDatabaseId;

/** The database identification is to use: an uploaded one, or none for the bundled European database. The API's body and the page's form alike. */
record FrequencyChoice(FrequencyDatabaseId database) {

    static final String[] FIELDS = {"database"};

    Optional<FrequencyDatabaseId> chosen() {
        return Optional.ofNullable(database);
    }
}
