package dev.csimodel.analysis.rollup;

import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;
import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.MomentAccumulator;
import dev.csimodel.io.GroupedData;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.SegmentIndices;
import dev.csimodel.models.index.SkippedSegment;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hierarchical 0-100 indices of a CSI programme (the ACSI methodology; Fornell et al. 1996):
 *
 * <pre>
 *   company  index_k       from its respondents ({@link dev.csimodel.models.index.SegmentIndices})
 *   industry index_I = Σ_{k∈I} R_k · index_k / Σ_{k∈I} R_k          (R_k: company revenue)
 *   sector   index_S = Σ_{I∈S} R_I · index_I / Σ_{I∈S} R_I          (R_I = Σ_{k∈I} R_k)
 *   national index   = Σ_S g_S · index_S / Σ_S g_S                  (g_S: the sector's GDP share)
 * </pre>
 *
 * per construct, every sum running over the nodes that have an index: a company below the
 * minimum size, or whose estimation fails, is excluded with its reason and the weights of the
 * others are renormalised (so R_I counts the revenue of the companies with an index). Company
 * indices come from the pooled index weights (one estimation on all respondents, the ACSI way)
 * or from one estimation per company ({@link RollupSettings#scoring()}). With replicates, a
 * stratified bootstrap gives every node a standard error and a percentile interval
 * ({@link RollupBootstrap}). Stateless.
 */
public final class Rollup {

    private Rollup() {
    }

    /**
     * @param model        the bound path model
     * @param data         every respondent, with the model's columns
     * @param companyOfRow the company of each data row, as named in the hierarchy
     * @param hierarchy    companies, industries, sectors, revenues and GDP shares
     * @param scales       the indicators' response scales
     * @param settings     scoring, minimum company size, bootstrap
     * @return the indices of every level, the exclusions and the settings used
     * @throws CsiDataException       naming the row of a company that is not in the hierarchy, or
     *                                of a value outside its scale
     * @throws CsiEstimationException if no company gets an index
     */
    public static RollupResult compute(PathModel model, DataTable data, List<String> companyOfRow, Hierarchy hierarchy,
                                       IndicatorScales scales, RollupSettings settings) {
        Arguments.requireNonNull(model, "model");
        Arguments.requireNonNull(data, "data");
        Arguments.requireNonNull(companyOfRow, "companyOfRow");
        Arguments.requireNonNull(hierarchy, "hierarchy");
        Arguments.requireNonNull(scales, "scales");
        Arguments.requireNonNull(settings, "settings");
        if (companyOfRow.size() != data.rowCount()) {
            throw new CsiDataException("the data has " + data.rowCount() + " rows but " + companyOfRow.size()
                    + " company labels were given");
        }
        CompanyRows rows = CompanyRows.of(companyOfRow, hierarchy);
        Nodes nodes = new Nodes(hierarchy);
        CompanyScoring scoring = new CompanyScoring(model, hierarchy, scales, settings);
        SegmentIndices companies = scoring.indices(data, companyOfRow.toArray(String[]::new));
        double[][] point = scoring.values(companies, nodes);
        nodes.aggregate(point);
        List<Exclusion> exclusions = exclusions(nodes, respondents(rows), companies, point);
        double[][][] replicates = settings.replicates() == 0 ? new double[0][][]
                : new RollupBootstrap(data, rows, hierarchy, nodes, scoring, point).run(settings);
        return new RollupResult(settings, indices(nodes, scoring.constructs(), point, replicates, settings),
                exclusions, companies, settings.replicates(), RollupBootstrap.failed(replicates));
    }

    /**
     * As {@link #compute(PathModel, DataTable, List, Hierarchy, IndicatorScales, RollupSettings)}, the
     * company of each row being its group label.
     * @param model the bound path model
     * @param data every respondent, with the model's columns
     * @param hierarchy companies, industries, sectors, revenues and GDP shares
     * @param scales the indicators' response scales
     * @param settings scoring, minimum company size, bootstrap
     * @return the company, industry, sector and national indices
     */
    public static RollupResult compute(PathModel model, GroupedData data, Hierarchy hierarchy, IndicatorScales scales,
                                       RollupSettings settings) {
        Arguments.requireNonNull(data, "data");
        return compute(model, data.table(), data.labels(), hierarchy, scales, settings);
    }

    /**
     * The same hierarchy from each company's one-pass moments (the Spark job's reduction, see
     * {@link CompanyMoments}): company indices from the pooled weights of the merged moments or
     * from each company's own estimate, then the weighted means of the levels above, exactly as
     * from the rows; the intervals, when the settings ask for replicates, come from the
     * replicates of {@code sample} (the Poisson bootstrap) instead of a resampling of rows.
     *
     * @param model     the bound path model
     * @param sample    each company's moments, and as many replicates as {@code settings.replicates()}
     * @param hierarchy companies, industries, sectors, revenues and GDP shares
     * @param scales    the indicators' response scales
     * @param settings  scoring, minimum company size, number of replicates, confidence level
     * @return the indices of every level, the exclusions and the settings used
     * @throws CsiDataException          naming a company of the sample that is not in the hierarchy, or
     *                                   an indicator outside its scale
     * @throws CsiSpecificationException if the sample holds another number of replicates than the settings
     * @throws CsiEstimationException    if no company gets an index
     */
    public static RollupResult compute(PathModel model, CompanyMoments sample, Hierarchy hierarchy,
                                       IndicatorScales scales, RollupSettings settings) {
        Arguments.requireNonNull(model, "model");
        Arguments.requireNonNull(sample, "sample");
        Arguments.requireNonNull(hierarchy, "hierarchy");
        Arguments.requireNonNull(scales, "scales");
        Arguments.requireNonNull(settings, "settings");
        if (sample.replicates().size() != settings.replicates()) {
            throw new CsiSpecificationException("the settings ask for " + settings.replicates()
                    + " bootstrap replicates but the company moments hold " + sample.replicates().size());
        }
        int[] respondents = respondents(sample.companies(), hierarchy);
        Nodes nodes = new Nodes(hierarchy);
        CompanyScoring scoring = new CompanyScoring(model, hierarchy, scales, settings);
        SegmentIndices companies = scoring.indices(sample.companies());
        double[][] point = scoring.values(companies, nodes);
        nodes.aggregate(point);
        double[][][] replicates = sample.replicates().stream()
                .map(r -> replicate(scoring, nodes, point, r)).toArray(double[][][]::new);
        return new RollupResult(settings, indices(nodes, scoring.constructs(), point, replicates, settings),
                exclusions(nodes, respondents, companies, point), companies, settings.replicates(),
                RollupBootstrap.failed(replicates));
    }

    private static double[][] replicate(CompanyScoring scoring, Nodes nodes, double[][] point,
                                        Map<String, MomentAccumulator> moments) {
        try {
            return RollupBootstrap.finish(point, scoring.values(scoring.replicateIndices(moments), nodes), nodes);
        } catch (CsiDataException | CsiEstimationException e) {
            return null;
        }
    }

    private static int[] respondents(Map<String, MomentAccumulator> companies, Hierarchy hierarchy) {
        List<Company> list = hierarchy.companies();
        int[] n = new int[list.size()];
        for (Map.Entry<String, MomentAccumulator> e : companies.entrySet()) {
            int k = list.indexOf(hierarchy.company(e.getKey()).orElseThrow(() -> new CsiDataException(
                    "company '" + e.getKey() + "' of the data is not in the hierarchy (which lists "
                            + list.size() + " companies)")));
            n[k] = Math.toIntExact(e.getValue().rowCount());
        }
        return n;
    }

    private static int[] respondents(CompanyRows rows) {
        int[] n = new int[rows.companies()];
        for (int k = 0; k < n.length; k++) {
            n[k] = rows.rows(k).length;
        }
        return n;
    }

    static List<RollupIndex> indices(Nodes nodes, List<String> constructs, double[][] point,
                                             double[][][] replicates, RollupSettings settings) {
        List<RollupIndex> out = new ArrayList<>();
        for (int node = 0; node < nodes.size(); node++) {
            for (int c = 0; c < constructs.size(); c++) {
                if (Double.isNaN(point[node][c])) {
                    continue;
                }
                Optional<double[]> summary = replicates.length == 0 ? Optional.empty()
                        : RollupBootstrap.summary(replicates, node, c, settings.confidenceLevel());
                out.add(RollupBootstrap.index(nodes.level(node), nodes.name(node), constructs.get(c), point[node][c],
                        summary));
            }
        }
        if (out.stream().noneMatch(i -> i.level() == Level.NATIONAL)) {
            throw new CsiEstimationException("no company of the hierarchy got an index, so there is no national index");
        }
        return out;
    }

    /** @return the nodes without any index, with their respondents and the reason */
    static List<Exclusion> exclusions(Nodes nodes, int[] respondentsOfCompany, SegmentIndices companies,
                                      double[][] point) {
        List<Exclusion> out = new ArrayList<>();
        for (int node = 0; node < nodes.size(); node++) {
            if (!allMissing(point[node])) {
                continue;
            }
            int respondents = 0;
            for (int k : nodes.companiesBelow(node)) {
                respondents += respondentsOfCompany[k];
            }
            out.add(new Exclusion(nodes.level(node), nodes.name(node), respondents,
                    reason(nodes, node, respondents, companies)));
        }
        return out;
    }

    private static String reason(Nodes nodes, int node, int respondents, SegmentIndices companies) {
        if (nodes.level(node) != Level.COMPANY) {
            return "no company below it has an index";
        }
        if (respondents == 0) {
            return "no respondents";
        }
        String name = nodes.name(node);
        return companies.skipped().stream().filter(s -> s.segment().equals(name)).map(SkippedSegment::reason)
                .findFirst().orElse("no construct of the model has an index");
    }

    private static boolean allMissing(double[] values) {
        for (double v : values) {
            if (!Double.isNaN(v)) {
                return false;
            }
        }
        return true;
    }
}
