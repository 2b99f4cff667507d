package dev.csimodel.cli;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.source.DataSource;
import dev.csimodel.data.source.RowCollector;
import dev.csimodel.io.CsvDataReader;
import dev.csimodel.io.CsvOptions;
import dev.csimodel.io.GroupedData;
import dev.csimodel.spec.Construct;
import dev.csimodel.spec.PathModel;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The survey rows a command works on: the columns its models use, read from the CSV file, plus
 * the group label of each row with {@code --group}.
 *
 * @param source names the data in messages (the file name)
 * @param table  the used columns, all rows
 * @param groups the rows' groups, when {@code --group} was given
 */
record SurveyData(String source, DataTable table, Optional<GroupedData> groups) {

    /**
     * Reads the indicators of {@code models} from the data file of {@code options}, and the
     * labels of column {@code group} unless it is null.
     *
     * @throws CsiDataException naming the file and, for a missing column, the construct that needs it
     */
    static SurveyData load(DataOptions options, String group, List<PathModel> models) {
        DataSources.requireApplicable(options, options.kind());
        if (options.kind() != DataKind.CSV) {
            return typed(options, group, models);
        }
        CsvDataReader reader = reader(options);
        String source = source(options);
        if (!options.standardInput()) {
            GroupedData grouped = reader.readGrouped(options.data, header -> usedColumns(options, header, models), group);
            return new SurveyData(source, grouped.table(), group == null ? Optional.empty() : Optional.of(grouped));
        }
        try (InputStream in = open(options)) {
            GroupedData grouped = reader.readGrouped(in, source, header -> usedColumns(options, header, models), group);
            return new SurveyData(source, grouped.table(), group == null ? Optional.empty() : Optional.of(grouped));
        } catch (IOException e) {
            throw new CsiDataException(source + ": cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    /**
     * A typed source (.sav, .xlsx, .parquet, database) through {@link DataSource}: the used
     * columns read, or with a group streamed once so that rows and labels come from one pass.
     */
    private static SurveyData typed(DataOptions options, String group, List<PathModel> models) {
        DataSource source = options.source();
        List<String> used = usedColumns(options, source.columnNames(), models);
        MissingCodes codes = MissingCodes.of(options);
        if (group == null) {
            return new SurveyData(options.sourceName(), codes.apply(source.read(used)), Optional.empty());
        }
        RowCollector rows = new RowCollector(used);
        source.stream(used, Optional.of(group), rows);
        DataTable table = codes.apply(rows.table());
        return new SurveyData(options.sourceName(), table, Optional.of(new GroupedData(table, group, rows.labels())));
    }

    /** @return the file name or redacted database URL, or "standard input" for {@code --data -} */
    static String source(DataOptions options) {
        return options.standardInput() ? "standard input" : options.sourceArgument();
    }

    /**
     * @return the bytes of the data, opened once (standard input for {@code --data -}), so that
     *         pipes and {@code /dev/stdin} work
     * @throws CsiDataException if the file does not exist or cannot be opened
     */
    static InputStream open(DataOptions options) {
        if (options.standardInput()) {
            return new FilterInputStream(System.in) {
                @Override
                public void close() {
                    // standard input belongs to the process, not to this read
                }
            };
        }
        try {
            return Files.newInputStream(options.data);
        } catch (NoSuchFileException e) {
            throw new CsiDataException(options.data + ": no such file");
        } catch (IOException e) {
            throw new CsiDataException(options.data + ": cannot open the file (" + e.getMessage() + ")", e);
        }
    }

    /**
     * @return a CSV reader with the delimiter (detected unless given), missing-value codes,
     *         encoding, decimal mark and reading threads of {@code options}
     * @throws CsiSpecificationException naming the options that cannot be combined or the unknown encoding
     */
    static CsvDataReader reader(DataOptions options) {
        if (options.decimalComma && options.delimiter != null && options.delimiter == ',') {
            throw new CsiSpecificationException("--decimal-comma cannot be combined with --delimiter ','; "
                    + "a decimal-comma file needs another delimiter, e.g. --delimiter ';'");
        }
        CsvOptions csv = CsvOptions.defaults().withEncoding(charset(options));
        csv = options.delimiter == null ? csv.withDetectedDelimiter() : csv.withDelimiter(options.delimiter);
        csv = csv.withDecimalComma(options.decimalComma);
        if (options.missingCodes != null) {
            csv = csv.withMissingCodes(options.missingCodes);
        }
        CsvDataReader reader = new CsvDataReader(csv);
        if (options.readThreads != null) {
            if (options.readThreads < 1 || options.readThreads > CsvDataReader.MAX_THREADS) {
                throw new CsiSpecificationException("--read-threads " + options.readThreads + ": must be between 1 and "
                        + CsvDataReader.MAX_THREADS);
            }
            reader = reader.withThreads(options.readThreads);
        }
        return reader;
    }

    private static Charset charset(DataOptions options) {
        if (options.encoding == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(options.encoding);
        } catch (IllegalArgumentException e) {
            throw new CsiSpecificationException("--encoding: unknown character set '" + shown(options.encoding)
                    + "' (e.g. UTF-8, windows-1252, ISO-8859-1, UTF-16LE)");
        }
    }

    private static String shown(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    /**
     * @return the indicators of {@code models}, in model order without repeats, then the weight
     *         column if any
     * @throws CsiDataException naming the file and, for a missing column, the construct that needs it
     */
    static List<String> usedColumns(DataOptions options, List<String> header, List<PathModel> models) {
        Set<String> columns = new LinkedHashSet<>();
        for (PathModel model : models) {
            for (Construct c : model.constructs()) {
                if (model.isHigherOrder(c.name())) {
                    continue; // its dimensions are constructs, not columns
                }
                for (String indicator : c.indicators()) {
                    if (!header.contains(indicator)) {
                        throw new CsiDataException(source(options) + ": no column '" + indicator + "' (indicator of construct '"
                                + c.name() + "'); the columns are " + shownHeader(header));
                    }
                    columns.add(indicator);
                }
            }
        }
        if (options.weights != null) {
            requireNotIndicator(options.weights, models);
            if (!header.contains(options.weights)) {
                throw new CsiDataException(source(options) + ": no weight column '" + options.weights + "'; the columns are "
                        + shownHeader(header));
            }
            columns.add(options.weights);
        }
        return new ArrayList<>(columns);
    }

    /** A weight column that is also an indicator would be read twice (once as data, once as weights). */
    private static void requireNotIndicator(String weights, List<PathModel> models) {
        for (PathModel model : models) {
            for (Construct c : model.constructs()) {
                if (c.indicators().contains(weights)) {
                    throw new CsiSpecificationException("--weights " + weights + ": column '" + weights
                            + "' is an indicator of construct '" + c.name() + "'; a weight column cannot be an indicator");
                }
            }
        }
    }

    /**
     * @return the header for a message, cut to about 200 characters, with a hint at the delimiter
     *         when the header is a single column that holds another candidate delimiter
     */
    static String shownHeader(List<String> header) {
        StringBuilder out = new StringBuilder("[");
        for (int j = 0; j < header.size() && out.length() <= 200; j++) {
            out.append(j == 0 ? "" : ", ").append(shown(header.get(j)));
        }
        out.append(out.length() > 200 && header.size() > 1 ? "... (" + header.size() + " columns)]" : "]");
        if (header.size() == 1) {
            for (char d : new char[] {';', '\t', '|', ','}) {
                if (header.get(0).indexOf(d) >= 0) {
                    return out + "; the header has a single column: check the delimiter (--delimiter "
                            + (d == '\t' ? "tab" : "'" + d + "'") + "?)";
                }
            }
        }
        return out.toString();
    }
}
