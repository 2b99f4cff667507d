package dev.csimodel.reference;

import dev.csimodel.data.DataTable;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.List;

/**
 * The corporate reputation survey of Hair et al.'s "A Primer on PLS-SEM" (resources
 * {@code corp_rep}, see ORIGIN.md there): 344 rows, {@code -99} codes a missing value, and its
 * model with formative (Mode B) drivers.
 */
public final class CorpRepData {

    public static final double MISSING_CODE = -99;

    private CorpRepData() {
    }

    /** Every numeric column of the file, with the -99 codes still in place. */
    public static DataTable raw() {
        ReferenceTable t = ReferenceTable.load("/corp_rep/corp_rep_data.csv");
        List<String> names = new ArrayList<>(t.header());
        double[][] rows = new double[t.rowCount()][names.size()];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < names.size(); j++) {
                rows[i][j] = t.number(i, j);
            }
        }
        return DataTable.ofRows(names, rows);
    }

    /** QUAL, PERF, CSOR, ATTR (Mode B) → COMP, LIKE → CUSA → CUSL (README of the shared data). */
    public static PathModel model() {
        return PathModel.builder()
                .construct("QUAL").modeB(items("qual", 8))
                .construct("PERF").modeB(items("perf", 5))
                .construct("CSOR").modeB(items("csor", 5))
                .construct("ATTR").modeB(items("attr", 3))
                .construct("COMP").modeA(items("comp", 3))
                .construct("LIKE").modeA(items("like", 3))
                .construct("CUSA").modeA("cusa")
                .construct("CUSL").modeA(items("cusl", 3))
                .paths(List.of("QUAL", "PERF", "CSOR", "ATTR"), "COMP")
                .paths(List.of("QUAL", "PERF", "CSOR", "ATTR"), "LIKE")
                .paths(List.of("COMP", "LIKE"), "CUSA")
                .paths(List.of("COMP", "LIKE", "CUSA"), "CUSL")
                .build();
    }

    private static String[] items(String stem, int count) {
        String[] out = new String[count];
        for (int i = 0; i < count; i++) {
            out[i] = stem + "_" + (i + 1);
        }
        return out;
    }
}
