package org.homeward.app.cli;

import java.nio.file.Path;
import java.util.Map;

import picocli.CommandLine.Option;

/** The {@code --data-dir} option, for every command that uses the data directory: {@code @Mixin DataDirectoryOption}. */
public final class DataDirectoryOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Directory of the embedded database and other data (default: $HOMEWARD_DATA_DIR, else ./data).")
    Path dataDirectory;

    /** Spring properties for the chosen directory; empty when the option was not given. */
    public Map<String, Object> properties() {
        if (dataDirectory == null) {
            return Map.of();
        }
        return Map.of("homeward.data-dir", dataDirectory.toAbsolutePath().normalize().toString());
    }
}
