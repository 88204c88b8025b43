package org.homeward.app.database;

import java.nio.file.Path;

/** Another Homeward process holds the data directory: two servers on one embedded database would corrupt it. */
public class DataDirectoryInUseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path dataDirectory;
    private final String holderPid;
    private final Integer databasePort;

    DataDirectoryInUseException(Path dataDirectory, String holderPid, Integer databasePort) {
        super("Data directory " + dataDirectory + " is in use by another Homeward process (pid " + holderPid + ")."
                + " Stop that process, or choose another directory with --data-dir or HOMEWARD_DATA_DIR.");
        this.dataDirectory = dataDirectory;
        this.holderPid = holderPid;
        this.databasePort = databasePort;
    }

    public String holderPid() {
        return holderPid;
    }

    /** The port of the holder's embedded PostgreSQL, once it has started; else null. */
    public Integer databasePort() {
        return databasePort;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }
}
