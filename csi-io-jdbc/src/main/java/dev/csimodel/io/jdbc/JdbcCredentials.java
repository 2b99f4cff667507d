package dev.csimodel.io.jdbc;

import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The connection properties of a database: user and password from the environment
 * ({@value #USER_VARIABLE}, {@value #PASSWORD_VARIABLE}) or from a properties file
 * ({@code user=...}, {@code password=...} and any driver property, e.g. {@code ssl=true}), so that
 * neither appears on the command line, in the shell's history or in a process listing.
 */
public final class JdbcCredentials {

    /** The environment variable holding the database user. */
    public static final String USER_VARIABLE = "CSI_JDBC_USER";
    /** The environment variable holding the database password. */
    public static final String PASSWORD_VARIABLE = "CSI_JDBC_PASSWORD";

    private JdbcCredentials() {
    }

    /**
     * @param environment the process environment (e.g. {@code System.getenv()})
     * @return {@code user} and {@code password} from {@value #USER_VARIABLE} and
     *         {@value #PASSWORD_VARIABLE}, each only if set and not empty
     */
    public static Properties fromEnvironment(Map<String, String> environment) {
        Arguments.requireNonNull(environment, "environment");
        Properties out = new Properties();
        putIfPresent(out, "user", environment.get(USER_VARIABLE));
        putIfPresent(out, "password", environment.get(PASSWORD_VARIABLE));
        return out;
    }

    /**
     * @param file a Java properties file (ISO-8859-1 escapes or UTF-8 text)
     * @return its properties, passed to the driver as they are
     * @throws CsiDataException naming the file if it cannot be read (never quoting its content)
     */
    public static Properties fromFile(Path file) {
        Arguments.requireNonNull(file, "file");
        Properties out = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            out.load(in);
        } catch (NoSuchFileException e) {
            throw new CsiDataException(file + ": no such file (the JDBC properties file)");
        } catch (IOException | IllegalArgumentException e) {
            // the exception text could quote a line of the file, hence a password: not repeated
            throw new CsiDataException(file + ": cannot read the JDBC properties file (" + e.getClass().getSimpleName() + ")");
        }
        return out;
    }

    /**
     * @param file        the properties file, which wins where both give a property
     * @param environment the environment, for what the file does not set
     * @return the union
     */
    public static Properties merged(Properties file, Properties environment) {
        Properties out = new Properties();
        out.putAll(environment);
        out.putAll(file);
        return out;
    }

    private static void putIfPresent(Properties out, String key, String value) {
        if (value != null && !value.isEmpty()) {
            out.setProperty(key, value);
        }
    }
}
