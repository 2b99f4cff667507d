package dev.csimodel.spark;

import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.StructuralPath;
import dev.csimodel.stream.SegmentResult;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

/**
 * The wide table of per-segment results, one row per segment:
 * <pre>
 * segment STRING, rows BIGINT, observations DOUBLE, estimated BOOLEAN, converged BOOLEAN,
 * iterations INT, failure STRING, r2_&lt;construct&gt; DOUBLE (per endogenous construct),
 * path_&lt;from&gt;_&lt;to&gt; DOUBLE (per structural path, model order)
 * [index_&lt;construct&gt; DOUBLE (per construct), index_failure STRING]  (with index scales)
 * </pre>
 * {@code converged}, {@code iterations}, R² and paths are NULL for a failed segment, whose
 * {@code failure} says why; {@code failure} is NULL otherwise. The 0-100 index columns
 * (Fornell et al. 1996, {@code CsiIndex} of csi-models) are present when the estimation was
 * given the indicators' questionnaire scales; they are NULL, with the reason in
 * {@code index_failure}, when the index is undefined (e.g. a non-positive outer weight).
 */
public final class SegmentTable {

    private SegmentTable() {
    }

    /** @return the column name of the R² of {@code construct} */
    public static String rSquaredColumn(String construct) {
        return "r2_" + construct;
    }

    /** @return the column name of the coefficient of {@code from -> to} */
    public static String pathColumn(String from, String to) {
        return "path_" + from + "_" + to;
    }

    /** @return the column name of the 0-100 index of {@code construct} */
    public static String indexColumn(String construct) {
        return "index_" + construct;
    }

    /** @return the schema of the table for {@code model}, with index columns if {@code withIndex} */
    public static StructType schema(PathModel model, boolean withIndex) {
        List<StructField> f = new ArrayList<>();
        f.add(field("segment", DataTypes.StringType, false));
        f.add(field("rows", DataTypes.LongType, false));
        f.add(field("observations", DataTypes.DoubleType, false));
        f.add(field("estimated", DataTypes.BooleanType, false));
        f.add(field("converged", DataTypes.BooleanType, true));
        f.add(field("iterations", DataTypes.IntegerType, true));
        f.add(field("failure", DataTypes.StringType, true));
        for (String c : model.endogenous()) {
            f.add(field(rSquaredColumn(c), DataTypes.DoubleType, true));
        }
        for (StructuralPath p : model.paths()) {
            f.add(field(pathColumn(p.from(), p.to()), DataTypes.DoubleType, true));
        }
        if (withIndex) {
            for (String c : model.constructNames()) {
                f.add(field(indexColumn(c), DataTypes.DoubleType, true));
            }
            f.add(field("index_failure", DataTypes.StringType, true));
        }
        return DataTypes.createStructType(f);
    }

    /**
     * @param scales the indicators' scales for the index columns, or null for none
     * @return the row of one segment, in the order of {@link #schema}
     */
    static Row row(PathModel model, SegmentResult<String> s, IndicatorScales scales) {
        List<Object> v = new ArrayList<>();
        PlsResult r = s.result();
        v.add(s.segment());
        v.add(s.rows());
        v.add(s.observations());
        v.add(s.isEstimated());
        v.add(r == null ? null : r.converged());
        v.add(r == null ? null : r.iterations());
        v.add(s.failure());
        for (String c : model.endogenous()) {
            v.add(r == null ? null : r.rSquared(c).orElseThrow()); // endogenous: present
        }
        for (StructuralPath p : model.paths()) {
            v.add(r == null ? null : r.pathCoefficient(p.from(), p.to()));
        }
        if (scales != null) {
            addIndex(v, model, r, scales);
        }
        return RowFactory.create(v.toArray());
    }

    private static void addIndex(List<Object> v, PathModel model, PlsResult r, IndicatorScales scales) {
        IndexSpec.Outcome o = r == null ? new IndexSpec.Outcome(null, "segment not estimated") : IndexSpec.index(r, scales);
        for (String c : model.constructNames()) {
            v.add(o.index() == null || o.index().index(c).isEmpty() ? null : o.index().index(c).getAsDouble());
        }
        v.add(o.failure() != null || o.index().undefined().isEmpty() ? o.failure()
                : String.join("; ", o.index().undefined().stream().map(u -> u.reason()).toList()));
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }
}
