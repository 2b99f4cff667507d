package dev.csimodel.spark;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;
import dev.csimodel.data.MomentAccumulator;
import dev.csimodel.stream.SegmentEstimation;
import dev.csimodel.stream.SegmentResult;
import dev.csimodel.stream.SegmentedAccumulator;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * PLS path modelling of a Spark {@code Dataset<Row>} of any size. PLS-PM needs only the
 * indicators' moments, so each partition reduces its rows to a {@link MomentAccumulator}
 * (centred chunk cross-products) and the partitions' accumulators are merged with the update
 * of Chan, Golub and LeVeque (1979) in a tree ({@code treeReduce}); the estimation then runs
 * on p means and a p x p covariance. Results equal a single-JVM estimate on the same rows up to
 * rounding (the order of the merges differs).
 *
 * <p>Per segment, each partition reduces its rows to one accumulator per key, and these are
 * merged by key ({@code reduceByKey}: one shuffle of p² doubles per key and partition) and each segment is estimated on the executors,
 * giving one row per segment ({@link SegmentTable}).
 *
 * <p>Immutable; the model and settings are shipped to executors as text and values
 * ({@code EstimatorSpec}), so neither needs to be serialisable.
 */
public final class SparkPls {

    private final PathModel model;
    private final PlsSettings settings;
    private final boolean skipIncomplete;
    private final IndicatorScales indexScales;

    /**
     * @param skipIncomplete drop rows with a NULL/NaN indicator (listwise) instead of failing
     */
    public SparkPls(PathModel model, PlsSettings settings, boolean skipIncomplete) {
        this(model, settings, skipIncomplete, null);
    }

    private SparkPls(PathModel model, PlsSettings settings, boolean skipIncomplete, IndicatorScales indexScales) {
        if (model == null || settings == null) {
            throw new CsiSpecificationException("the model and the settings must be given");
        }
        this.model = model;
        this.settings = settings;
        this.skipIncomplete = skipIncomplete;
        this.indexScales = indexScales;
        if (indexScales != null) {
            IndexSpec.of(model, indexScales);
        }
    }

    /** @return estimation of {@code model} with default settings, failing on missing values */
    public static SparkPls of(PathModel model) {
        return new SparkPls(model, PlsSettings.defaults(), false);
    }

    /** @return a copy with other settings */
    public SparkPls withSettings(PlsSettings value) {
        return new SparkPls(model, value, skipIncomplete, indexScales);
    }

    /** @return a copy that drops incomplete rows instead of failing */
    public SparkPls skippingIncomplete() {
        return new SparkPls(model, settings, true, indexScales);
    }

    /**
     * @param scales the questionnaire scale of every indicator
     * @return a copy whose per-segment table carries the 0-100 index of every construct
     *         (Fornell et al. 1996; {@code CsiIndex} of csi-models)
     * @throws CsiSpecificationException naming an indicator without a scale
     */
    public SparkPls withIndex(IndicatorScales scales) {
        if (scales == null) {
            throw new CsiSpecificationException("the index scales must be given");
        }
        return new SparkPls(model, settings, skipIncomplete, scales);
    }

    /** @return the scales of the index columns, if the index is requested */
    public Optional<IndicatorScales> indexScales() {
        return Optional.ofNullable(indexScales);
    }

    /** @return the model */
    public PathModel model() {
        return model;
    }

    /**
     * Reduces the model's indicator columns of {@code data} to their moments in one pass.
     *
     * @throws CsiDataException (possibly wrapped in a {@code SparkException}) naming the column
     *                          if a value is missing and incomplete rows are not skipped; the
     *                          row number counts within the partition
     */
    public MomentAccumulator moments(Dataset<Row> data) {
        requireColumns(data, null);
        MomentAccumulator zero = emptyAccumulator(MomentAccumulator.DEFAULT_CHUNK_ROWS);
        JavaRDD<Row> rows = RowValues.select(data, model.indicators()).javaRDD();
        // One compacted accumulator per partition, then a tree of merges: what leaves a task
        // has no rows pending in its transient buffer, whichever serialiser (Java, Kryo) is used.
        return rows.mapPartitions(it -> {
            MomentAccumulator acc = zero.emptyCopy();
            while (it.hasNext()) {
                acc.add(RowValues.values(it.next(), 0));
            }
            return List.of(acc.compact()).iterator();
        }).treeReduce(MomentAccumulator::merge);
    }

    /** Estimates the model on all rows of {@code data} (see {@link #moments}). */
    public PlsResult estimate(Dataset<Row> data) {
        return new PlsEstimator(settings).estimate(model, moments(data).toMoments());
    }

    /**
     * Reduces each segment (rows with the same value of {@code segmentColumn}, as a string) to
     * its moments.
     *
     * @throws CsiDataException if the segment column is missing or holds a NULL
     */
    public JavaPairRDD<String, MomentAccumulator> segmentMoments(Dataset<Row> data, String segmentColumn) {
        requireColumns(data, segmentColumn);
        MomentAccumulator zero = emptyAccumulator(SegmentedAccumulator.DEFAULT_CHUNK_ROWS);
        Dataset<Row> projected = RowValues.select(data, model.indicators(),
                functions.col(RowValues.quoted(segmentColumn)).cast("string"));
        String column = segmentColumn;
        return projected.javaRDD()
                .mapPartitionsToPair(it -> {
                    SegmentedAccumulator<String> seg = SegmentedAccumulator.like(zero);
                    while (it.hasNext()) {
                        Row row = it.next();
                        seg.add(segmentKey(row, column), RowValues.values(row, 1));
                    }
                    List<Tuple2<String, MomentAccumulator>> out = new ArrayList<>();
                    seg.accumulators().forEach((k, acc) -> out.add(new Tuple2<>(k, acc.compact())));
                    return out.iterator();
                })
                .reduceByKey(MomentAccumulator::merge);
    }

    /**
     * Estimates the model once per segment and returns one row per segment, ordered by segment
     * (schema in {@link SegmentTable}). Segments too small for the model or failing are rows
     * with {@code estimated = false} and the reason in {@code failure}.
     */
    public Dataset<Row> estimateSegments(Dataset<Row> data, String segmentColumn) {
        EstimatorSpec spec = EstimatorSpec.of(model, settings);
        IndexSpec index = indexScales == null ? null : IndexSpec.of(model, indexScales);
        JavaRDD<Row> out = segmentMoments(data, segmentColumn).mapPartitions(it -> estimatePartition(spec, index, it));
        return data.sparkSession().createDataFrame(out, SegmentTable.schema(model, index != null)).orderBy("segment");
    }

    /** Estimates each segment of a partition with one model and estimator rebuilt from {@code spec}. */
    private static Iterator<Row> estimatePartition(EstimatorSpec spec, IndexSpec index,
                                                   Iterator<Tuple2<String, MomentAccumulator>> it) {
        PathModel m = spec.model();
        PlsEstimator estimator = spec.estimator();
        IndicatorScales scales = index == null ? null : index.indicatorScales();
        List<Row> rows = new ArrayList<>();
        while (it.hasNext()) {
            Tuple2<String, MomentAccumulator> kv = it.next();
            SegmentResult<String> r = SegmentEstimation.estimate(m, estimator, kv._1(), kv._2());
            rows.add(SegmentTable.row(m, r, scales));
        }
        return rows.iterator();
    }

    MomentAccumulator emptyAccumulator(int chunkRows) {
        return skipIncomplete
                ? MomentAccumulator.skippingIncomplete(model.indicators(), chunkRows)
                : MomentAccumulator.of(model.indicators(), chunkRows);
    }

    static String segmentKey(Row row, String column) {
        if (row.isNullAt(0)) {
            throw new CsiDataException("segment column '" + column + "' is NULL in a row; filter or fill it first");
        }
        return row.getString(0);
    }

    private void requireColumns(Dataset<Row> data, String segmentColumn) {
        List<String> present = Arrays.asList(data.columns());
        List<String> missing = new ArrayList<>();
        for (String ind : model.indicators()) {
            if (!present.contains(ind)) {
                missing.add(ind);
            }
        }
        if (segmentColumn != null && !present.contains(segmentColumn)) {
            missing.add(segmentColumn);
        }
        if (!missing.isEmpty()) {
            throw new CsiDataException("the data set has no column(s) " + missing + "; its columns are " + present);
        }
    }

    /** @return the settings */
    public PlsSettings settings() {
        return settings;
    }

    /** @return {@code true} if incomplete rows are dropped instead of failing */
    public boolean skipsIncomplete() {
        return skipIncomplete;
    }
}
