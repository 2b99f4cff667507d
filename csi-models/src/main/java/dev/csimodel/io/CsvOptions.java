package dev.csimodel.io;

import dev.csimodel.CsiSpecificationException;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How {@link CsvDataReader} reads a CSV file. Immutable; change one setting with a wither:
 * {@code CsvOptions.defaults().withMissingCodes(List.of("-99", "NA"))}.
 *
 * @param delimiter      the field separator (default {@code ','}); quoting follows RFC 4180
 * @param detectDelimiter true to take the delimiter from the file instead: an Excel
 *                       {@code sep=X} first line, else the most frequent of {@code , ; tab |}
 *                       outside quotes in the header line ({@code ,} if none occurs)
 * @param missingCodes   the codes that mark a missing value; when any is set, an empty cell is
 *                       missing too; when none (the default), an empty cell is an error. A code
 *                       that is a decimal number is compared as a number ({@code -99} matches
 *                       {@code -99.0} and {@code -9.9e1}), any other as trimmed text
 * @param encoding       the character set of files and streams (default UTF-8); a byte-order
 *                       mark of UTF-8, UTF-16LE or UTF-16BE overrides it
 * @param decimalComma   true if numbers are written with a decimal comma ({@code 3,5}); the
 *                       delimiter then cannot be a comma
 */
public record CsvOptions(char delimiter, boolean detectDelimiter, List<String> missingCodes, Charset encoding,
                         boolean decimalComma) {

    private static final CsvOptions DEFAULTS = new CsvOptions(',', false, List.of(), StandardCharsets.UTF_8, false);

    /**
     * Validates the components.
     *
     * @param delimiter the field separator (default {@code ','}); quoting follows RFC 4180
     * @param detectDelimiter true to take the delimiter from the file instead: an Excel {@code sep=X} first line, else the most frequent of {@code , ; tab |} outside quotes in the header line ({@code ,} if none occurs)
     * @param missingCodes the codes that mark a missing value; when any is set, an empty cell is missing too; when none (the default), an empty cell is an error. A code that is a decimal number is compared as a number ({@code -99} matches {@code -99.0} and {@code -9.9e1}), any other as trimmed text
     * @param encoding the character set of files and streams (default UTF-8); a byte-order mark of UTF-8, UTF-16LE or UTF-16BE overrides it
     * @param decimalComma true if numbers are written with a decimal comma ({@code 3,5}); the delimiter then cannot be a comma
     */
    public CsvOptions {
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new CsiSpecificationException("the CSV delimiter cannot be a quote or a line break");
        }
        if (missingCodes == null || encoding == null) {
            throw new CsiSpecificationException("the " + (encoding == null ? "encoding" : "list of missing-value codes")
                    + " is null");
        }
        missingCodes = stripped(missingCodes);
        if (decimalComma && delimiter == ',' && !detectDelimiter) {
            throw new CsiSpecificationException("a decimal comma cannot be combined with the delimiter ','; "
                    + "choose another delimiter, e.g. ';'");
        }
    }

    private static List<String> stripped(List<String> codes) {
        List<String> out = new ArrayList<>(codes.size());
        for (String c : codes) {
            if (c == null || c.isBlank()) {
                throw new CsiSpecificationException("a missing-value code is empty: " + codes);
            }
            out.add(c.strip());
        }
        return List.copyOf(out);
    }

    /** @return comma-separated UTF-8, no missing-value code, decimal points */
    public static CsvOptions defaults() {
        return DEFAULTS;
    }

    /** @return the first missing-value code, if any (the single token of earlier versions) */
    public Optional<String> missingToken() {
        return missingCodes.isEmpty() ? Optional.empty() : Optional.of(missingCodes.get(0));
    }

    /**
     * @param value the field separator
     * @return these options with {@code value} (e.g. {@code ';'} or a tab) separating fields
     */
    public CsvOptions withDelimiter(char value) {
        return new CsvOptions(value, false, missingCodes, encoding, decimalComma);
    }

    /** @return these options with the delimiter taken from the file (see {@link #detectDelimiter()}) */
    public CsvOptions withDetectedDelimiter() {
        return new CsvOptions(delimiter == ',' && decimalComma ? ';' : delimiter, true, missingCodes, encoding,
                decimalComma);
    }

    /**
     * @param token the cell text that marks a missing value
     * @return these options with {@code token} (e.g. {@code "NA"}, {@code "-99"}) the only missing-value code
     */
    public CsvOptions withMissingToken(String token) {
        if (token == null) {
            throw new CsiSpecificationException("the missing-value token is null; use withoutMissingToken()");
        }
        return withMissingCodes(List.of(token));
    }

    /**
     * @param codes the cell texts that mark a missing value (numeric codes compare as numbers)
     * @return these options with {@code codes} marking missing cells (see {@link #missingCodes()})
     */
    public CsvOptions withMissingCodes(List<String> codes) {
        if (codes == null) {
            throw new CsiSpecificationException("the list of missing-value codes is null");
        }
        return new CsvOptions(delimiter, detectDelimiter, codes, encoding, decimalComma);
    }

    /** @return these options with empty cells being errors again */
    public CsvOptions withoutMissingToken() {
        return new CsvOptions(delimiter, detectDelimiter, List.of(), encoding, decimalComma);
    }

    /**
     * @param value the character encoding of the file
     * @return these options reading bytes as {@code value} (when the file has no byte-order mark)
     */
    public CsvOptions withEncoding(Charset value) {
        return new CsvOptions(delimiter, detectDelimiter, missingCodes, value, decimalComma);
    }

    /**
     * @param value true if numbers use a decimal comma (then the delimiter cannot be a comma)
     * @return these options with decimal commas ({@code value} true) or points
     */
    public CsvOptions withDecimalComma(boolean value) {
        return new CsvOptions(delimiter, detectDelimiter, missingCodes, encoding, value);
    }
}
