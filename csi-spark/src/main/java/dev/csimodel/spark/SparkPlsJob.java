package dev.csimodel.spark;

import dev.csimodel.CsiDataException;
import dev.csimodel.analysis.rollup.Hierarchy;
import dev.csimodel.analysis.rollup.HierarchyFile;
import dev.csimodel.analysis.rollup.RollupResult;
import dev.csimodel.analysis.rollup.RollupSettings;
import dev.csimodel.analysis.study.StudyAnalysis;
import dev.csimodel.analysis.study.StudyResult;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.syntax.ModelSyntax;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The spark-submit entry point: reads a CSV or Parquet data set and a model file, estimates
 * one model on all rows (output: {@link EstimateTable}, long format) or one per value of a
 * group column (output: {@link SegmentTable}, one row per segment), with the 0-100 index if a
 * questionnaire scale is given, or the programme rollup of a hierarchy file ({@link RollupTable}), and
 * writes the result as
 * CSV (with header, one file) or Parquet. Options: {@link JobOptions#USAGE}; see docs/spark.md.
 */
public final class SparkPlsJob {

    private static final Logger LOG = LoggerFactory.getLogger(SparkPlsJob.class);

    private SparkPlsJob() {
    }

    /** Runs the job in the session spark-submit configured (master, resources). */
    public static void main(String[] args) {
        JobOptions options = JobOptions.parse(args);
        SparkSession spark = SparkSession.builder().appName("csimodel PLS-PM").getOrCreate();
        try {
            run(spark, options);
        } finally {
            spark.stop();
        }
    }

    /** Runs the job in {@code spark}; returns the table it wrote. */
    public static Dataset<Row> run(SparkSession spark, JobOptions o) {
        PathModel model = ModelSyntax.parse(readModel(o.modelFile()));
        SparkPls pls = new SparkPls(model, PlsSettings.defaults().withScheme(o.scheme()), o.skipIncomplete());
        IndicatorScales scales = o.scale() == null ? null : IndicatorScales.uniform(o.scale());
        if (scales != null) {
            pls = pls.withIndex(scales);
        }
        Dataset<Row> data = read(spark, o);
        Dataset<Row> out;
        if (o.hierarchyFile() != null) {
            out = rollup(spark, pls, scales, data, o);
        } else if (o.group() == null) {
            PlsResult r = pls.estimate(data);
            LOG.info("estimated {} on {} rows, converged {}", o.modelFile(), r.observations(), r.converged());
            StudyResult study = StudyAnalysis.fromFit(SparkStudy.of(model, pls.settings(), scales), o.data(), r,
                    Optional.empty(), true);
            study.warnings().forEach(w -> LOG.warn("{}: {}", w.kind(), w.message()));
            out = spark.createDataFrame(EstimateTable.rows(study), EstimateTable.schema());
        } else {
            out = pls.estimateSegments(data, o.group());
        }
        write(out, o);
        return out;
    }

    private static Dataset<Row> rollup(SparkSession spark, SparkPls pls, IndicatorScales scales, Dataset<Row> data,
                                       JobOptions o) {
        Hierarchy hierarchy = HierarchyFile.read(Path.of(o.hierarchyFile()));
        RollupSettings settings = RollupSettings.defaults().withMinimumSize(o.minimumSize())
                .withBootstrap(o.replicates(), o.seed());
        RollupResult r = new SparkRollup(pls, hierarchy, scales, settings).compute(data, o.group());
        LOG.info("rollup of {} companies, {} excluded, {} replicates", hierarchy.companies().size(),
                r.exclusions().size(), r.replicates());
        return spark.createDataFrame(RollupTable.rows(r), RollupTable.schema());
    }

    private static Dataset<Row> read(SparkSession spark, JobOptions o) {
        DataFrameReader reader = spark.read();
        if (o.dataFormat().equals("parquet")) {
            return reader.parquet(o.data());
        }
        return reader.option("header", "true").option("inferSchema", "true").csv(o.data());
    }

    private static void write(Dataset<Row> out, JobOptions o) {
        if (o.outFormat().equals("parquet")) {
            out.write().mode(SaveMode.Overwrite).parquet(o.out());
        } else {
            // Results are one row per segment or per parameter: small enough for one file.
            out.coalesce(1).write().mode(SaveMode.Overwrite).option("header", "true").csv(o.out());
        }
    }

    private static String readModel(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new CsiDataException("cannot read model file '" + file + "': " + e.getMessage(), e);
        }
    }
}
