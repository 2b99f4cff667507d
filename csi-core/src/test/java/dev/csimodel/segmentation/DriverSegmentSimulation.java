package dev.csimodel.segmentation;

import dev.csimodel.data.DataTable;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.PathModelBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A satisfaction-survey test bed in which latent segments are recoverable: six independent
 * drivers (image, expectations, product quality, service quality, price, access) each drive every
 * one of several parallel outcomes (satisfaction, loyalty, trust, ...), and the segments differ by
 * 0.4 in their path coefficients. Why this design (see notes/recovery.md): a row's segment shows
 * only through its outcome residuals, and a single equation X1 → Y ← X2 (SegmentSimulation)
 * leaves even the oracle that knows the true regressions at ARI &lt; 0.15 for 0.4 differences; the
 * information adds up over equations, grows with the number of predictors and with R², and is
 * lost on rows where δ'x ≈ 0, so the outcomes' difference vectors point in different directions.
 *
 * <p>Each outcome j and segment s: β_sji = {@link #HIGH} on three drivers and {@link #LOW} on the
 * other three (sign pattern {@link #PATTERNS}), so R² = 3(0.53² + 0.13²) = 0.8934 in every
 * equation and segment; ζ ~ N(0, 1 − R²), every construct has unit variance in every segment.
 * Segment 1 uses the pattern as given; with two segments, segment 2 uses its complement (every
 * path differs by 0.4); with three, segments 2 and 3 use the patterns at coordinate offsets
 * {@code b} and {@code c} (see {@link #sign}), so that every pair of segments differs by 0.4 on
 * four of the six paths of each outcome. Four reflective indicators per construct, loading 0.9
 * (composite reliability 0.945).
 *
 * @param data the indicators, construct by construct (imag_1..imag_4, ...)
 * @param labels the true segment of each row, from 0
 * @param outcomes the number of outcome constructs
 */
public record DriverSegmentSimulation(DataTable data, int[] labels, int outcomes) {

    /** The path that a segment's pattern marks high. */
    public static final double HIGH = 0.53;
    /** The path that a segment's pattern marks low (HIGH − 0.4). */
    public static final double LOW = 0.13;
    /** The loading of every indicator. */
    public static final double LOADING = 0.9;
    /** The drivers (exogenous). */
    public static final List<String> DRIVERS = List.of("IMAG", "EXPE", "PQUAL", "SQUAL", "PRICE", "ACCS");
    /** The outcomes available (the first {@code outcomes} are used). */
    public static final List<String> OUTCOMES = List.of("SAT", "LOY", "TRUST", "WOM", "COMM", "REPUR",
            "COMPL", "RECOM", "SWITCH", "USAGE", "CROSS", "PREM");
    /**
     * The pattern of each outcome: a permutation of the six driver indices. With one or two
     * segments, the drivers at positions 0-2 are high in segment 1 and those at 3-5 in segment 2;
     * with three, see HIGH_POSITIONS_THREE. The permutations differ so that the outcomes'
     * segment differences point in different directions.
     */
    static final int[][] PATTERNS = {
            {0, 1, 2, 3, 4, 5}, {0, 2, 4, 1, 3, 5}, {0, 3, 5, 1, 2, 4}, {1, 2, 3, 0, 4, 5},
            {1, 4, 5, 0, 2, 3}, {2, 3, 5, 0, 1, 4}, {0, 1, 4, 2, 3, 5}, {1, 3, 4, 0, 2, 5},
            {2, 4, 5, 0, 1, 3}, {3, 4, 5, 0, 1, 2}, {5, 0, 2, 4, 1, 3}, {4, 1, 3, 5, 2, 0}};
    private static final int ITEMS = 4;
    // which positions of the permutation are high in segments 2 and 3 of a three-segment design:
    // {0,1,2} (segment 1), {0,3,4} and {1,3,5} share one high driver with each other pair and
    // differ on four of six paths
    private static final int[][] HIGH_POSITIONS_THREE = {{0, 1, 2}, {0, 3, 4}, {1, 3, 5}};

    /**
     * @param outcomes the number of outcome constructs (1..12)
     * @return the model: every driver → every outcome, all blocks Mode A
     */
    public static PathModel model(int outcomes) {
        PathModelBuilder b = PathModel.builder();
        for (String c : constructs(outcomes)) {
            b.construct(c).block(OuterMode.A, items(c).toArray(new String[0]));
        }
        for (String o : OUTCOMES.subList(0, outcomes)) {
            for (String d : DRIVERS) {
                b.path(d, o);
            }
        }
        return b.build();
    }

    /**
     * @param segment the segment, from 0
     * @param segments the number of segments K (1, 2 or 3)
     * @param outcome the outcome index
     * @param driver the driver index
     * @return the true path coefficient driver → outcome in that segment
     */
    public static double path(int segment, int segments, int outcome, int driver) {
        return sign(segment, segments, outcome, driver) ? HIGH : LOW;
    }

    /** @return whether the path is high: position of the driver in the outcome's permutation */
    static boolean sign(int segment, int segments, int outcome, int driver) {
        int position = 0;
        while (PATTERNS[outcome][position] != driver) {
            position++;
        }
        if (segments == 3) {
            for (int p : HIGH_POSITIONS_THREE[segment]) {
                if (p == position) {
                    return true;
                }
            }
            return false;
        }
        return (position < 3) == (segment == 0);
    }

    /**
     * @param seed the random seed
     * @param sizes the number of rows of each segment (1 to 3 segments)
     * @param outcomes the number of outcome constructs
     * @return the simulated survey, rows segment after segment
     */
    public static DriverSegmentSimulation draw(long seed, int[] sizes, int outcomes) {
        return draw(seed, sizes, outcomes, LOADING);
    }

    /**
     * @param seed the random seed
     * @param sizes the number of rows of each segment (1 to 3 segments)
     * @param outcomes the number of outcome constructs
     * @param loading the loading of every indicator (LOADING in the recovery tests; near 1 to
     *                show what measurement error does)
     * @return the simulated survey, rows segment after segment
     */
    public static DriverSegmentSimulation draw(long seed, int[] sizes, int outcomes, double loading) {
        SplittableRandom random = new SplittableRandom(seed);
        double residual = Math.sqrt(1 - 3 * (HIGH * HIGH + LOW * LOW));
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int k = 0; k < sizes.length; k++) {
            for (int i = 0; i < sizes[k]; i++) {
                double[] eta = new double[DRIVERS.size() + outcomes];
                for (int d = 0; d < DRIVERS.size(); d++) {
                    eta[d] = gaussian(random);
                }
                for (int o = 0; o < outcomes; o++) {
                    double y = residual * gaussian(random);
                    for (int d = 0; d < DRIVERS.size(); d++) {
                        y += path(k, sizes.length, o, d) * eta[d];
                    }
                    eta[DRIVERS.size() + o] = y;
                }
                rows.add(indicators(random, loading, eta));
                labels.add(k);
            }
        }
        List<String> names = new ArrayList<>();
        constructs(outcomes).forEach(c -> names.addAll(items(c)));
        return new DriverSegmentSimulation(DataTable.ofRows(names, rows.toArray(new double[0][])),
                labels.stream().mapToInt(Integer::intValue).toArray(), outcomes);
    }

    private static List<String> constructs(int outcomes) {
        List<String> all = new ArrayList<>(DRIVERS);
        all.addAll(OUTCOMES.subList(0, outcomes));
        return all;
    }

    private static List<String> items(String construct) {
        List<String> items = new ArrayList<>();
        for (int j = 1; j <= ITEMS; j++) {
            items.add(construct.toLowerCase(java.util.Locale.ROOT) + "_" + j);
        }
        return items;
    }

    private static double[] indicators(SplittableRandom random, double loading, double[] constructs) {
        double noise = Math.sqrt(1 - loading * loading);
        double[] row = new double[ITEMS * constructs.length];
        for (int c = 0; c < constructs.length; c++) {
            for (int j = 0; j < ITEMS; j++) {
                row[ITEMS * c + j] = loading * constructs[c] + noise * gaussian(random);
            }
        }
        return row;
    }

    /** Box-Muller, so that the draws depend on the seed only. */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** @return the model of this survey */
    public PathModel model() {
        return model(outcomes);
    }

    /** @return the true labels (a copy) */
    @Override
    public int[] labels() {
        return labels.clone();
    }
}
