package dev.csimodel.models.kano;

import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads Kano questionnaire answers from a comma-separated file with one line per respondent and
 * two columns per attribute, named {@code <attribute>_f} (the functional question) and
 * {@code <attribute>_d} (the dysfunctional one), in any order among other columns:
 *
 * <pre>
 * id,speed_f,speed_d,price_f,price_d
 * 1,1,5,2,4
 * 2,like,dislike,must-be,live with
 * </pre>
 *
 * An answer is a code 1-5 or a name ({@link KanoAnswer#parse}). A respondent who left either
 * question of an attribute blank is left out of that attribute only. Attributes come in the
 * order of their functional columns. Every error names the file, line and column.
 */
public final class KanoAnswerFile {

    /** Suffix of a functional-question column. */
    public static final String FUNCTIONAL = "_f";
    /** Suffix of a dysfunctional-question column. */
    public static final String DYSFUNCTIONAL = "_d";

    private KanoAnswerFile() {
    }

    /**
     * @return one {@link KanoResponses} per attribute
     * @throws CsiDataException naming file, line and column of an unknown answer, or the file and
     *                          attribute when a column of a pair is missing or no respondent
     *                          answered both questions
     * @param file the answer file to read
     */
    public static List<KanoResponses> read(Path file) {
        Arguments.requireNonNull(file, "file");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new CsiDataException(file + ": cannot read the Kano answers (" + e.getMessage() + ")", e);
        }
    }

    /**
     * As {@link #read(Path)}, from a reader; {@code source} names it in messages.
     * @param in the answer text; read to its end, not closed
     * @param source the name used in error messages (e.g. the file name)
     * @return one set of responses per attribute, in file order
     */
    public static List<KanoResponses> read(Reader in, String source) {
        Arguments.requireNonNull(in, "in");
        Arguments.requireNonNull(source, "source");
        try (CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).build())) {
            return parse(parser, source);
        } catch (IOException | UncheckedIOException e) {
            throw new CsiDataException(source + ": cannot read the Kano answers (" + e.getMessage() + ")", e);
        }
    }

    private static List<KanoResponses> parse(CSVParser parser, String source) {
        Iterator<CSVRecord> records = parser.iterator();
        if (!records.hasNext()) {
            throw new CsiDataException(source + ": the file is empty; a header naming the answer columns is required");
        }
        List<Pair> pairs = pairs(records.next(), source);
        long read = parser.getCurrentLineNumber();
        while (records.hasNext()) {
            CSVRecord r = records.next();
            long line = read + 1;
            read = parser.getCurrentLineNumber();
            if (!(r.size() == 1 && r.get(0).isBlank())) {
                pairs.forEach(p -> p.add(r, source, line));
            }
        }
        List<KanoResponses> out = new ArrayList<>();
        for (Pair p : pairs) {
            if (p.functional.isEmpty()) {
                throw new CsiDataException(source + ": no respondent answered both questions of attribute '"
                        + p.attribute + "'");
            }
            out.add(new KanoResponses(p.attribute, p.functional, p.dysfunctional));
        }
        return out;
    }

    private static List<Pair> pairs(CSVRecord header, String source) {
        List<String> names = header.stream().map(String::strip).toList();
        List<Pair> pairs = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            String name = names.get(j);
            if (name.endsWith(FUNCTIONAL) && name.length() > FUNCTIONAL.length()) {
                String attribute = name.substring(0, name.length() - FUNCTIONAL.length());
                int d = names.indexOf(attribute + DYSFUNCTIONAL);
                if (d < 0) {
                    throw new CsiDataException(source + ", line 1: column '" + name + "' has no partner '"
                            + attribute + DYSFUNCTIONAL + "' for the dysfunctional question");
                }
                pairs.add(new Pair(attribute, j, d));
            }
        }
        for (String name : names) {
            if (name.endsWith(DYSFUNCTIONAL) && name.length() > DYSFUNCTIONAL.length() && !names.contains(
                    name.substring(0, name.length() - DYSFUNCTIONAL.length()) + FUNCTIONAL)) {
                throw new CsiDataException(source + ", line 1: column '" + name + "' has no partner for the functional "
                        + "question");
            }
        }
        if (pairs.isEmpty()) {
            throw new CsiDataException(source + ", line 1: no answer columns; name them <attribute>" + FUNCTIONAL
                    + " and <attribute>" + DYSFUNCTIONAL);
        }
        return pairs;
    }

    /** The answers collected for one attribute. */
    private static final class Pair {
        final String attribute;
        final int functionalColumn;
        final int dysfunctionalColumn;
        final List<KanoAnswer> functional = new ArrayList<>();
        final List<KanoAnswer> dysfunctional = new ArrayList<>();

        Pair(String attribute, int functionalColumn, int dysfunctionalColumn) {
            this.attribute = attribute;
            this.functionalColumn = functionalColumn;
            this.dysfunctionalColumn = dysfunctionalColumn;
        }

        void add(CSVRecord r, String source, long line) {
            String f = cell(r, functionalColumn);
            String d = cell(r, dysfunctionalColumn);
            if (f.isEmpty() || d.isEmpty()) {
                return;
            }
            functional.add(answer(f, source, line, functionalColumn));
            dysfunctional.add(answer(d, source, line, dysfunctionalColumn));
        }

        private static String cell(CSVRecord r, int column) {
            return column < r.size() ? r.get(column).strip() : "";
        }

        private static KanoAnswer answer(String text, String source, long line, int column) {
            try {
                return KanoAnswer.parse(text);
            } catch (CsiDataException e) {
                throw new CsiDataException(source + ", line " + line + ", column " + (column + 1) + ": "
                        + e.getMessage(), e);
            }
        }
    }
}
