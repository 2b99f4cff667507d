package dev.csimodel.spark;

import dev.csimodel.Arguments;
import dev.csimodel.analysis.rollup.CompanyMoments;
import dev.csimodel.analysis.rollup.Hierarchy;
import dev.csimodel.analysis.rollup.Rollup;
import dev.csimodel.analysis.rollup.RollupResult;
import dev.csimodel.analysis.rollup.RollupSettings;
import dev.csimodel.data.MomentAccumulator;
import dev.csimodel.models.index.IndicatorScales;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The hierarchical indices of a CSI programme (company, industry, sector, national; see
 * {@link Rollup}) from a Spark {@code Dataset<Row>} of respondents: one pass reduces each company
 * to its moments ({@link SparkPls#segmentMoments}), and the driver computes the hierarchy from
 * them with csi-analysis ({@link Rollup#compute(dev.csimodel.spec.PathModel, CompanyMoments,
 * Hierarchy, IndicatorScales, RollupSettings)}), so the numbers equal those of the library on the
 * same rows up to rounding.
 *
 * <p>With replicates, the same pass also reduces every company once per replicate with Poisson(1)
 * weights (the Poisson bootstrap, {@link CompanyMoments}): respondent {@code i} of partition
 * {@code p} draws its weights from a generator seeded by (seed, p, i), so a run is reproducible
 * for the same input partitioning. Memory: companies × replicates accumulators of p² doubles per
 * task. Immutable.
 */
public final class SparkRollup {

    /** Rows buffered per replicate accumulator: small, because a task holds companies × replicates of them. */
    private static final int REPLICATE_CHUNK_ROWS = 8;

    private final SparkPls pls;
    private final Hierarchy hierarchy;
    private final IndicatorScales scales;
    private final RollupSettings settings;

    /**
     * @param pls       the model, its PLS settings and the treatment of incomplete rows
     * @param hierarchy companies, industries, sectors, revenues and GDP shares
     * @param scales    the indicators' response scales
     * @param settings  scoring, minimum company size, replicates, seed and confidence level (the
     *                  estimation settings of {@code pls} are used, not those of {@code settings})
     */
    public SparkRollup(SparkPls pls, Hierarchy hierarchy, IndicatorScales scales, RollupSettings settings) {
        this.pls = Arguments.requireNonNull(pls, "pls");
        this.hierarchy = Arguments.requireNonNull(hierarchy, "hierarchy");
        this.scales = Arguments.requireNonNull(scales, "scales");
        this.settings = Arguments.requireNonNull(settings, "settings").withEstimation(pls.settings());
    }

    /**
     * @param data          the respondents, with the model's indicators and the company column
     * @param companyColumn the column naming each respondent's company, as in the hierarchy
     * @return the indices of every level, with Poisson-bootstrap intervals when replicates are asked for
     * @throws dev.csimodel.CsiDataException naming a company that is not in the hierarchy, a missing
     *                                       column or a value outside its scale
     */
    public RollupResult compute(Dataset<Row> data, String companyColumn) {
        Arguments.requireNonNull(data, "data");
        Arguments.requireNonNull(companyColumn, "companyColumn");
        Map<String, MomentAccumulator> companies = new TreeMap<>(pls.segmentMoments(data, companyColumn).collectAsMap());
        List<Map<String, MomentAccumulator>> replicates = settings.replicates() == 0 ? List.of()
                : replicates(data, companyColumn);
        return Rollup.compute(pls.model(), new CompanyMoments(companies, replicates), hierarchy, scales, settings);
    }

    private List<Map<String, MomentAccumulator>> replicates(Dataset<Row> data, String companyColumn) {
        int count = settings.replicates();
        long seed = settings.seed();
        MomentAccumulator zero = pls.emptyAccumulator(REPLICATE_CHUNK_ROWS);
        Dataset<Row> projected = RowValues.select(data, pls.model().indicators(),
                functions.col(RowValues.quoted(companyColumn)).cast("string"));
        JavaPairRDD<Tuple2<String, Integer>, MomentAccumulator> reduced = projected.javaRDD()
                .mapPartitionsWithIndex((partition, rows) -> weighted(zero, count, seed, partition, rows, companyColumn),
                        true)
                .mapToPair(t -> t)
                .reduceByKey(MomentAccumulator::merge);
        List<Map<String, MomentAccumulator>> out = new ArrayList<>();
        for (int b = 0; b < count; b++) {
            out.add(new TreeMap<>());
        }
        for (Map.Entry<Tuple2<String, Integer>, MomentAccumulator> e : reduced.collectAsMap().entrySet()) {
            out.get(e.getKey()._2()).put(e.getKey()._1(), e.getValue());
        }
        return out;
    }

    private static Iterator<Tuple2<Tuple2<String, Integer>, MomentAccumulator>> weighted(
            MomentAccumulator zero, int count, long seed, int partition, Iterator<Row> rows, String column) {
        Map<String, MomentAccumulator[]> byCompany = new TreeMap<>();
        long index = 0;
        while (rows.hasNext()) {
            Row row = rows.next();
            String company = SparkPls.segmentKey(row, column);
            double[] x = RowValues.values(row, 1);
            MomentAccumulator[] acc = byCompany.computeIfAbsent(company, k -> fresh(zero, count));
            SplittableRandom random = new SplittableRandom(mix(seed, partition, index++));
            for (int b = 0; b < count; b++) {
                int w = poisson(random);
                if (w > 0) {
                    acc[b].add(x, w);
                }
            }
        }
        List<Tuple2<Tuple2<String, Integer>, MomentAccumulator>> out = new ArrayList<>();
        byCompany.forEach((company, acc) -> {
            for (int b = 0; b < count; b++) {
                out.add(new Tuple2<>(new Tuple2<>(company, b), acc[b].compact()));
            }
        });
        return out.iterator();
    }

    private static MomentAccumulator[] fresh(MomentAccumulator zero, int count) {
        MomentAccumulator[] acc = new MomentAccumulator[count];
        for (int b = 0; b < count; b++) {
            acc[b] = zero.emptyCopy();
        }
        return acc;
    }

    /** A generator seed for one respondent: the SplitMix64 finaliser over (seed, partition, index). */
    static long mix(long seed, int partition, long index) {
        long z = seed + 0x9E3779B97F4A7C15L * (partition + 1L) + 0xC2B2AE3D27D4EB4FL * (index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A Poisson(1) draw by Knuth's multiplication method (about two uniforms per draw). */
    static int poisson(SplittableRandom random) {
        double limit = Math.exp(-1);
        double product = random.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }
}
