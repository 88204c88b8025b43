package org.homeward.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from {@code META-INF/build-info.properties}, written by the build. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        Properties buildInfo = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/META-INF/build-info.properties")) {
            if (in != null) {
                buildInfo.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = buildInfo.getProperty("build.version", "(development build)");
        return new String[] {"Homeward " + version};
    }
}
