package dev.csimodel.groups;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/** Row membership: the distinct labels in order and the rows of each, in row order. */
final class GroupLabels {

    private final List<String> names;
    private final List<int[]> rows;

    private GroupLabels(List<String> names, List<int[]> rows) {
        this.names = List.copyOf(names);
        this.rows = List.copyOf(rows);
        if (names.size() < 2) {
            throw new CsiSpecificationException("a group comparison needs at least two groups, got " + names);
        }
    }

    static GroupLabels of(String[] labels, int rowCount) {
        requireLength(labels.length, rowCount);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == null || labels[i].isBlank()) {
                throw new CsiDataException("row " + (i + 1) + " has no group label");
            }
        }
        List<String> names = new ArrayList<>(new TreeSet<>(List.of(labels)));
        List<int[]> rows = new ArrayList<>();
        for (String name : names) {
            rows.add(indices(labels.length, i -> labels[i].equals(name)));
        }
        return new GroupLabels(names, rows);
    }

    static GroupLabels of(int[] labels, int rowCount) {
        requireLength(labels.length, rowCount);
        TreeSet<Integer> distinct = new TreeSet<>();
        for (int v : labels) {
            distinct.add(v);
        }
        List<String> names = new ArrayList<>();
        List<int[]> rows = new ArrayList<>();
        for (int g : distinct) {
            names.add(Integer.toString(g));
            rows.add(indices(labels.length, i -> labels[i] == g));
        }
        return new GroupLabels(names, rows);
    }

    private static void requireLength(int labels, int rowCount) {
        if (labels != rowCount) {
            throw new CsiDataException(labels + " group labels for " + rowCount + " rows");
        }
    }

    private static int[] indices(int n, IntPredicate in) {
        return IntStream.range(0, n).filter(in).toArray();
    }

    List<String> names() {
        return names;
    }

    int[] rows(int group) {
        return rows.get(group).clone();
    }
}
