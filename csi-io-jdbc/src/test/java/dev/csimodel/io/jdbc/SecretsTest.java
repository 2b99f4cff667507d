package dev.csimodel.io.jdbc;

import dev.csimodel.CsiDataException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Passwords, in the URL or in the properties, never reach a message. */
class SecretsTest {

    private static final String PASSWORD = "pw-Hunter2!";

    @TempDir
    Path dir;

    @BeforeAll
    static void register() throws Exception {
        DriverManager.registerDriver(new EchoingDriver());
    }

    @Test
    void urlsLoseTheirPasswords() {
        assertEquals("jdbc:postgresql://db.example.org:5432/survey?user=ana&password=***&ssl=true",
                JdbcUrls.redact("jdbc:postgresql://db.example.org:5432/survey?user=ana&password=" + PASSWORD + "&ssl=true"));
        assertEquals("jdbc:postgresql://ana:***@db.example.org/survey",
                JdbcUrls.redact("jdbc:postgresql://ana:" + PASSWORD + "@db.example.org/survey"));
        assertEquals("jdbc:sqlserver://h;databaseName=s;user=ana;password=***",
                JdbcUrls.redact("jdbc:sqlserver://h;databaseName=s;user=ana;password=" + PASSWORD));
        assertEquals("jdbc:mysql://h/s?PWD=***", JdbcUrls.redact("jdbc:mysql://h/s?PWD=x"));
        assertEquals("jdbc:duckdb:/tmp/bank.duckdb", JdbcUrls.redact("jdbc:duckdb:/tmp/bank.duckdb"));
    }

    @Test
    void aDriverEchoingUrlAndPropertiesIsScrubbed() {
        Properties credentials = new Properties();
        credentials.setProperty("user", "ana");
        credentials.setProperty("password", PASSWORD);
        String url = "jdbc:echo://h/db?sslpassword=" + "keystore-secret" + "&x=1";
        CsiDataException e = assertThrows(CsiDataException.class,
                () -> JdbcSource.table(url, "survey", credentials).read(List.of("q1")));
        assertFalse(e.getMessage().contains(PASSWORD), e.getMessage());
        assertFalse(e.getMessage().contains("keystore-secret"), e.getMessage());
        assertTrue(e.getMessage().contains("jdbc:echo://h/db?sslpassword=***&x=1 (table survey)")
                && e.getMessage().contains("SQL state 28P01") && !e.getMessage().contains("second line"), e.getMessage());
        assertEquals(null, e.getCause(), "the driver's exception, which holds the password, is not attached");
    }

    @Test
    void noDriverForTheUrlNamesItWithoutThePassword() {
        CsiDataException e = assertThrows(CsiDataException.class, () -> JdbcSource.table(
                "jdbc:nosuchdb://h/db?user=ana&password=" + PASSWORD, "survey", new Properties()).columnNames());
        assertFalse(e.getMessage().contains(PASSWORD), e.getMessage());
        assertTrue(e.getMessage().contains("jdbc:nosuchdb://h/db?user=ana&password=***"), e.getMessage());
    }

    @Test
    void credentialsComeFromTheEnvironmentOrAFile() throws Exception {
        Properties env = JdbcCredentials.fromEnvironment(Map.of(JdbcCredentials.USER_VARIABLE, "ana",
                JdbcCredentials.PASSWORD_VARIABLE, PASSWORD, "OTHER", "x"));
        assertEquals("ana", env.getProperty("user"));
        assertEquals(PASSWORD, env.getProperty("password"));
        assertEquals(2, env.size());
        assertTrue(JdbcCredentials.fromEnvironment(Map.of(JdbcCredentials.USER_VARIABLE, "")).isEmpty());
        Path file = Files.writeString(dir.resolve("db.properties"), "user=bo\npassword=" + PASSWORD + "\nssl=true\n");
        Properties fromFile = JdbcCredentials.fromFile(file);
        assertEquals("bo", fromFile.getProperty("user"));
        Properties merged = JdbcCredentials.merged(fromFile, env);
        assertEquals("bo", merged.getProperty("user"), "the file wins");
        assertEquals("true", merged.getProperty("ssl"));
        CsiDataException missing = assertThrows(CsiDataException.class, () -> JdbcCredentials.fromFile(dir.resolve("none")));
        assertTrue(missing.getMessage().contains("none: no such file"), missing.getMessage());
        Path bad = Files.writeString(dir.resolve("bad.properties"), "password=" + PASSWORD + "\\u00zz\n");
        CsiDataException malformed = assertThrows(CsiDataException.class, () -> JdbcCredentials.fromFile(bad));
        assertFalse(malformed.getMessage().contains(PASSWORD), malformed.getMessage());
    }
}
