package dev.csimodel.models.index;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How respondents are split into segments (company, store, brand, region...): by a numeric
 * code column of the data, optionally with a label per code, or by a label per row. Immutable.
 */
public final class Segmentation {

    private final String column;
    private final Map<Integer, String> labels;
    private final List<String> groups;

    private Segmentation(String column, Map<Integer, String> labels, List<String> groups) {
        this.column = column;
        this.labels = labels;
        this.groups = groups;
    }

    /**
     * Segments by the integer codes of {@code column}, labelled by the codes themselves.
     * @param column the name of the integer segment column
     * @return the segmentation
     */
    public static Segmentation byColumn(String column) {
        return byColumn(column, Map.of());
    }

    /**
     * Segments by the integer codes of {@code column}. A code listed in {@code labels} is
     * reported under its label, and is reported as an empty segment when no row has it; a code
     * not listed is reported under the code itself. Segments come in ascending code order.
     * @param column the name of the integer segment column
     * @param labels the label of each code
     * @return the segmentation
     */
    public static Segmentation byColumn(String column, Map<Integer, String> labels) {
        if (column == null || column.isBlank()) {
            throw new CsiSpecificationException("the segment column name is empty");
        }
        labels.forEach((k, v) -> {
            if (v == null || v.isBlank()) {
                throw new CsiSpecificationException("segment code " + k + " has an empty label");
            }
        });
        return new Segmentation(column, new TreeMap<>(labels), null);
    }

    /**
     * Segments by a label per row ({@code groups[r]} for row r), in order of first appearance.
     * @param groups the segment label of each row
     * @return the segmentation
     */
    public static Segmentation of(String[] groups) {
        List<String> list = new ArrayList<>(groups.length);
        for (int r = 0; r < groups.length; r++) {
            if (groups[r] == null || groups[r].isBlank()) {
                throw new CsiDataException("the segment of row " + (r + 1) + " is empty");
            }
            list.add(groups[r]);
        }
        return new Segmentation(null, Map.of(), List.copyOf(list));
    }

    /** A segment label and its (0-based) rows. */
    record Group(String label, int[] rows) {
    }

    /**
     * @return the segments of {@code data}, possibly empty ones (a labelled code without rows)
     * @throws CsiDataException naming the row if a code is missing or not an integer, or if the
     *                          number of row labels differs from the number of rows
     */
    List<Group> split(DataTable data) {
        Map<String, List<Integer>> rows = column == null ? byLabel(data) : byCode(data);
        List<Group> out = new ArrayList<>();
        rows.forEach((label, list) -> out.add(new Group(label, list.stream().mapToInt(Integer::intValue).toArray())));
        return out;
    }

    private Map<String, List<Integer>> byLabel(DataTable data) {
        if (groups.size() != data.rowCount()) {
            throw new CsiDataException(groups.size() + " segment labels for " + data.rowCount() + " rows");
        }
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        for (int r = 0; r < groups.size(); r++) {
            rows.computeIfAbsent(groups.get(r), k -> new ArrayList<>()).add(r);
        }
        return rows;
    }

    private Map<String, List<Integer>> byCode(DataTable data) {
        double[] x = data.column(column);
        TreeMap<Integer, List<Integer>> byCode = new TreeMap<>();
        labels.keySet().forEach(code -> byCode.put(code, new ArrayList<>()));
        for (int r = 0; r < x.length; r++) {
            if (!Double.isFinite(x[r]) || x[r] != Math.rint(x[r]) || Math.abs(x[r]) > Integer.MAX_VALUE) {
                throw new CsiDataException("segment column '" + column + "' has value " + x[r] + " in row " + (r + 1)
                        + "; segment codes must be integers");
            }
            byCode.computeIfAbsent((int) x[r], k -> new ArrayList<>()).add(r);
        }
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        TreeSet<String> seen = new TreeSet<>();
        byCode.forEach((code, list) -> {
            String label = labels.getOrDefault(code, Integer.toString(code));
            if (!seen.add(label)) {
                throw new CsiSpecificationException("segment label '" + label + "' is used for two codes");
            }
            rows.put(label, list);
        });
        return rows;
    }

    @Override
    public String toString() {
        return column == null ? "Segmentation[by row label]" : "Segmentation[by column '" + column + "']";
    }
}
