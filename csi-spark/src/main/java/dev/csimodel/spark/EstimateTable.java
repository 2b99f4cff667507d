package dev.csimodel.spark;

import dev.csimodel.analysis.study.StudyAnalysis;
import dev.csimodel.analysis.study.StudyResult;
import java.util.OptionalDouble;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.Construct;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.StructuralPath;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One model's estimates in long format, {@code (quantity, source, target, estimate)}:
 * {@code observations}; {@code path} (from, to); {@code r2} (construct); {@code weight} and
 * {@code loading} (indicator, construct); with index scales also {@code index} (construct), the
 * 0-100 index of Fornell et al. (1996). {@code source}/{@code target} are NULL where they do not
 * apply; {@code estimate} is NULL for an undefined index (a non-positive outer weight).
 */
public final class EstimateTable {

    private EstimateTable() {
    }

    /** @return the schema */
    public static StructType schema() {
        return DataTypes.createStructType(List.of(
                DataTypes.createStructField("quantity", DataTypes.StringType, false),
                DataTypes.createStructField("source", DataTypes.StringType, true),
                DataTypes.createStructField("target", DataTypes.StringType, true),
                DataTypes.createStructField("estimate", DataTypes.DoubleType, true)));
    }

    /** @return the rows of {@code result}, without index */
    public static List<Row> rows(PlsResult result) {
        return rows(result, null);
    }

    /**
     * @param scales the indicators' questionnaire scales for the index rows, or null for none
     * @return the rows of {@code result}
     * @throws dev.csimodel.CsiException if a value lies outside its scale; an undefined index
     *         (a non-positive weight) is a NULL value
     */
    public static List<Row> rows(PlsResult result, IndicatorScales scales) {
        return rows(StudyAnalysis.fromFit(SparkStudy.of(result.model(), scales), "data", result, Optional.empty(),
                false));
    }

    /**
     * @param study the study of the whole sample ({@link StudyAnalysis#fromFit}): its fit, its
     *              0-100 indices with scales, and its importance-performance map
     * @return the rows of {@code study}; with a map, also {@code impact} (driver, target: the
     *         ACSI impact, the change in the target's index for 5 more points of the driver's,
     *         {@link dev.csimodel.models.ipma.ImportancePerformance#IMPACT_POINTS}) and
     *         {@code performance} (driver, target: the driver's 0-100 index)
     */
    public static List<Row> rows(StudyResult study) {
        PlsResult result = study.fit();
        PathModel model = result.model();
        List<Row> rows = new ArrayList<>();
        rows.add(RowFactory.create("observations", null, null, result.observations()));
        for (StructuralPath p : model.paths()) {
            rows.add(RowFactory.create("path", p.from(), p.to(), result.pathCoefficient(p.from(), p.to())));
        }
        for (String c : model.endogenous()) {
            rows.add(RowFactory.create("r2", c, null, result.rSquared(c).orElseThrow())); // endogenous: present
        }
        for (Construct c : model.constructs()) {
            for (String ind : c.indicators()) {
                rows.add(RowFactory.create("weight", ind, c.name(), result.outerWeight(ind)));
                rows.add(RowFactory.create("loading", ind, c.name(), result.loading(ind)));
            }
        }
        study.indices().ifPresent(index -> {
            for (String c : model.constructNames()) {
                // an undefined index (non-positive weight) is NULL, not a lost job
                OptionalDouble v = index.index(c);
                rows.add(RowFactory.create("index", c, null, v.isPresent() ? v.getAsDouble() : null));
            }
        });
        study.ipma().ifPresent(map -> map.drivers().forEach(d -> {
            rows.add(RowFactory.create("impact", d.name(), map.target(), d.impact()));
            rows.add(RowFactory.create("performance", d.name(), map.target(), d.performance()));
        }));
        return rows;
    }
}
