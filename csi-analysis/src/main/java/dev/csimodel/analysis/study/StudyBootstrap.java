package dev.csimodel.analysis.study;

import dev.csimodel.bootstrap.Bootstrap;
import dev.csimodel.bootstrap.BootstrapListener;
import dev.csimodel.bootstrap.BootstrapResult;
import dev.csimodel.bootstrap.BootstrapSettings;
import dev.csimodel.bootstrap.BootstrapStatistic;
import dev.csimodel.bootstrap.IntervalMethod;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.groups.BootstrapGroupComparison;
import dev.csimodel.groups.BootstrapGroupResult;
import dev.csimodel.models.index.IndexBootstrap;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.ipma.ImpactBootstrap;
import dev.csimodel.models.ipma.ImportancePerformance;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The resampling of a study: the bootstrap of all rows and the bootstrap multi-group tests. */
final class StudyBootstrap {

    private StudyBootstrap() {
    }

    /**
     * @param rows the rows without missing values (with their weights, if weighted)
     * @param ipma the map whose impacts get intervals from the same resamples, if any
     * @return the bootstrap of the paths, of the 0-100 indices with a scale (resamples in which an
     *         outer weight turns non-positive then count as failed for every statistic), and of
     *         the map's impacts
     */
    static BootstrapResult run(Study study, BootstrapPlan plan, PlsResult all, DataTable rows,
                               Optional<ImportancePerformance> ipma, BootstrapListener listener) {
        List<BootstrapStatistic> statistics = new ArrayList<>();
        Optional<IndicatorScales> scales = study.indicatorScales();
        scales.ifPresent(s -> statistics.add(IndexBootstrap.statistic(study.model(), s)));
        ipma.ifPresent(m -> statistics.add(ImpactBootstrap.statistic(all, scales.orElseThrow(), m.target())));
        return new Bootstrap(new PlsEstimator(study.settings()), plan.settings(), statistics)
                .run(study.model(), rows, study.handling(), listener);
    }

    /**
     * @param labels each group's label
     * @param groups each group's rows without missing values, as for its own estimate
     * @return the bootstrap multi-group tests, with the plan's resamples per group and
     *         percentile intervals
     */
    static BootstrapGroupResult groupTests(Study study, BootstrapPlan plan, List<String> labels, List<DataTable> groups) {
        BootstrapSettings bs = plan.settings().withIntervals(IntervalMethod.PERCENTILE);
        PathModel model = study.model();
        String[] rowLabels = new String[groups.stream().mapToInt(DataTable::rowCount).sum()];
        int offset = 0;
        for (int g = 0; g < groups.size(); g++) {
            Arrays.fill(rowLabels, offset, offset + groups.get(g).rowCount(), labels.get(g));
            offset += groups.get(g).rowCount();
        }
        DataTable data = StudyRows.concat(model.indicators(), groups);
        return new BootstrapGroupComparison(study.settings(), bs).compare(model, data, rowLabels);
    }
}
