package dev.csimodel.io.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * A driver for {@code jdbc:echo:} URLs that refuses every connection with a message repeating
 * the URL, the user and the password, as careless drivers do: what the scrubbing must survive.
 */
final class EchoingDriver implements Driver {

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        throw new SQLException("login to " + url + " failed for user " + info.getProperty("user")
                + " with password " + info.getProperty("password") + "\nsecond line", "28P01");
    }

    @Override
    public boolean acceptsURL(String url) {
        return url.startsWith("jdbc:echo:");
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }
}
