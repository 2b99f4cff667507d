package dev.csimodel.spark;

import dev.csimodel.analysis.rollup.Exclusion;
import dev.csimodel.analysis.rollup.RollupIndex;
import dev.csimodel.analysis.rollup.RollupResult;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

/**
 * A programme rollup in long format, one row per node and construct:
 * {@code (level, name, construct, index, std_error, ci_lower, ci_upper, respondents, excluded)}
 * with level {@code company}, {@code industry}, {@code sector} or {@code national}. The bootstrap
 * columns are NULL without replicates (or when too many failed); a node without any index is one
 * row with NULL construct and index and the reason in {@code excluded}.
 */
public final class RollupTable {

    private RollupTable() {
    }

    /** @return the schema */
    public static StructType schema() {
        return DataTypes.createStructType(List.of(
                DataTypes.createStructField("level", DataTypes.StringType, false),
                DataTypes.createStructField("name", DataTypes.StringType, false),
                DataTypes.createStructField("construct", DataTypes.StringType, true),
                DataTypes.createStructField("index", DataTypes.DoubleType, true),
                DataTypes.createStructField("std_error", DataTypes.DoubleType, true),
                DataTypes.createStructField("ci_lower", DataTypes.DoubleType, true),
                DataTypes.createStructField("ci_upper", DataTypes.DoubleType, true),
                DataTypes.createStructField("respondents", DataTypes.IntegerType, true),
                DataTypes.createStructField("excluded", DataTypes.StringType, true)));
    }

    /**
     * @param result the rollup
     * @return its rows: the indices in report order, then the excluded nodes
     */
    public static List<Row> rows(RollupResult result) {
        List<Row> rows = new ArrayList<>();
        for (RollupIndex i : result.indices()) {
            Double se = i.standardError().isPresent() ? i.standardError().getAsDouble() : null;
            Double lower = i.interval().map(v -> v.lower()).orElse(null);
            Double upper = i.interval().map(v -> v.upper()).orElse(null);
            rows.add(RowFactory.create(level(i.level()), i.name(), i.construct(), i.value(), se, lower, upper,
                    null, null));
        }
        for (Exclusion e : result.exclusions()) {
            rows.add(RowFactory.create(level(e.level()), e.name(), null, null, null, null, null, e.respondents(),
                    e.reason()));
        }
        return rows;
    }

    private static String level(dev.csimodel.analysis.rollup.Level level) {
        return level.name().toLowerCase(java.util.Locale.ROOT);
    }
}
