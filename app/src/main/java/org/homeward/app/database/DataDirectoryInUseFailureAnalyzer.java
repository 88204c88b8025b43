package org.homeward.app.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a busy data directory into a short startup report instead of a stack trace. */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Stop the other Homeward process, or start this one with another --data-dir (or HOMEWARD_DATA_DIR),"
                        + " or point it at a PostgreSQL server with HOMEWARD_DB_URL.",
                cause);
    }
}
