package dev.csimodel.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

import java.util.List;

/** Reading indicator values out of Spark rows. */
final class RowValues {

    private RowValues() {
    }

    /**
     * Projects {@code data} onto the named columns, cast to double (so integer-coded survey
     * answers work), preceded by {@code leading} columns if any.
     */
    static Dataset<Row> select(Dataset<Row> data, List<String> columns, Column... leading) {
        Column[] cols = new Column[leading.length + columns.size()];
        System.arraycopy(leading, 0, cols, 0, leading.length);
        for (int j = 0; j < columns.size(); j++) {
            cols[leading.length + j] = functions.col(quoted(columns.get(j))).cast("double");
        }
        return data.select(cols);
    }

    /** @return the doubles of {@code row} from position {@code from} on; SQL NULL becomes NaN (missing) */
    static double[] values(Row row, int from) {
        double[] x = new double[row.length() - from];
        for (int j = 0; j < x.length; j++) {
            x[j] = row.isNullAt(from + j) ? Double.NaN : row.getDouble(from + j);
        }
        return x;
    }

    /** Back-quotes a column name so that dots and spaces are taken literally. */
    static String quoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
