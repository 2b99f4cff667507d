package dev.csimodel.io;

import dev.csimodel.CsiSpecificationException;

import java.util.Optional;

/**
 * How {@link CsvDataReader} reads a CSV file. Immutable; change one setting with a wither:
 * {@code CsvOptions.defaults().withMissingToken("NA")}.
 *
 * @param delimiter    the field separator (default {@code ','}); quoting follows RFC 4180
 * @param missingToken the cell text that marks a missing value; when set, a cell equal to it
 *                     (after trimming blanks) or an empty cell is read as {@code NaN}; when
 *                     empty (the default), an empty cell is an error
 */
public record CsvOptions(char delimiter, Optional<String> missingToken) {

    private static final CsvOptions DEFAULTS = new CsvOptions(',', Optional.empty());

    public CsvOptions {
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new CsiSpecificationException("the CSV delimiter cannot be a quote or a line break");
        }
        if (missingToken == null) {
            throw new CsiSpecificationException("the missing-value token must be given (Optional.empty() for none)");
        }
        missingToken = missingToken.map(String::strip);
    }

    /** @return comma-separated, no missing-value token */
    public static CsvOptions defaults() {
        return DEFAULTS;
    }

    /** @return these options with {@code value} (e.g. {@code ';'} or a tab) separating fields */
    public CsvOptions withDelimiter(char value) {
        return new CsvOptions(value, missingToken);
    }

    /** @return these options with {@code token} (e.g. {@code "NA"} or {@code "."}) marking missing cells */
    public CsvOptions withMissingToken(String token) {
        if (token == null) {
            throw new CsiSpecificationException("the missing-value token is null; use withoutMissingToken()");
        }
        return new CsvOptions(delimiter, Optional.of(token));
    }

    /** @return these options with empty cells being errors again */
    public CsvOptions withoutMissingToken() {
        return new CsvOptions(delimiter, Optional.empty());
    }
}
