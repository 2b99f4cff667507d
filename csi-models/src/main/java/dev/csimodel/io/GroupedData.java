package dev.csimodel.io;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.DataTable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A numeric table with one group label per row, read from a grouping column (e.g. region or
 * gender) that stays textual.
 *
 * @param table       the numeric columns
 * @param groupColumn the name of the grouping column
 * @param labels      the group label of each row, in row order
 */
public record GroupedData(DataTable table, String groupColumn, List<String> labels) {

    /**
     * Validates the components.
     *
     * @param table the numeric columns
     * @param groupColumn the name of the grouping column
     * @param labels the group label of each row, in row order
     */
    public GroupedData {
        labels = List.copyOf(labels);
        if (labels.size() != table.rowCount()) {
            throw new CsiDataException("grouping column '" + groupColumn + "' has " + labels.size()
                    + " labels for " + table.rowCount() + " rows");
        }
    }

    /** @return the distinct labels in order of first appearance */
    public List<String> groups() {
        return List.copyOf(segmentRows().keySet());
    }

    /** @return one table per group label, in order of first appearance */
    public Map<String, DataTable> segments() {
        Map<String, DataTable> out = new LinkedHashMap<>();
        segmentRows().forEach((label, rows) ->
                out.put(label, table.rows(rows.stream().mapToInt(Integer::intValue).toArray())));
        return Collections.unmodifiableMap(out);
    }

    private Map<String, List<Integer>> segmentRows() {
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            rows.computeIfAbsent(labels.get(i), k -> new ArrayList<>()).add(i);
        }
        return rows;
    }
}
