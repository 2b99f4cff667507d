package dev.csimodel.cli;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.report.RebusEntry;
import dev.csimodel.segmentation.Memberships;
import dev.csimodel.segmentation.rebus.RebusEstimator;
import dev.csimodel.segmentation.rebus.RebusResult;
import dev.csimodel.segmentation.rebus.RebusSettings;
import dev.csimodel.segmentation.rebus.ResidualClustering;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * {@code --method rebus}: REBUS-PLS (Esposito Vinzi et al. 2008) with plspm's defaults (stop when
 * fewer than 0.5% of the rows change class, at most 100 reassignments). It solves the one K given
 * by {@code --k} (default 2, plspm's {@code nk}) and suggests none: the report shows the last
 * merge heights of the residual dendrogram so the user can choose K and run again.
 */
final class RebusMethod implements SegmentationMethod {

    /** plspm's default {@code nk}. */
    static final int DEFAULT_SEGMENTS = 2;
    /** Merge heights shown at least (K = 2..11). */
    private static final int SHOWN_MERGES = 10;

    @Override
    public List<Inapplicable> inapplicable() {
        return List.of(new Inapplicable("--max-k", "REBUS solves the one K given by --k (default 2)"),
                new Inapplicable("--starts", "REBUS has no random starts: it starts from the cut of the residual"
                        + " dendrogram"),
                new Inapplicable("--threads", "REBUS is one deterministic iteration, there are no starts to share out"),
                new Inapplicable("--seed", "REBUS uses no random numbers"));
    }

    @Override
    public void check(Request request) {
        request.k().ifPresent(k -> {
            if (k < 2) {
                throw new CsiSpecificationException("--k " + k + ": REBUS needs at least 2 segments (it splits the"
                        + " rows by their residuals; K = 1 is the global model)");
            }
        });
        if (request.pls().consistent()) {
            throw new CsiSpecificationException("--consistent does not apply to --method rebus: its communality"
                    + " residuals need plain PLS loadings");
        }
    }

    @Override
    public Outcome run(PathModel model, DataTable rows, Request request) {
        int k = request.k().orElse(DEFAULT_SEGMENTS);
        ResidualClustering clustering = RebusEstimator.cluster(model, rows, request.pls());
        RebusSettings settings = RebusSettings.defaults().withSegments(k).withEstimation(request.pls());
        RebusResult r = RebusEstimator.iterate(clustering, rows, settings);
        Candidate candidate = new Candidate(r.solution(), Optional.empty(), OptionalDouble.empty(), r.converged(),
                r.iterations());
        List<String> warnings = new ArrayList<>();
        if (!r.converged()) {
            warnings.add(String.format(Locale.ROOT, "REBUS stopped after %d reassignments with %.4f of the"
                    + " rows still changing class (stop criterion %s)", r.iterations(), r.finalChangeShare(),
                    settings.stopCriterion()));
        }
        return new Outcome(List.of(candidate), Optional.empty(), Optional.empty(), settings,
                Optional.of(entry(r, k)), warnings);
    }

    private static RebusEntry entry(RebusResult r, int k) {
        Memberships initial = r.initial();
        List<Integer> sizes = IntStream.range(0, initial.segmentCount()).mapToObj(s -> initial.rowsOf(s).length)
                .toList();
        return new RebusEntry(r.groupQuality(), r.globalGroupQuality(), r.finalChangeShare(), sizes,
                lastMerges(r.clustering().heights(), Math.max(SHOWN_MERGES, k)));
    }

    /** The last {@code count} merges (fewer if the tree has fewer): merge j of n − 1 joins n − j classes. */
    static List<RebusEntry.Merge> lastMerges(double[] heights, int count) {
        int n = heights.length + 1;
        List<RebusEntry.Merge> out = new ArrayList<>();
        for (int segments = 2; segments <= Math.min(n, count + 1); segments++) {
            out.add(new RebusEntry.Merge(segments, heights[n - segments]));
        }
        return out;
    }
}
