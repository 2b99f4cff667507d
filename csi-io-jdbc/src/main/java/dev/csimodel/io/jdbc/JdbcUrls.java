package dev.csimodel.io.jdbc;

import dev.csimodel.Arguments;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JDBC URLs made safe to print: a password in the URL, as a parameter
 * ({@code ?password=...}, {@code ;password=...}, {@code &pwd=...}) or as user information
 * ({@code //user:secret@host}), is replaced by {@code ***}.
 */
public final class JdbcUrls {

    /** Parameter names drivers read a secret from (PostgreSQL, MySQL, SQL Server, Oracle, DB2, H2...). */
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?i)([?;&:]\\s*(?:password|pwd|passwd|pass|secret|token|sslpassword|access_token)\\s*=)([^;&]*)");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:;?]*:)([^/@]*)(@)");

    private JdbcUrls() {
    }

    /**
     * @param url a JDBC URL
     * @return the URL with every password replaced by {@code ***}
     */
    public static String redact(String url) {
        Arguments.requireNonNull(url, "url");
        String out = SECRET_PARAMETER.matcher(url).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "***"));
        return USER_INFO.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "***" + m.group(3)));
    }

    /**
     * @param text a string that may name a data source
     * @return true if it is a JDBC URL ({@code jdbc:...}, any case)
     */
    public static boolean isJdbcUrl(String text) {
        return text != null && text.toLowerCase(Locale.ROOT).startsWith("jdbc:");
    }
}
