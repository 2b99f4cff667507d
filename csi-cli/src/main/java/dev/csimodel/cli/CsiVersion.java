package dev.csimodel.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The version {@code csi --version} prints: the POM's {@code project.version}, written into
 * {@code version.properties} by Maven resource filtering, so it cannot drift from the release.
 */
final class CsiVersion implements CommandLine.IVersionProvider {

    private static final String RESOURCE = "version.properties";

    /** @return the project version, e.g. {@code 0.2.0} */
    static String projectVersion() {
        Properties p = new Properties();
        try (InputStream in = CsiVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                // only a build that skipped process-resources lacks it: an internal error, exit 1
                throw new IllegalStateException("csi: " + RESOURCE + " is missing from the class path");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("csi: cannot read " + RESOURCE, e);
        }
        return p.getProperty("version");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"csi " + projectVersion() + " (csimodel)"};
    }
}
