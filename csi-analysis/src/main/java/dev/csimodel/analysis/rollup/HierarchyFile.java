package dev.csimodel.analysis.rollup;

import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@link Hierarchy} from a comma-separated file with a header naming the columns
 * {@value #COMPANY}, {@value #INDUSTRY}, {@value #SECTOR}, {@value #REVENUE} and
 * {@value #GDP_SHARE} (any order, any case, other columns ignored), one company per line:
 *
 * <pre>
 * company,industry,sector,revenue,gdp_share
 * Alpha Bank,Banks,Finance,120.5,0.4
 * Beta Mobile,Telecom,Services,80,0.6
 * </pre>
 *
 * The GDP share is the share of the company's sector, so it repeats on every line of that
 * sector and must be the same on each. Every error names the file, line and column.
 */
public final class HierarchyFile {

    /** Header of the company column. */
    public static final String COMPANY = "company";
    /** Header of the industry column. */
    public static final String INDUSTRY = "industry";
    /** Header of the sector column. */
    public static final String SECTOR = "sector";
    /** Header of the revenue column. */
    public static final String REVENUE = "revenue";
    /** Header of the sector's GDP share column. */
    public static final String GDP_SHARE = "gdp_share";

    private static final List<String> REQUIRED = List.of(COMPANY, INDUSTRY, SECTOR, REVENUE, GDP_SHARE);

    private HierarchyFile() {
    }

    /**
     * @return the hierarchy of {@code file} (UTF-8)
     * @throws CsiDataException          naming file, line and column of an unreadable file, a
     *                                   missing column, a number that is not one, or a sector
     *                                   with two different GDP shares
     * @throws CsiSpecificationException (prefixed with the file) if the hierarchy breaks a rule
     *                                   of {@link Hierarchy}
     * @param file the hierarchy file, read as UTF-8
     */
    public static Hierarchy read(Path file) {
        Arguments.requireNonNull(file, "file");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new CsiDataException(file + ": cannot read the hierarchy (" + e.getMessage() + ")", e);
        }
    }

    /**
     * As {@link #read(Path)}, from a reader; {@code source} names it in messages.
     * @param in the hierarchy text; read to its end, not closed
     * @param source the name used in error messages (e.g. the file name)
     * @return the hierarchy
     */
    public static Hierarchy read(Reader in, String source) {
        Arguments.requireNonNull(in, "in");
        Arguments.requireNonNull(source, "source");
        try (CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180)) {
            return parse(parser, source);
        } catch (IOException | UncheckedIOException e) {
            throw new CsiDataException(source + ": cannot read the hierarchy (" + e.getMessage() + ")", e);
        }
    }

    private static Hierarchy parse(CSVParser parser, String source) {
        Iterator<CSVRecord> records = parser.iterator();
        if (!records.hasNext()) {
            throw new CsiDataException(source + ": the hierarchy file is empty; a header line is required");
        }
        Map<String, Integer> columns = header(records.next(), source);
        Hierarchy.Builder builder = Hierarchy.builder();
        Map<String, Double> shares = new HashMap<>();
        long lines = parser.getCurrentLineNumber();
        while (records.hasNext()) {
            CSVRecord r = records.next();
            long line = lines + 1;
            lines = parser.getCurrentLineNumber();
            if (r.size() == 1 && r.get(0).isBlank()) {
                continue;
            }
            Row row = new Row(r, columns, source, line);
            builder.company(row.text(COMPANY), row.text(INDUSTRY), row.text(SECTOR), row.number(REVENUE));
            share(builder, shares, row);
        }
        try {
            return builder.build();
        } catch (CsiSpecificationException e) {
            throw new CsiSpecificationException(source + ": " + e.getMessage(), e);
        }
    }

    private static void share(Hierarchy.Builder builder, Map<String, Double> shares, Row row) {
        String sector = row.text(SECTOR);
        double share = row.number(GDP_SHARE);
        Double before = shares.putIfAbsent(sector, share);
        if (before == null) {
            builder.sector(sector, share);
        } else if (before != share) {
            throw new CsiDataException(row.place(GDP_SHARE) + ": sector '" + sector + "' has GDP share " + share
                    + " here and " + before + " on an earlier line");
        }
    }

    private static Map<String, Integer> header(CSVRecord header, String source) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String name : REQUIRED) {
            if (!columns.containsKey(name)) {
                throw new CsiDataException(source + ", line 1: the header has no column '" + name
                        + "'; it needs " + REQUIRED);
            }
        }
        return columns;
    }

    /** One data line with its place in the file. */
    private record Row(CSVRecord record, Map<String, Integer> columns, String source, long line) {

        String text(String column) {
            int i = columns.get(column);
            if (i >= record.size()) {
                throw new CsiDataException(place(column) + ": the line has " + record.size()
                        + " fields, no value for '" + column + "'");
            }
            return record.get(i).strip();
        }

        double number(String column) {
            String text = text(column);
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new CsiDataException(place(column) + ": '" + text + "' is not a number");
            }
        }

        String place(String column) {
            return source + ", line " + line + ", column " + (columns.get(column) + 1) + " (" + column + ")";
        }
    }
}
