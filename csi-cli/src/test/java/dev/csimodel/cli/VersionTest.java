package dev.csimodel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

/** {@code csi --version} prints the POM's version, which surefire passes in as csi.project.version. */
class VersionTest {

    private static String pomVersion() {
        String v = System.getProperty("csi.project.version");
        assertNotNull(v, "csi.project.version is not set: run the test through Maven (csi-cli/pom.xml sets it)");
        return v;
    }

    @Test
    void versionOptionPrintsThePomVersion() {
        CliRun run = CliRun.run("--version");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("csi " + pomVersion() + " (csimodel)", run.out().strip(), run::toString);
        assertEquals("", run.err(), run::toString);
    }

    @Test
    void providerReadsTheFilteredResource() {
        String v = CsiVersion.projectVersion();
        assertFalse(v.contains("${"), "version.properties was not filtered: " + v);
        assertEquals(pomVersion(), v);
    }
}
