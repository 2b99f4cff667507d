package dev.csimodel.models.ahp;

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
import java.util.List;

/**
 * Reads a {@link PairwiseMatrix} from a comma-separated file: a header naming the criteria after
 * a first (label) cell, then one line per criterion, in the header's order, with its name and
 * its judgments against each column. A judgment is a number or a fraction ({@code 1/3}):
 *
 * <pre>
 * criterion,price,service,quality
 * price,1,3,1/2
 * service,1/3,1,1/4
 * quality,2,4,1
 * </pre>
 *
 * Blank lines are skipped. The matrix is then checked by {@link PairwiseMatrix#of(List, double[][])} (reciprocal within
 * its default tolerance, on Saaty's 1/9-9 scale), whose messages name the cell (i, j) by
 * criterion: row i is the i-th criterion's line, column j + 1 of the file. Every error names the
 * file.
 */
public final class PairwiseMatrixFile {

    private PairwiseMatrixFile() {
    }

    /**
     * @return the matrix of {@code file} (UTF-8)
     * @throws CsiDataException naming the file, and line and column where the layout is at fault
     *                          (a row name not matching the header, a judgment that is not a
     *                          number or fraction, a missing row) or the cell that is not reciprocal
     * @param file the matrix file to read
     */
    public static PairwiseMatrix read(Path file) {
        Arguments.requireNonNull(file, "file");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new CsiDataException(file + ": cannot read the pairwise matrix (" + e.getMessage() + ")", e);
        }
    }

    /**
     * As {@link #read(Path)}, from a reader; {@code source} names it in messages.
     * @param in the matrix text; read to its end, not closed
     * @param source the name used in error messages (e.g. the file name)
     * @return the pairwise comparison matrix
     */
    public static PairwiseMatrix read(Reader in, String source) {
        Arguments.requireNonNull(in, "in");
        Arguments.requireNonNull(source, "source");
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).build())) {
            long read = 0;
            for (CSVRecord r : parser) {
                long line = read + 1;
                read = parser.getCurrentLineNumber();
                if (!(r.size() == 1 && r.get(0).isBlank())) {
                    lines.add(new Line(r, line));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new CsiDataException(source + ": cannot read the pairwise matrix (" + e.getMessage() + ")", e);
        }
        if (lines.isEmpty()) {
            throw new CsiDataException(source + ": the file is empty; a header naming the criteria is required");
        }
        List<String> criteria = new ArrayList<>();
        lines.get(0).record().stream().skip(1).forEach(c -> criteria.add(c.strip()));
        double[][] a = judgments(lines, criteria, source);
        try {
            return PairwiseMatrix.of(criteria, a);
        } catch (CsiDataException e) {
            throw new CsiDataException(source + ": " + e.getMessage(), e);
        }
    }

    /** A non-blank record and the file line it starts on. */
    private record Line(CSVRecord record, long number) {
    }

    private static double[][] judgments(List<Line> lines, List<String> criteria, String source) {
        int n = criteria.size();
        if (lines.size() != n + 1) {
            throw new CsiDataException(source + ": the header names " + n + " criteria " + criteria + " but "
                    + (lines.size() - 1) + " rows follow; the matrix must be square");
        }
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            CSVRecord row = lines.get(i + 1).record();
            String where = source + ", line " + lines.get(i + 1).number();
            if (row.size() != n + 1) {
                throw new CsiDataException(where + ": " + row.size() + " fields, expected " + (n + 1));
            }
            if (!row.get(0).strip().equals(criteria.get(i))) {
                throw new CsiDataException(where + ", column 1: row '" + row.get(0).strip() + "' where the header's "
                        + "order puts '" + criteria.get(i) + "'");
            }
            for (int j = 0; j < n; j++) {
                a[i][j] = judgment(row.get(j + 1).strip(), where + ", column " + (j + 2));
            }
        }
        return a;
    }

    /** @return the value of a number or a fraction {@code p/q} */
    static double judgment(String text, String where) {
        int slash = text.indexOf('/');
        try {
            if (slash < 0) {
                return Double.parseDouble(text);
            }
            return Double.parseDouble(text.substring(0, slash)) / Double.parseDouble(text.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new CsiDataException(where + ": '" + text + "' is not a judgment (a number such as 3 or 0.5, or a "
                    + "fraction such as 1/3)");
        }
    }
}
