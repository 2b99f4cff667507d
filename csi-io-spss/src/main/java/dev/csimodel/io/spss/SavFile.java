package dev.csimodel.io.spss;

import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.source.DataSource;
import dev.csimodel.data.source.RowChunk;
import dev.csimodel.data.source.TableChunks;
import dev.csimodel.data.source.ValueRange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An SPSS system file (.sav) read into memory: its numeric variables as a {@link DataTable},
 * with the system-missing value and every declared user-missing value (discrete codes, ranges
 * with LO/HI, range plus one code) read as NaN, and the dictionary (names, labels, value labels,
 * missing specs). Uncompressed and bytecode-compressed files are read; ZLIB-compressed
 * files (.zsav) are refused by name. Format: IBM SPSS Statistics, "System file format"
 * (also documented in the PSPP Developers Guide, "System File Format").
 *
 * <p>String variables are kept in {@link #variables()} but not in {@link #table()}; asking
 * for one through {@link #numericColumns(List)} is an error naming it.
 *
 * <p>As a {@link DataSource} the file is already in memory: {@link #stream} hands out chunks of
 * the table, with the value label of each row's code as its group label; the declared missing
 * values are NaN ({@link #declaresMissingValues()}) and the labelled range of a variable is its
 * {@link #declaredRange}.
 */
public final class SavFile implements DataSource {

    private final Path path;
    private final List<SavVariable> variables;
    private final Map<String, SavVariable> byName;
    private final DataTable table;

    private SavFile(Path path, List<SavVariable> variables, DataTable table) {
        this.path = path;
        this.variables = List.copyOf(variables);
        this.byName = new LinkedHashMap<>();
        for (SavVariable v : variables) {
            byName.put(v.name(), v);
        }
        this.table = table;
    }

    /**
     * Reads a whole system file.
     *
     * @param path the .sav file
     * @return the file's dictionary and numeric data
     * @throws CsiDataException if the file cannot be read, is not a system file, is ZLIB-compressed,
     *                          or is truncated or corrupt (the message names file and byte offset)
     */
    public static SavFile read(Path path) {
        Arguments.requireNonNull(path, "path");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new CsiDataException("cannot read " + path + ": " + e.getMessage(), e);
        }
        return parse(path, bytes);
    }

    private static SavFile parse(Path path, byte[] bytes) {
        SavCursor in = new SavCursor(path.toString(), bytes);
        SavHeader header = SavHeader.read(in);
        DictionaryReader dictionary = new DictionaryReader(in);
        dictionary.read();
        if (header.nominalCaseSize() > 0 && header.nominalCaseSize() != dictionary.slotCount()) {
            throw in.error(64 + 4, "header case size " + header.nominalCaseSize() + " but the dictionary has "
                    + dictionary.slotCount() + " slots");
        }
        VariableDecoder decoder = new VariableDecoder(in, dictionary);
        List<SavVariable> variables = decoder.decode();
        List<SavVariable> numeric = new ArrayList<>();
        int[] slotColumn = new int[dictionary.slotCount()];
        java.util.Arrays.fill(slotColumn, -1);
        for (int i = 0; i < variables.size(); i++) {
            if (variables.get(i).type() == VariableType.NUMERIC) {
                slotColumn[decoder.slotOf(i)] = numeric.size();
                numeric.add(variables.get(i));
            }
        }
        double sysmis = dictionary.extensions().sysmis();
        CaseReader cases = new CaseReader(in, header, slotColumn, numeric.size(), (column, value) ->
                value == sysmis || Double.isNaN(value) || numeric.get(column).missing().isMissing(value)
                        ? Double.NaN : value);
        double[][] columns = cases.read();
        List<String> names = numeric.stream().map(SavVariable::name).toList();
        return new SavFile(path, variables, DataTable.adopt(names, columns));
    }

    /** @return the numeric variables, declared missing values as NaN */
    public DataTable table() {
        return table;
    }

    /** @return every variable in dictionary order, strings included */
    public List<SavVariable> variables() {
        return variables;
    }

    /**
     * @param name a variable name
     * @return the variable called {@code name}, if the file has one
     */
    public Optional<SavVariable> variable(String name) {
        Arguments.requireNonNull(name, "name");
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * @param column a variable name
     * @return the smallest and largest value carrying a value label, absent if the variable has none
     * @throws CsiDataException if the file has no such variable
     */
    public Optional<LabelledRange> labelledRange(String column) {
        return require(column).labelledRange();
    }

    /**
     * The table restricted to {@code columns}, for a model's indicators.
     *
     * @param columns variable names
     * @return the selected numeric columns
     * @throws CsiDataException naming the first column that is missing or a string variable
     */
    public DataTable numericColumns(List<String> columns) {
        Arguments.requireNonNull(columns, "columns");
        for (String c : columns) {
            if (require(c).type() == VariableType.STRING) {
                throw new CsiDataException(path + ": variable '" + c
                        + "' is a string variable; only numeric variables can be indicators");
            }
        }
        return table.select(columns);
    }

    /** @return the file this was read from */
    public Path path() {
        return path;
    }

    @Override
    public String description() {
        return path.toString();
    }

    /** @return every variable's name in dictionary order, strings included (reading one is an error) */
    @Override
    public List<String> columnNames() {
        return List.copyOf(byName.keySet());
    }

    /** The same as {@link #numericColumns(List)}. */
    @Override
    public DataTable read(List<String> columns) {
        return numericColumns(columns);
    }

    /** Chunks of {@link #numericColumns(List)}; the group label of a row is {@link #groupLabels}. */
    @Override
    public void stream(List<String> columns, Optional<String> group, Consumer<RowChunk> sink) {
        Arguments.requireNonNull(group, "group");
        TableChunks.stream(description(), numericColumns(columns), group.map(this::groupLabels).orElse(List.of()),
                DEFAULT_CHUNK_ROWS, sink);
    }

    /** @return the labelled range of {@code column} (see {@link #labelledRange}) */
    @Override
    public Optional<ValueRange> declaredRange(String column) {
        return labelledRange(column).map(r -> new ValueRange(r.min(), r.max()));
    }

    /** @return true: user-missing codes and the system-missing value are read as NaN */
    @Override
    public boolean declaresMissingValues() {
        return true;
    }

    /**
     * The rows of a grouping variable as labels: the value label of each row's code, else the
     * code itself ({@code 2} for 2.0).
     *
     * @param column a numeric variable
     * @return one label per row
     * @throws CsiDataException naming the variable if it is absent or a string variable, and the
     *                          first row whose code is missing
     */
    public List<String> groupLabels(String column) {
        SavVariable variable = require(column);
        double[] codes = numericColumns(List.of(column)).column(column);
        List<String> labels = new ArrayList<>(codes.length);
        for (int i = 0; i < codes.length; i++) {
            if (Double.isNaN(codes[i])) {
                throw new CsiDataException(path + ": row " + (i + 1) + " has no value in grouping variable '" + column + "'");
            }
            double code = codes[i];
            labels.add(variable.valueLabel(code).orElse(code == Math.rint(code) && Math.abs(code) < 1e15
                    ? Long.toString((long) code) : Double.toString(code)));
        }
        return List.copyOf(labels);
    }

    private SavVariable require(String column) {
        Arguments.requireNonNull(column, "column");
        SavVariable v = byName.get(column);
        if (v == null) {
            throw new CsiDataException(path + ": no variable '" + column + "' (variables: "
                    + String.join(", ", byName.keySet()) + ")");
        }
        return v;
    }
}
